namespace ConflictModel.Generators.Model;

/// <summary>The event kind a schema declares.</summary>
internal sealed record EventModel(
    Positioned<string> Name,
    Positioned<string> WireType,
    Positioned<int> Version,
    string Doc,
    EquatableArray<MapModel> Maps,
    EquatableArray<FieldModel> Fields);
