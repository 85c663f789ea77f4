using System.Collections.Generic;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>Emits the sealed partial record of an event kind, with its catalog descriptor.</summary>
internal static class EventEmitter
{
    public static void Emit(CodeWriter w, EventUnit ev)
    {
        var summary = ev.Doc.Length > 0 ? Text.Xml(ev.Doc) : $"The <c>{Text.Xml(ev.WireType)}</c> event kind.";
        w.Doc(summary, Text.Xml(Remarks(ev)));
        w.Line(SchemaEmitter.GeneratedCodeAttribute);
        w.Line($"[global::ConflictModel.WireName({Text.Quote(ev.WireType)})]");
        w.Open($"public sealed partial record {ev.Name} : global::ConflictModel.ConflictEvent");

        w.Doc($"The wire type of this kind, the <c>type</c> discriminator: <c>{Text.Xml(ev.WireType)}</c>.");
        w.Line($"public const string WireType = {Text.Quote(ev.WireType)};");
        w.Line();
        w.Doc("The current version of this kind's schema; what a writer writes.");
        w.Line($"public const int CurrentVersion = {Text.Int(ev.Version)};");
        w.Line();
        w.Doc("Creates an event at the current schema version.");
        w.Line($"public {ev.Name}()");
        w.Line("\t: base(CurrentVersion)");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Doc("The description of this kind in the event catalog.");
        w.Line($"public static global::ConflictModel.EventKind Descriptor {{ get; }} = new global::ConflictModel.EventKind(");
        w.Line("\tWireType,");
        w.Line("\tCurrentVersion,");
        w.Line($"\t{Text.Quote(ev.Name)},");
        w.Line($"\ttypeof({ev.Name}),");
        w.Line($"\t{Text.Quote(ev.Doc)},");
        w.Line($"\t{Maps(ev.Maps)},");
        FieldEmitter.EmitDescriptors(w, ev.Fields, ")");
        w.Line("{");
        w.Line("\tJson = new __JsonHandler(),");
        w.Line($"\tSchemaFragment = {Text.Quote(SchemaFragmentEmitter.ForEvent(ev))},");
        w.Line("};");
        w.Line();
        w.Line($"private static readonly {Aliases.Json}.JsonEncodedText __WireType = {Aliases.Json}.JsonEncodedText.Encode(WireType);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override global::ConflictModel.EventKind EventKind => Descriptor;");
        FieldEmitter.EmitProperties(w, ev.Fields);
        ValidationEmitter.EmitEvent(w, ev);
        JsonEmitter.EmitNames(w, ev.Fields);
        JsonEmitter.EmitEventRead(w, ev);
        JsonEmitter.EmitEventWrite(w, ev);
        EmitHandler(w, ev);
        w.Close();
    }

    private static void EmitHandler(CodeWriter w, EventUnit ev)
    {
        w.Line();
        w.Line("// Lets the catalog read, write and describe this kind without reflection.");
        w.Open($"private sealed class __JsonHandler : {Aliases.Ser}.EventJsonHandler");
        w.Line($"public override global::ConflictModel.ConflictEvent Read(ref {Aliases.Json}.Utf8JsonReader reader) => ReadJson(ref reader);");
        w.Line();
        w.Line($"public override void Write({Aliases.Json}.Utf8JsonWriter writer, global::ConflictModel.ConflictEvent value) => WriteJson(writer, ({ev.Name})value);");
        w.Line();
        w.Line($"public override {Aliases.Json}.Serialization.Metadata.JsonTypeInfo CreateTypeInfo({Aliases.Json}.JsonSerializerOptions options) =>");
        w.Line($"\t{Aliases.Json}.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<{ev.Name}>(options, new {Aliases.Ser}.EventJsonConverter<{ev.Name}>());");
        w.Close();
    }

    private static string Maps(EquatableArray<MapModel> maps)
    {
        if (maps.Count == 0)
        {
            return "global::System.Array.Empty<global::ConflictModel.Mapping>()";
        }

        var items = new List<string>();
        foreach (var m in maps)
        {
            items.Add($"new global::ConflictModel.Mapping({Text.Literal(m.Scheme)}, {FieldEmitter.Strings(m.Codes)})");
        }

        return "new global::ConflictModel.Mapping[] { " + string.Join(", ", items) + " }";
    }

    private static string Remarks(EventUnit ev)
    {
        var text = $"Wire type '{ev.WireType}', schema version {ev.Version}.";
        foreach (var m in ev.Maps)
        {
            text += $" {m.Scheme}: {string.Join(", ", m.Codes)}.";
        }

        return text;
    }
}
