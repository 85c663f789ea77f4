namespace ConflictModel.Generators.Model;

/// <summary>
/// The outcome of resolving and checking one file: the unit to emit (null when the file has errors), its
/// diagnostics, and what it adds to the assembly's catalog. Kept apart so each output caches on its own.
/// </summary>
internal sealed record AnalyzedSchema(SchemaUnit? Unit, EquatableArray<DiagnosticInfo> Diagnostics, SchemaExports Exports);

/// <summary>The names a file contributes to the catalog and to the assembly's exported schema types.</summary>
internal sealed record SchemaExports(EquatableArray<KindRef> Kinds, EquatableArray<DeclaredType> Types)
{
    public static readonly SchemaExports None = new(EquatableArray<KindRef>.Empty, EquatableArray<DeclaredType>.Empty);
}
