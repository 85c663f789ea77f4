using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>Emits a record declared in a schema's <c>records</c>.</summary>
internal static class RecordEmitter
{
    public static void Emit(CodeWriter w, RecordUnit record)
    {
        w.Doc(record.Doc.Length > 0 ? Text.Xml(record.Doc) : $"The <c>{record.Name}</c> record.", "Immutable; equality is by value, including list contents.");
        w.Line(SchemaEmitter.GeneratedCodeAttribute);
        w.Open($"public sealed partial record {record.Name}");
        // The body starts flush: no blank line before the first property.
        FieldEmitter.EmitProperties(w, record.Fields, blankLineFirst: false);
        w.Line();
        w.Doc("The JSON Schema (draft 2020-12) of this record; references use <c>#/$defs/</c> and CLR full names.");
        w.Line($"public const string JsonSchema = {Text.Quote(SchemaFragmentEmitter.ForRecord(record))};");
        ValidationEmitter.EmitRecord(w, record);
        JsonEmitter.EmitNames(w, record.Fields);
        JsonEmitter.EmitRecordRead(w, record);
        JsonEmitter.EmitRecordWrite(w, record);
        w.Close();
    }
}
