using System.Collections.Generic;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>Emits the properties of an event's or record's fields, and their catalog descriptions.</summary>
internal static class FieldEmitter
{
    public static void EmitProperties(CodeWriter w, EquatableArray<FieldUnit> fields, bool blankLineFirst = true)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (blankLineFirst || !first)
            {
                w.Line();
            }

            first = false;
            var summary = f.Doc.Length > 0 ? Text.Xml(f.Doc) : $"The <c>{Text.Xml(f.WireName)}</c> field.";
            w.Doc(summary, Text.Xml(Remarks(f)));
            w.Line($"[global::ConflictModel.WireName({Text.Quote(f.WireName)})]");
            var required = JsonEmitter.IsCSharpRequired(f);
            w.Line($"public {(required ? "required " : string.Empty)}{f.Type.PropertyType(required)} {f.PropertyName} {{ get; init; }}");
        }
    }

    /// <summary>
    /// Writes an <c>EventField[]</c> expression describing the fields for the catalog, one tab in from the writer's
    /// indentation, then <paramref name="end"/>: line by line into the writer, as a fifth of what the emitters allocated
    /// was this expression built as strings first.
    /// </summary>
    public static void EmitDescriptors(CodeWriter w, EquatableArray<FieldUnit> fields, string end)
    {
        if (fields.Count == 0)
        {
            w.Line($"\tglobal::System.Array.Empty<global::ConflictModel.EventField>(){end}");
            return;
        }

        w.Line("\tnew global::ConflictModel.EventField[]");
        w.Line("\t{");
        foreach (var f in fields)
        {
            w.Line($"\t\tnew global::ConflictModel.EventField({Text.Quote(f.WireName)}, {Text.Quote(f.PropertyName)}, {Text.Quote(f.Type.SchemaName)}, {Text.Bool(f.Required)}, {Text.Int(f.Since)}, {Strings(f.RenamedFrom)}, {Text.Quote(f.Doc)}),");
        }

        w.Line($"\t}}{end}");
    }

    public static string Strings(EquatableArray<string> values)
    {
        if (values.Count == 0)
        {
            return "global::System.Array.Empty<string>()";
        }

        var items = new List<string>();
        foreach (var v in values)
        {
            items.Add(Text.Literal(v));
        }

        return "new string[] { " + string.Join(", ", items) + " }";
    }

    private static string Remarks(FieldUnit f)
    {
        var parts = new List<string> { $"Wire name '{f.WireName}', schema type '{f.Type.SchemaName}'" };
        parts.Add(f.Required ? (f.Since > 1 ? $"required from version {f.Since}" : "required") : "optional");
        if (f.Since > 1)
        {
            parts.Add($"since version {f.Since}");
        }

        if (f.RenamedFrom.Count > 0)
        {
            parts.Add("formerly '" + string.Join("', '", f.RenamedFrom) + "'");
        }

        if (f.Min is not null)
        {
            parts.Add("at least " + f.Min);
        }

        if (f.Max is not null)
        {
            parts.Add("at most " + f.Max);
        }

        if (f.MinLength is { } minLength)
        {
            parts.Add($"at least {minLength} characters");
        }

        if (f.MaxLength is { } maxLength)
        {
            parts.Add($"at most {maxLength} characters");
        }

        if (f.Pattern is not null)
        {
            parts.Add("matches '" + f.Pattern + "'");
        }

        if (f.MinItems is { } minItems)
        {
            parts.Add($"at least {minItems} items");
        }

        if (f.MaxItems is { } maxItems)
        {
            parts.Add($"at most {maxItems} items");
        }

        return string.Join("; ", parts) + ".";
    }
}
