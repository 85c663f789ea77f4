namespace ConflictModel;

/// <summary>One field an event kind declares in its schema.</summary>
/// <param name="Name">The wire name, e.g. <c>munitions</c>.</param>
/// <param name="PropertyName">The C# property name, e.g. <c>Munitions</c>.</param>
/// <param name="SchemaType">The type as written in the schema, e.g. <c>WeaponKind[]</c>.</param>
/// <param name="Required">Whether the field must be present.</param>
/// <param name="Since">The schema version that added the field.</param>
/// <param name="RenamedFrom">Earlier wire names the field is still read under.</param>
/// <param name="Doc">The field's documentation.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EventField(
    string Name,
    string PropertyName,
    string SchemaType,
    bool Required,
    int Since,
    ValueList<string> RenamedFrom,
    string Doc);
