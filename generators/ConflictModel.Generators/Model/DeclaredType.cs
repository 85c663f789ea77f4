namespace ConflictModel.Generators.Model;

/// <summary>An enum or record name a schema makes available to others; no positions, so edits elsewhere keep it equal.</summary>
internal sealed record DeclaredType(string Name, string FullName, bool IsEnum, string FilePath);

/// <summary>An event kind's wire type and C# name, and the file that declares it.</summary>
internal sealed record DeclaredWireType(string WireType, string FullName, string FilePath);

/// <summary>A namespace the generated code declares: a schema file's, or the root namespace (empty path) that holds the catalog.</summary>
internal sealed record DeclaredNamespace(string Namespace, string FilePath);

/// <summary>A full name the schemas would declare that a referenced assembly already has, as a type or as a namespace.</summary>
internal sealed record ReferencedName(string FullName, bool IsNamespace, string Assembly);
