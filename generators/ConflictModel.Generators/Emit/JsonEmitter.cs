using System.Text;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>
/// Emits reflection-free JSON reading and writing for events and records: pre-encoded property names, a
/// single pass over the properties, and fields this version cannot represent kept verbatim.
/// </summary>
internal static class JsonEmitter
{
    private const string Json = Aliases.Json;
    private const string Ser = Aliases.Ser;

    public static void EmitNames(CodeWriter w, EquatableArray<FieldUnit> fields)
    {
        w.Line();
        w.Line("// Property names encoded once, so writing copies bytes instead of escaping strings.");
        w.Open("private static class __JsonNames");
        foreach (var f in fields)
        {
            w.Line($"public static readonly {Json}.JsonEncodedText {f.PropertyName} = {Json}.JsonEncodedText.Encode({Text.Quote(f.WireName)});");
        }

        if (fields.Count == 0)
        {
            w.Line("public static readonly bool None = true;");
        }
        else
        {
            EmitNameTable(w, fields);
        }

        w.Close();
    }

    // The runtime's name table (names grouped by length, compared as machine words) rather than matching code of our
    // own in every type: one implementation, and less generated code. Current names come first, so field i is name i;
    // old names follow, and ReadProperties gives each a case label of its own on its field's arm.
    private static void EmitNameTable(CodeWriter w, EquatableArray<FieldUnit> fields)
    {
        var names = new StringBuilder();
        foreach (var f in fields)
        {
            AppendName(names, f.WireName);
        }

        foreach (var f in fields)
        {
            foreach (var old in f.RenamedFrom)
            {
                AppendName(names, old);
            }
        }

        w.Line();
        w.Line("// The wire names: field i's current name at i, then the old names in field order.");
        w.Line($"public static readonly {Ser}.JsonNameTable Table = new({names.ToString()});");
    }

    private static void AppendName(StringBuilder names, string name)
    {
        if (names.Length != 0)
        {
            names.Append(", ");
        }

        Text.AppendLiteral(names, name);
    }

    public static void EmitEventRead(CodeWriter w, EventUnit ev)
    {
        w.Line();
        w.Doc("Reads one event of this kind. The reader is on the object's start and ends on its end.",
            "Fields whose values this version cannot represent (an unknown enum value, an unknown property inside a record) are kept verbatim in UnknownFields.");
        w.Line("/// <param name=\"reader\">The reader.</param>");
        w.Line("/// <returns>The event.</returns>");
        w.Line($"/// <exception cref=\"{Ser}.ConflictJsonException\">The JSON is not a valid event of this kind.</exception>");
        w.Line(SchemaEmitter.HiddenAttribute);
        w.Open($"public static {ev.Name} ReadJson(ref {Json}.Utf8JsonReader reader)");
        w.Line($"if (reader.TokenType != {Json}.JsonTokenType.StartObject) {Ser}.JsonErrors.Expected(ref reader, \"an object\");");
        w.Line($"var envelope = new {Ser}.EnvelopeReader(__WireType);");
        DeclareLocals(w, ev.Fields);
        w.Open("while (reader.Read())");
        w.Line($"if (reader.TokenType == {Json}.JsonTokenType.EndObject) break;");
        w.Line("var mark = reader;");
        w.Open("try");
        ReadProperties(w, ev.Fields, "if (!envelope.TryRead(ref reader)) envelope.Keep(ref reader);");
        w.Close();
        w.Open($"catch ({Ser}.UnknownJsonContentException)");
        w.Line("// Not representable by this version: keep the whole property as read.");
        w.Line("reader = mark;");
        w.Line("envelope.Keep(ref reader);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("envelope.Finish(ref reader);");
        RequireFields(w, ev.Fields, "envelope.IsKept");
        w.Line($"return new {ev.Name}");
        w.Line("{");
        w.Line("\tId = envelope.Id!,");
        w.Line("\tSchemaVersion = envelope.SchemaVersion ?? CurrentVersion,");
        w.Line("\tWhen = envelope.When,");
        w.Line("\tWhere = envelope.Where,");
        w.Line("\tSources = envelope.Sources,");
        w.Line("\tVerification = envelope.Verification,");
        w.Line("\tAbout = envelope.About,");
        w.Line("\tNotes = envelope.Notes,");
        w.Line("\tOrigin = envelope.Origin,");
        w.Line("\tUnknownFields = envelope.UnknownFields,");
        foreach (var f in ev.Fields)
        {
            w.Line($"\t{f.PropertyName} = {Initializer(f)},");
        }

        w.Line("};");
        w.Close();
    }

    public static void EmitEventWrite(CodeWriter w, EventUnit ev)
    {
        w.Line();
        w.Doc("Writes one event of this kind as a JSON object, at the current schema version.");
        w.Line("/// <param name=\"writer\">The writer.</param>");
        w.Line("/// <param name=\"value\">The event.</param>");
        w.Line(SchemaEmitter.HiddenAttribute);
        w.Open($"public static void WriteJson({Json}.Utf8JsonWriter writer, {ev.Name} value)");
        w.Line($"{Ser}.EnvelopeWriter.WriteStart(writer, value, __WireType, CurrentVersion);");
        w.Line("// A field kept verbatim (not understood when read) is written from the kept text, not twice.");
        w.Line("var shadows = value.UnknownFields.Count != 0;");
        WriteProperties(w, ev.Fields, shadowCheck: true);
        w.Line($"{Ser}.EnvelopeWriter.WriteEnd(writer, value);");
        w.Close();
    }

    public static void EmitRecordRead(CodeWriter w, RecordUnit record)
    {
        w.Line();
        w.Doc("Reads one value. The reader is on the object's start and ends on its end.");
        w.Line("/// <param name=\"reader\">The reader.</param>");
        w.Line("/// <returns>The value.</returns>");
        w.Line($"/// <exception cref=\"{Ser}.ConflictJsonException\">The JSON is not a valid value.</exception>");
        w.Line($"/// <exception cref=\"{Ser}.UnknownJsonContentException\">The value holds a property or enum value this version does not know.</exception>");
        w.Line(SchemaEmitter.HiddenAttribute);
        w.Open($"public static {record.Name} ReadJson(ref {Json}.Utf8JsonReader reader)");
        w.Line($"if (reader.TokenType != {Json}.JsonTokenType.StartObject) {Ser}.JsonErrors.Expected(ref reader, \"an object\");");
        DeclareLocals(w, record.Fields);
        w.Open("while (reader.Read())");
        w.Line($"if (reader.TokenType == {Json}.JsonTokenType.EndObject) break;");
        ReadProperties(w, record.Fields, $"{Ser}.JsonErrors.UnknownProperty(ref reader, {Text.Literal(record.Name)});");
        w.Close();
        w.Line();
        RequireFields(w, record.Fields, keptCheck: null);
        // Consecutive events often carry an equal value (the same counts): the one read last on this thread stands in,
        // but only where equality is as strict as the text (see ComparesExactly).
        var shared = ComparesExactly(record.Fields);
        w.Line(shared ? $"return {Ser}.RecentRecords.Share(new {record.Name}" : $"return new {record.Name}");
        w.Line("{");
        foreach (var f in record.Fields)
        {
            w.Line($"\t{f.PropertyName} = {Initializer(f)},");
        }

        w.Line(shared ? "});" : "};");
        w.Close();
    }

    // Whether equal values of a record with these fields are written alike, so that one may stand for another. Not so
    // for a uri (Uri equality ignores the fragment and the user), a decimal (1.0 equals 1.00), a point or a place
    // (0 equals -0), a source (its link), or another record (checked on its own, not here).
    private static bool ComparesExactly(EquatableArray<FieldUnit> fields)
    {
        foreach (var f in fields)
        {
            var exact = f.Type.Category switch
            {
                TypeCategory.Uri or TypeCategory.Record => false,
                TypeCategory.Number => f.Type.SchemaName.TrimEnd('[', ']') != "decimal",
                TypeCategory.Primitive => f.Type.SchemaName.TrimEnd('[', ']') is "Actor" or "CountryCode" or "EventTime" or "Estimate" or "Verification",
                _ => true,
            };
            if (!exact)
            {
                return false;
            }
        }

        return true;
    }

    public static void EmitRecordWrite(CodeWriter w, RecordUnit record)
    {
        w.Line();
        w.Doc("Writes one value as a JSON object.");
        w.Line("/// <param name=\"writer\">The writer.</param>");
        w.Line("/// <param name=\"value\">The value.</param>");
        w.Line(SchemaEmitter.HiddenAttribute);
        w.Open($"public static void WriteJson({Json}.Utf8JsonWriter writer, {record.Name} value)");
        w.Line("writer.WriteStartObject();");
        WriteProperties(w, record.Fields, shadowCheck: false);
        w.Line("writer.WriteEndObject();");
        w.Close();
    }

    /// <summary>Whether the C# property is <c>required</c>: fields added after version 1 are not, so older data reads.</summary>
    public static bool IsCSharpRequired(FieldUnit f) => f.Required && f.Since <= 1;

    private static string Local(FieldUnit f) => "f_" + f.PropertyName;

    // A required value-type field kept verbatim has no value: its default stands in, and validation flags it.
    private static string Initializer(FieldUnit f) =>
        f.Type.IsList || !IsCSharpRequired(f) ? Local(f)
        : f.Type.IsValueType ? Local(f) + ".GetValueOrDefault()"
        : Local(f) + "!";

    private static void DeclareLocals(CodeWriter w, EquatableArray<FieldUnit> fields)
    {
        foreach (var f in fields)
        {
            var type = f.Type.IsList ? f.Type.PropertyType(required: true) : f.Type.CSharpName + "?";
            w.Line($"{type} {Local(f)} = default;");
            w.Line($"var seen_{f.PropertyName} = false;");
        }
    }

    private static void ReadProperties(CodeWriter w, EquatableArray<FieldUnit> fields, string otherwise)
    {
        if (fields.Count == 0)
        {
            w.Line(otherwise);
            return;
        }

        w.Open("switch (__JsonNames.Table.IndexOf(ref reader))");
        var oldIndex = fields.Count;
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            // NextValue refuses a repeated property, moves to the value and is false for null.
            w.Line($"case {i}:");
            foreach (var _ in f.RenamedFrom)
            {
                w.Line($"case {oldIndex++}:");
            }

            var next = $"\tif ({Ser}.JsonValues.NextValue(ref reader, ref seen_{f.PropertyName}, {Text.Literal(f.WireName)})) {Local(f)} = ";
            if (f.Type.IsList)
            {
                // The items gather in a builder that keeps short lists inline: reading allocates only the array the list keeps.
                w.Line($"{next}{Ser}.JsonValues.ReadList<{f.Type.CSharpName}>(ref reader, static (ref {Json}.Utf8JsonReader r) => {JsonCodec.ReadElement(f.Type, "r")});");
            }
            else
            {
                w.Line($"{next}{JsonCodec.ReadElement(f.Type)};");
            }

            w.Line("\tbreak;");
        }

        w.Line("default:");
        w.Line("\t" + otherwise);
        w.Line("\tbreak;");
        w.Close();
    }

    private static void RequireFields(CodeWriter w, EquatableArray<FieldUnit> fields, string? keptCheck)
    {
        foreach (var f in fields)
        {
            if (!IsCSharpRequired(f) || f.Type.IsList)
            {
                continue;
            }

            var kept = keptCheck is null ? string.Empty : $" && !{keptCheck}({Text.Literal(f.WireName)})";
            w.Line($"if ({Local(f)} is null{kept}) {Ser}.JsonErrors.Fail(ref reader, \"missing required property '{f.WireName}'\");");
        }
    }

    private static void WriteProperties(CodeWriter w, EquatableArray<FieldUnit> fields, bool shadowCheck)
    {
        foreach (var f in fields)
        {
            var shadow = shadowCheck ? $" && !(shadows && value.IsKept({Text.Literal(f.WireName)}))" : string.Empty;
            var name = $"__JsonNames.{f.PropertyName}";
            if (f.Type.IsList)
            {
                w.Open($"if (value.{f.PropertyName}.Count != 0{shadow})");
                w.Line($"writer.WritePropertyName({name});");
                w.Line("writer.WriteStartArray();");
                w.Open($"foreach (var item in value.{f.PropertyName})");
                w.Line(JsonCodec.WriteElement(f.Type, "item"));
                w.Close();
                w.Line("writer.WriteEndArray();");
                w.Close();
            }
            else if (f.Type.IsValueType && IsCSharpRequired(f))
            {
                w.Open(shadowCheck ? $"if (!(shadows && value.IsKept({Text.Literal(f.WireName)})))" : "if (true)");
                w.Line($"writer.WritePropertyName({name});");
                w.Line(JsonCodec.WriteElement(f.Type, $"value.{f.PropertyName}"));
                w.Close();
            }
            else
            {
                w.Open($"if (value.{f.PropertyName} is {{ }} v_{f.PropertyName}{shadow})");
                w.Line($"writer.WritePropertyName({name});");
                w.Line(JsonCodec.WriteElement(f.Type, $"v_{f.PropertyName}"));
                w.Close();
            }
        }
    }
}
