namespace ConflictModel.Generators.Model;

/// <summary>A value read from a schema together with where it was written.</summary>
internal sealed record Positioned<T>(T Value, LocationInfo Location);
