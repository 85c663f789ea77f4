namespace ConflictModel.Generators.Model;

/// <summary>
/// The names visible to every schema of the compilation: local declarations and those of referenced assemblies, the
/// namespaces the generated code declares, and which of the schemas' full names referenced assemblies already use.
/// </summary>
internal sealed record TypeIndex(
    string DefaultNamespace,
    EquatableArray<DeclaredType> Local,
    EquatableArray<DeclaredType> External,
    EquatableArray<DeclaredWireType> WireTypes,
    EquatableArray<DeclaredNamespace> Namespaces,
    EquatableArray<ReferencedName> Referenced);
