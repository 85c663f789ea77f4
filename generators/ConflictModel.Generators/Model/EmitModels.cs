namespace ConflictModel.Generators.Model;

/// <summary>One schema file resolved and ready to emit; holds no positions, so a moved line regenerates nothing.</summary>
internal sealed record SchemaUnit(
    string HintName,
    string Namespace,
    EventUnit? Event,
    EquatableArray<EnumUnit> Enums,
    EquatableArray<RecordUnit> Records);

/// <summary>An event kind ready to emit.</summary>
internal sealed record EventUnit(
    string Name,
    string WireType,
    int Version,
    string Doc,
    EquatableArray<MapModel> Maps,
    EquatableArray<FieldUnit> Fields);

/// <summary>A record ready to emit.</summary>
internal sealed record RecordUnit(string Name, string Doc, EquatableArray<FieldUnit> Fields);

/// <summary>An enum ready to emit.</summary>
internal sealed record EnumUnit(string Name, string Doc, EquatableArray<EnumMemberUnit> Members);

/// <summary>An enum member with its C# and wire names.</summary>
internal sealed record EnumMemberUnit(string Name, string WireName, string Doc);

/// <summary>A field resolved to its C# shape.</summary>
internal sealed record FieldUnit(
    string WireName,
    string PropertyName,
    TypeRef Type,
    bool Required,
    int Since,
    EquatableArray<string> RenamedFrom,
    string Doc,
    string? Min,
    string? Max,
    string? Pattern,
    int? MinItems,
    int? MaxItems,
    int? MinLength,
    int? MaxLength);

/// <summary>What the catalog needs of one event kind.</summary>
internal sealed record KindRef(string FullName, string WireType);
