using System;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Model;

/// <summary>
/// Keeps what flows between pipeline steps a class. Roslyn's node tables, <c>ImmutableArray</c> and the collections
/// are generic over the values a pipeline carries: over classes they share one body of code, over each struct shape
/// (an <c>ImmutableArray</c> from <c>Collect</c>, a tuple from <c>Combine</c>, a tuple inside a tuple) the runtime
/// compiles another at first use, some hundred methods a shape, in every cold compiler process.
/// </summary>
internal static class PipelineShapes
{
    /// <summary><c>Collect</c>, as an <see cref="EquatableArray{T}"/>: equal by content, and a class.</summary>
    public static IncrementalValueProvider<EquatableArray<T>> CollectEquatable<T>(this IncrementalValuesProvider<T> source)
        where T : IEquatable<T> =>
        source.Collect().Select(static (items, _) => new EquatableArray<T>(items));

    /// <summary><c>Combine</c>, as a <see cref="Pair{TLeft, TRight}"/>: for a pair that is combined again.</summary>
    public static IncrementalValueProvider<Pair<TLeft, TRight>> CombinePair<TLeft, TRight>(this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right) =>
        left.Combine(right).Select(static (pair, _) => new Pair<TLeft, TRight>(pair.Left, pair.Right));
}
