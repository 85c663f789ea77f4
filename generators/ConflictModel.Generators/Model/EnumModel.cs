namespace ConflictModel.Generators.Model;

/// <summary>An enum declared in a schema's <c>enums</c>.</summary>
internal sealed record EnumModel(string Name, LocationInfo Location, string Doc, EquatableArray<EnumValueModel> Values);

/// <summary>One wire value of an enum, with its description.</summary>
internal sealed record EnumValueModel(string WireName, LocationInfo Location, string Doc);
