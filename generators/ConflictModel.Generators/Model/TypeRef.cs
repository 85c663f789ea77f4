namespace ConflictModel.Generators.Model;

/// <summary>A schema type resolved to C#: the element type's fully qualified name and its shape.</summary>
internal sealed record TypeRef(string SchemaName, string CSharpName, TypeCategory Category, bool IsValueType, bool IsList)
{
    /// <summary>The property type: lists become <c>ValueList&lt;T&gt;</c>, optional scalars nullable.</summary>
    public string PropertyType(bool required) =>
        IsList ? $"global::ConflictModel.ValueList<{CSharpName}>"
        : required ? CSharpName
        : CSharpName + "?";
}

/// <summary>What kind of thing a schema type names.</summary>
internal enum TypeCategory
{
    String,
    Number,
    Boolean,
    Date,
    Instant,
    Uri,
    Primitive,
    Enum,
    Record,
}
