using System.Collections.Generic;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Resolving;

/// <summary>Resolves the type names schemas use to C# types: built-ins, then local declarations, then referenced assemblies.</summary>
internal static class TypeResolver
{
    private static readonly Dictionary<string, BuiltIn> BuiltIns = new()
    {
        ["string"] = new("string", TypeCategory.String, false),
        ["int"] = new("int", TypeCategory.Number, true),
        ["long"] = new("long", TypeCategory.Number, true),
        ["decimal"] = new("decimal", TypeCategory.Number, true),
        ["bool"] = new("bool", TypeCategory.Boolean, true),
        ["date"] = new("global::NodaTime.LocalDate", TypeCategory.Date, true),
        ["instant"] = new("global::NodaTime.Instant", TypeCategory.Instant, true),
        ["uri"] = new("global::System.Uri", TypeCategory.Uri, false),
        ["Actor"] = new("global::ConflictModel.Actor", TypeCategory.Primitive, false),
        ["Place"] = new("global::ConflictModel.Place", TypeCategory.Primitive, false),
        ["GeoPoint"] = new("global::ConflictModel.GeoPoint", TypeCategory.Primitive, true),
        ["CountryCode"] = new("global::ConflictModel.CountryCode", TypeCategory.Primitive, true),
        ["EventTime"] = new("global::ConflictModel.EventTime", TypeCategory.Primitive, false),
        ["Estimate"] = new("global::ConflictModel.Estimate", TypeCategory.Primitive, false),
        ["SourceRef"] = new("global::ConflictModel.SourceRef", TypeCategory.Primitive, false),
        ["Verification"] = new("global::ConflictModel.Verification", TypeCategory.Primitive, false),
    };

    /// <summary>True when <paramref name="name"/> is a built-in type name that declarations may not reuse.</summary>
    public static bool IsBuiltIn(string name) => BuiltIns.ContainsKey(name);

    /// <summary>Resolves <c>T</c> or <c>T[]</c>; null when the name is unknown.</summary>
    public static TypeRef? Resolve(string schemaType, TypeIndex index)
    {
        var isList = schemaType.EndsWith("[]", System.StringComparison.Ordinal);
        var element = isList ? schemaType.Substring(0, schemaType.Length - 2).Trim() : schemaType.Trim();
        if (BuiltIns.TryGetValue(element, out var builtIn))
        {
            return new TypeRef(schemaType, builtIn.CSharp, builtIn.Category, builtIn.IsValueType, isList);
        }

        var declared = TypeIndexLookup.For(index).Find(element);
        return declared is null
            ? null
            : new TypeRef(schemaType, "global::" + declared.FullName, declared.IsEnum ? TypeCategory.Enum : TypeCategory.Record, declared.IsEnum, isList);
    }

    // A class, not a tuple: a dictionary of tuples is compiled at first use in every cold compiler process.
    private sealed record BuiltIn(string CSharp, TypeCategory Category, bool IsValueType);
}
