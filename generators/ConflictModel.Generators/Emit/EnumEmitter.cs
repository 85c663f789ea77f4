using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>Emits an enum with its wire names, and reflection-free conversions to and from them.</summary>
internal static class EnumEmitter
{
    public static void Emit(CodeWriter w, EnumUnit e)
    {
        w.Doc(e.Doc.Length > 0 ? Text.Xml(e.Doc) : $"The values of <c>{e.Name}</c>.", "Each member keeps its wire name in a WireName attribute and in " + e.Name + "Wire.");
        w.Line(SchemaEmitter.GeneratedCodeAttribute);
        w.Open($"public enum {e.Name}");
        for (var i = 0; i < e.Members.Count; i++)
        {
            var m = e.Members[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Doc(m.Doc.Length > 0 ? Text.Xml(m.Doc) : $"Wire value <c>{Text.Xml(m.WireName)}</c>.");
            w.Line($"[global::ConflictModel.WireName({Text.Quote(m.WireName)})]");
            w.Line($"{m.Name} = {Text.Int(i)},");
        }

        w.Close();
        w.Line();
        EmitWire(w, e);
    }

    private static void EmitWire(CodeWriter w, EnumUnit e)
    {
        w.Doc($"Converts <see cref=\"{e.Name}\"/> to and from its wire names without reflection.");
        w.Line(SchemaEmitter.GeneratedCodeAttribute);
        w.Open($"public static partial class {e.Name}Wire");
        w.Doc("Every wire name, in declaration order.");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> Names {{ get; }} = {FieldEmitter.Strings(WireNames(e))};");
        w.Line();
        w.Doc("The wire name of a value, e.g. <c>cruise-missile</c>.");
        w.Line("/// <param name=\"value\">A defined value.</param>");
        w.Line("/// <returns>The wire name.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is not a defined member.</exception>");
        w.Open($"public static string ToWireName(this {e.Name} value) => value switch");
        foreach (var m in e.Members)
        {
            w.Line($"{e.Name}.{m.Name} => {Text.Quote(m.WireName)},");
        }

        w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined {e.Name} value.\"),");
        w.Close(";");
        w.Line();
        w.Doc("Reads a wire name; the comparison is ordinal and case-sensitive.");
        w.Line("/// <param name=\"wireName\">The wire name, e.g. <c>cruise-missile</c>.</param>");
        w.Line("/// <param name=\"value\">The value, when the name is known.</param>");
        w.Line("/// <returns>Whether the name is one of this enum's wire names.</returns>");
        w.Open($"public static bool TryParse(string? wireName, out {e.Name} value)");
        w.Open("switch (wireName)");
        foreach (var m in e.Members)
        {
            w.Line($"case {Text.Quote(m.WireName)}: value = {e.Name}.{m.Name}; return true;");
        }

        w.Line("default: value = default; return false;");
        w.Close();
        w.Close();
        w.Line();
        w.Doc("The JSON Schema (draft 2020-12) of this enum.");
        w.Line($"public const string JsonSchema = {Text.Quote(SchemaFragmentEmitter.ForEnum(e))};");
        EmitJson(w, e);
        w.Close();
    }

    private static void EmitJson(CodeWriter w, EnumUnit e)
    {
        const string Json = Aliases.Json;
        w.Line();
        w.Line($"private static readonly {Json}.JsonEncodedText[] s_encoded =");
        w.Line("[");
        foreach (var m in e.Members)
        {
            w.Line($"\t{Json}.JsonEncodedText.Encode({Text.Quote(m.WireName)}),");
        }

        w.Line("];");
        w.Line();
        // From Names, declared (and so initialized) above: the wire names are written out once.
        w.Line($"private static readonly {Aliases.Ser}.JsonNameTable s_names = new([.. Names]);");
        w.Line();
        w.Doc("Reads a wire name; the reader is on a string token.");
        w.Line("/// <param name=\"reader\">The reader.</param>");
        w.Line("/// <returns>The value.</returns>");
        w.Line($"/// <exception cref=\"{Aliases.Ser}.ConflictJsonException\">The token is not a string.</exception>");
        w.Line($"/// <exception cref=\"{Aliases.Ser}.UnknownJsonContentException\">The name is not one this version knows.</exception>");
        w.Line(SchemaEmitter.HiddenAttribute);
        w.Open($"public static {e.Name} ReadJson(ref {Json}.Utf8JsonReader reader)");
        w.Line($"if (reader.TokenType != {Json}.JsonTokenType.String) {Aliases.Ser}.JsonErrors.Expected(ref reader, \"a string\");");
        // Member i has the value i, so the name's index in the table is the value.
        w.Line("var index = s_names.IndexOf(ref reader);");
        w.Line($"if (index < 0) {Aliases.Ser}.JsonErrors.UnknownEnumValue(reader.GetString(), {Text.Quote(e.Name)});");
        w.Line($"return ({e.Name})index;");
        w.Close();
        w.Line();
        w.Doc("Writes the wire name of a value.");
        w.Line("/// <param name=\"writer\">The writer.</param>");
        w.Line("/// <param name=\"value\">A defined value.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is not a defined member.</exception>");
        w.Line(SchemaEmitter.HiddenAttribute);
        w.Open($"public static void WriteJson({Json}.Utf8JsonWriter writer, {e.Name} value)");
        w.Line("var index = (int)value;");
        w.Line("if ((uint)index >= (uint)s_encoded.Length) throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined " + e.Name + " value.\");");
        w.Line("writer.WriteStringValue(s_encoded[index]);");
        w.Close();
    }

    private static EquatableArray<string> WireNames(EnumUnit e)
    {
        var names = new string[e.Members.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = e.Members[i].WireName;
        }

        return new EquatableArray<string>(names);
    }
}
