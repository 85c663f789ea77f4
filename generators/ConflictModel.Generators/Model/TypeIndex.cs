namespace ConflictModel.Generators.Model;

/// <summary>The names visible to every schema of the compilation: local declarations and those of referenced assemblies.</summary>
internal sealed record TypeIndex(
    string DefaultNamespace,
    EquatableArray<DeclaredType> Local,
    EquatableArray<DeclaredType> External,
    EquatableArray<DeclaredWireType> WireTypes);
