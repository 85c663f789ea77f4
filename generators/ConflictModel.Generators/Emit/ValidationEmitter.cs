using System.Globalization;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>Emits validation from the schema's constraints: required, ranges, lengths, patterns, item counts, nested records.</summary>
internal static class ValidationEmitter
{
    private const string Problem = "global::ConflictModel.ValidationProblem";
    private const string Problems = "global::System.Collections.Generic.ICollection<global::ConflictModel.ValidationProblem>";

    public static void EmitEvent(CodeWriter w, EventUnit ev)
    {
        EmitPatterns(w, ev.Fields);
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"protected override void CollectProblems({Problems} problems)");
        w.Line("base.CollectProblems(problems);");
        EmitChecks(w, ev.Fields, "\"$\"", versioned: true);
        w.Line("OnValidate(problems);");
        w.Close();
        w.Line();
        w.Doc("A hook for checks of your own: implement it in a partial declaration of this record.");
        w.Line("/// <param name=\"problems\">Where to add problems.</param>");
        w.Line($"partial void OnValidate({Problems} problems);");
    }

    public static void EmitRecord(CodeWriter w, RecordUnit record)
    {
        EmitPatterns(w, record.Fields);
        w.Line();
        w.Doc("Adds the problems of this value to <paramref name=\"problems\"/>, with JSON paths under <paramref name=\"path\"/>.");
        w.Line("/// <param name=\"problems\">Where to add problems.</param>");
        w.Line("/// <param name=\"path\">The JSON path of this value, e.g. <c>$.targets[1]</c>.</param>");
        w.Open($"public void CollectProblems({Problems} problems, string path)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(problems);");
        EmitChecks(w, record.Fields, "path", versioned: false);
        w.Line("OnValidate(problems, path);");
        w.Close();
        w.Line();
        w.Doc("A hook for checks of your own: implement it in a partial declaration of this record.");
        w.Line("/// <param name=\"problems\">Where to add problems.</param>");
        w.Line("/// <param name=\"path\">The JSON path of this value.</param>");
        w.Line($"partial void OnValidate({Problems} problems, string path);");
    }

    private static void EmitPatterns(CodeWriter w, EquatableArray<FieldUnit> fields)
    {
        foreach (var f in fields)
        {
            if (f.Pattern is not null)
            {
                w.Line();
                w.Line($"private static readonly global::System.Text.RegularExpressions.Regex __Pattern{f.PropertyName} = new({Text.Quote(f.Pattern)}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1));");
            }
        }
    }

    private static void EmitChecks(CodeWriter w, EquatableArray<FieldUnit> fields, string basePath, bool versioned)
    {
        foreach (var f in fields)
        {
            var path = $"{basePath} + {Text.Literal("." + f.WireName)}";
            var value = f.PropertyName;
            var kept = versioned ? $" && !IsKept({Text.Literal(f.WireName)})" : string.Empty;
            if (f.Required)
            {
                var since = versioned && f.Since > 1 ? $"SchemaVersion >= {f.Since.ToString(CultureInfo.InvariantCulture)} && " : string.Empty;
                if (f.Type.IsList)
                {
                    w.Line($"if ({since}{value}.Count == 0{kept}) problems.Add(new {Problem}({path}, \"is required and must not be empty\"));");
                }
                else if (!f.Type.IsValueType || !JsonEmitter.IsCSharpRequired(f))
                {
                    w.Line($"if ({since}{value} is null{kept}) problems.Add(new {Problem}({path}, \"is required\"));");
                }
            }

            if (f.Type.IsList)
            {
                if (f.MinItems is { } minItems)
                {
                    // An empty required list is already reported as missing; one fault, one problem.
                    var nonEmpty = f.Required ? $"{value}.Count != 0 && " : string.Empty;
                    w.Line($"if ({nonEmpty}{value}.Count < {minItems}) problems.Add(new {Problem}({path}, \"must have at least {minItems} item(s), has \" + {value}.Count));");
                }

                if (f.MaxItems is { } maxItems)
                {
                    w.Line($"if ({value}.Count > {maxItems}) problems.Add(new {Problem}({path}, \"must have at most {maxItems} item(s), has \" + {value}.Count));");
                }

                if (f.Type.Category == TypeCategory.Record)
                {
                    w.Open($"for (var i = 0; i < {value}.Count; i++)");
                    w.Line($"{value}[i]?.CollectProblems(problems, {path} + \"[\" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\");");
                    w.Close();
                }

                if (HasScalarChecks(f))
                {
                    w.Open($"for (var i = 0; i < {value}.Count; i++)");
                    EmitScalarChecks(w, f, $"{value}[i]", $"{path} + \"[\" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\"");
                    w.Close();
                }

                continue;
            }

            if (f.Type.Category == TypeCategory.Record)
            {
                w.Line($"{value}?.CollectProblems(problems, {path});");
            }

            if (HasScalarChecks(f))
            {
                var nullable = !f.Type.IsValueType || !JsonEmitter.IsCSharpRequired(f);
                if (nullable)
                {
                    w.Open($"if ({value} is {{ }} v_{f.PropertyName})");
                    EmitScalarChecks(w, f, $"v_{f.PropertyName}", path);
                    w.Close();
                }
                else
                {
                    EmitScalarChecks(w, f, value, path);
                }
            }
        }
    }

    private static bool HasScalarChecks(FieldUnit f) =>
        f.Min is not null || f.Max is not null || f.MinLength is not null || f.MaxLength is not null || f.Pattern is not null;

    private static void EmitScalarChecks(CodeWriter w, FieldUnit f, string v, string path)
    {
        var suffix = f.Type.CSharpName == "decimal" ? "m" : string.Empty;
        if (f.Min is not null)
        {
            w.Line($"if ({v} < {f.Min}{suffix}) problems.Add(new {Problem}({path}, \"must be at least {f.Min}, is \" + {v}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)));");
        }

        if (f.Max is not null)
        {
            w.Line($"if ({v} > {f.Max}{suffix}) problems.Add(new {Problem}({path}, \"must be at most {f.Max}, is \" + {v}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)));");
        }

        if (f.MinLength is { } minLength)
        {
            w.Line($"if ({v}.Length < {minLength}) problems.Add(new {Problem}({path}, \"must have at least {minLength} character(s)\"));");
        }

        if (f.MaxLength is { } maxLength)
        {
            w.Line($"if ({v}.Length > {maxLength}) problems.Add(new {Problem}({path}, \"must have at most {maxLength} character(s)\"));");
        }

        if (f.Pattern is not null)
        {
            w.Line($"if (!__Pattern{f.PropertyName}.IsMatch({v})) problems.Add(new {Problem}({path}, {Text.Quote("must match " + f.Pattern)}));");
        }
    }
}
