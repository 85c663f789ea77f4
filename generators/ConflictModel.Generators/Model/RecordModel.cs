namespace ConflictModel.Generators.Model;

/// <summary>A nested record declared in a schema's <c>records</c>.</summary>
internal sealed record RecordModel(string Name, LocationInfo Location, string Doc, EquatableArray<FieldModel> Fields);
