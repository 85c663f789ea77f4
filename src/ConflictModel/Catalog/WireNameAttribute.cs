using System;

namespace ConflictModel;

/// <summary>The name a generated enum member, field or kind has on the wire, e.g. <c>cruise-missile</c>.</summary>
/// <param name="name">The wire name.</param>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = false)]
public sealed class WireNameAttribute(string name) : Attribute
{
    /// <summary>The wire name.</summary>
    public string Name { get; } = name;
}
