namespace ConflictModel.Generators.Model;

/// <summary>
/// The published shape of an event kind, read from <c>&lt;name&gt;.event.lock.json</c> beside its schema: what data
/// already written relies on. Equatable, like every pipeline model.
/// </summary>
internal sealed record LockFile(
    string Path,
    string SchemaPath,
    string WireType,
    int Version,
    EquatableArray<LockField> Fields,
    EquatableArray<string> Removed,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One published field: its wire name, schema type and whether it was required.</summary>
internal sealed record LockField(string Name, string Type, bool Required);
