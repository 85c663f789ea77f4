using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>The C# that reads or writes one value of a schema type with Utf8JsonReader/Utf8JsonWriter.</summary>
internal static class JsonCodec
{
    private const string Values = Aliases.Ser + ".JsonValues";

    /// <summary>An expression reading one element; the reader is on the value's first token and ends on its last.</summary>
    public static string ReadElement(TypeRef type, string reader = "reader") => type.Category switch
    {
        TypeCategory.String => $"{Values}.ReadString(ref {reader})",
        TypeCategory.Boolean => $"{Values}.ReadBoolean(ref {reader})",
        TypeCategory.Number => type.CSharpName switch
        {
            "int" => $"{Values}.ReadInt32(ref {reader})",
            "long" => $"{Values}.ReadInt64(ref {reader})",
            _ => $"{Values}.ReadDecimal(ref {reader})",
        },
        TypeCategory.Date => $"{Values}.ReadLocalDate(ref {reader})",
        TypeCategory.Instant => $"{Values}.ReadInstant(ref {reader})",
        TypeCategory.Uri => $"{Values}.ReadUri(ref {reader})",
        TypeCategory.Primitive => $"{Aliases.Ser}.{Simple(type)}Json.Read(ref {reader})",
        TypeCategory.Enum => $"{type.CSharpName}Wire.ReadJson(ref {reader})",
        _ => $"{type.CSharpName}.ReadJson(ref {reader})",
    };

    /// <summary>A statement writing one element value held in <paramref name="value"/>.</summary>
    public static string WriteElement(TypeRef type, string value) => type.Category switch
    {
        TypeCategory.String => $"writer.WriteStringValue({value});",
        TypeCategory.Boolean => $"writer.WriteBooleanValue({value});",
        TypeCategory.Number => $"writer.WriteNumberValue({value});",
        TypeCategory.Date => $"{Values}.WriteLocalDate(writer, {value});",
        TypeCategory.Instant => $"{Values}.WriteInstant(writer, {value});",
        TypeCategory.Uri => $"{Values}.WriteUri(writer, {value});",
        TypeCategory.Primitive => $"{Aliases.Ser}.{Simple(type)}Json.Write(writer, {value});",
        TypeCategory.Enum => $"{type.CSharpName}Wire.WriteJson(writer, {value});",
        _ => $"{type.CSharpName}.WriteJson(writer, {value});",
    };

    private static string Simple(TypeRef type) => type.CSharpName.Substring(type.CSharpName.LastIndexOf('.') + 1);
}
