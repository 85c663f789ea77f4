using System.Runtime.CompilerServices;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>Emits a record declared in a schema's <c>records</c>.</summary>
internal static class RecordEmitter
{
    [MethodImpl(Hot.Optimized)]
    public static void Emit(CodeWriter w, RecordUnit record)
    {
        w.Doc(record.Doc.Length > 0 ? Text.Xml(record.Doc) : $"The <c>{record.Name}</c> record.", "Immutable; equality is by value, including list contents.");
        w.Line(SchemaEmitter.GeneratedCodeAttribute);
        w.Open($"public sealed partial record {record.Name}");
        var first = true;
        foreach (var line in Properties(record))
        {
            if (first && line.Length == 0)
            {
                first = false;
                continue;
            }

            first = false;
            w.Line(line);
        }

        w.Line();
        w.Doc("The JSON Schema (draft 2020-12) of this record; references use <c>#/$defs/</c> and CLR full names.");
        w.Line($"public const string JsonSchema = {Text.Literal(SchemaFragmentEmitter.ForRecord(record))};");
        ValidationEmitter.EmitRecord(w, record);
        JsonEmitter.EmitNames(w, record.Fields);
        JsonEmitter.EmitRecordRead(w, record);
        JsonEmitter.EmitRecordWrite(w, record);
        w.Close();
    }

    [MethodImpl(Hot.Optimized)]
    private static string[] Properties(RecordUnit record)
    {
        // Reuse the field emitter, dropping its leading blank line so the body starts flush.
        var inner = new CodeWriter();
        FieldEmitter.EmitProperties(inner, record.Fields);
        return inner.ToString().TrimEnd('\n').Split('\n');
    }
}
