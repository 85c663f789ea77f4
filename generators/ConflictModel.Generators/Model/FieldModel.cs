namespace ConflictModel.Generators.Model;

// Model records must stay immutable and equatable (no Roslyn symbols, arrays wrapped in EquatableArray):
// otherwise incremental caching breaks and every keystroke regenerates.

/// <summary>A field of an event kind or record as written in a schema.</summary>
internal sealed record FieldModel(
    string WireName,
    LocationInfo Location,
    Positioned<string> Type,
    bool Required,
    Positioned<int>? Since,
    EquatableArray<string> RenamedFrom,
    LocationInfo? RenamedFromLocation,
    string Doc,
    ConstraintsModel Constraints);
