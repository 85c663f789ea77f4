using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Model;

/// <summary>
/// The compilation's metadata references as a class (see <see cref="PipelineShapes"/>). Equal when it wraps the same
/// array, as the <see cref="ImmutableArray{T}"/> it wraps compares: Roslyn hands the same array on while the references stay the same.
/// </summary>
internal sealed class ReferenceList : IEquatable<ReferenceList>
{
    public ReferenceList(ImmutableArray<MetadataReference> items) => Items = items;

    public ImmutableArray<MetadataReference> Items { get; }

    public bool Equals(ReferenceList? other) => other is not null && Items.Equals(other.Items);

    public override bool Equals(object? obj) => Equals(obj as ReferenceList);

    public override int GetHashCode() => Items.GetHashCode();
}
