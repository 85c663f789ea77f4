namespace ConflictModel.Generators.Model;

/// <summary>
/// Two pipeline values as one class, for a value that is combined again: Roslyn's <c>Combine</c> yields a
/// <c>ValueTuple</c>, and a tuple nested in a tuple is a new struct shape whose pipeline tables the runtime compiles on
/// the spot (see <see cref="PipelineShapes"/>).
/// </summary>
/// <typeparam name="TLeft">The first value's type.</typeparam>
/// <typeparam name="TRight">The second value's type.</typeparam>
internal sealed record Pair<TLeft, TRight>(TLeft Left, TRight Right);
