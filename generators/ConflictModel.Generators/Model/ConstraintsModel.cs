namespace ConflictModel.Generators.Model;

/// <summary>The validation constraints a field declares; numbers kept as invariant text for exact emission.</summary>
internal sealed record ConstraintsModel(
    Positioned<string>? Min,
    Positioned<string>? Max,
    Positioned<string>? Pattern,
    Positioned<int>? MinItems,
    Positioned<int>? MaxItems,
    Positioned<int>? MinLength,
    Positioned<int>? MaxLength)
{
    public static readonly ConstraintsModel None = new(null, null, null, null, null, null, null);
}
