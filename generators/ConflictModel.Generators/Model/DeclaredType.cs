namespace ConflictModel.Generators.Model;

/// <summary>An enum or record name a schema makes available to others; no positions, so edits elsewhere keep it equal.</summary>
internal sealed record DeclaredType(string Name, string FullName, bool IsEnum, string FilePath);

/// <summary>An event kind's wire type and C# name, and the file that declares it.</summary>
internal sealed record DeclaredWireType(string WireType, string FullName, string FilePath);
