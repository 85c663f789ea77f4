using System.Collections.Generic;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Resolving;

/// <summary>Resolves the type names schemas use to C# types: built-ins, then local declarations, then referenced assemblies.</summary>
internal static class TypeResolver
{
    private static readonly Dictionary<string, (string CSharp, TypeCategory Category, bool IsValueType)> BuiltIns = new()
    {
        ["string"] = ("string", TypeCategory.String, false),
        ["int"] = ("int", TypeCategory.Number, true),
        ["long"] = ("long", TypeCategory.Number, true),
        ["decimal"] = ("decimal", TypeCategory.Number, true),
        ["bool"] = ("bool", TypeCategory.Boolean, true),
        ["date"] = ("global::NodaTime.LocalDate", TypeCategory.Date, true),
        ["instant"] = ("global::NodaTime.Instant", TypeCategory.Instant, true),
        ["uri"] = ("global::System.Uri", TypeCategory.Uri, false),
        ["Actor"] = ("global::ConflictModel.Actor", TypeCategory.Primitive, false),
        ["Place"] = ("global::ConflictModel.Place", TypeCategory.Primitive, false),
        ["GeoPoint"] = ("global::ConflictModel.GeoPoint", TypeCategory.Primitive, true),
        ["CountryCode"] = ("global::ConflictModel.CountryCode", TypeCategory.Primitive, true),
        ["EventTime"] = ("global::ConflictModel.EventTime", TypeCategory.Primitive, false),
        ["Estimate"] = ("global::ConflictModel.Estimate", TypeCategory.Primitive, false),
        ["SourceRef"] = ("global::ConflictModel.SourceRef", TypeCategory.Primitive, false),
        ["Verification"] = ("global::ConflictModel.Verification", TypeCategory.Primitive, false),
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
}
