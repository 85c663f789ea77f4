using System;

namespace ConflictModel;

/// <summary>
/// Records, on an assembly, an enum or record type its schemas declare, so that schemas in assemblies that
/// reference it can name the type. Emitted by the generator; not meant to be written by hand.
/// </summary>
/// <param name="schemaName">The name schemas use, e.g. <c>WeaponKind</c>.</param>
/// <param name="fullName">The fully qualified C# name, e.g. <c>ConflictModel.Events.WeaponKind</c>.</param>
/// <param name="isEnum">True for an enum (a value type), false for a record.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class SchemaTypeAttribute(string schemaName, string fullName, bool isEnum) : Attribute
{
    /// <summary>The name schemas use.</summary>
    public string SchemaName { get; } = schemaName;

    /// <summary>The fully qualified C# name.</summary>
    public string FullName { get; } = fullName;

    /// <summary>True for an enum, false for a record.</summary>
    public bool IsEnum { get; } = isEnum;
}
