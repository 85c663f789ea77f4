using System.Collections.Generic;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>
/// Builds JSON Schema (draft 2020-12) fragments for kinds, records and enums. References to other types use
/// <c>#/$defs/&lt;CLR full name&gt;</c>; the runtime composes a complete document from the registered fragments.
/// </summary>
internal static class SchemaFragmentEmitter
{
    /// <summary>A kind's own properties and required list; the runtime adds the envelope's.</summary>
    public static string ForEvent(EventUnit ev)
    {
        var json = new JsonText().StartObject();
        json.Prop("description", ev.Doc);
        Properties(json, ev.Fields);
        return json.EndObject().ToString();
    }

    public static string ForRecord(RecordUnit record)
    {
        var json = new JsonText().StartObject();
        json.Prop("type", "object");
        if (record.Doc.Length > 0)
        {
            json.Prop("description", record.Doc);
        }

        Properties(json, record.Fields);
        json.Name("additionalProperties").Bool(false);
        return json.EndObject().ToString();
    }

    public static string ForEnum(EnumUnit e)
    {
        var json = new JsonText().StartObject();
        json.Prop("type", "string");
        if (e.Doc.Length > 0)
        {
            json.Prop("description", e.Doc);
        }

        json.Name("enum").StartArray();
        foreach (var m in e.Members)
        {
            json.Str(m.WireName);
        }

        return json.EndArray().EndObject().ToString();
    }

    private static void Properties(JsonText json, EquatableArray<FieldUnit> fields)
    {
        json.Name("properties").StartObject();
        var required = new List<string>();
        foreach (var f in fields)
        {
            json.Name(f.WireName);
            Field(json, f);
            if (f.Required && f.Since <= 1)
            {
                required.Add(f.WireName);
            }
        }

        json.EndObject();
        if (required.Count > 0)
        {
            json.Name("required").StartArray();
            foreach (var r in required)
            {
                json.Str(r);
            }

            json.EndArray();
        }
    }

    private static void Field(JsonText json, FieldUnit f)
    {
        json.StartObject();
        if (f.Doc.Length > 0)
        {
            json.Prop("description", f.Doc);
        }

        if (f.Type.IsList)
        {
            json.Prop("type", "array");
            json.Name("items").StartObject();
            Element(json, f);
            json.EndObject();
            if (f.MinItems is { } minItems)
            {
                json.Name("minItems").Number(minItems);
            }
            else if (f.Required)
            {
                json.Name("minItems").Number(1);
            }

            if (f.MaxItems is { } maxItems)
            {
                json.Name("maxItems").Number(maxItems);
            }
        }
        else
        {
            Element(json, f);
        }

        json.EndObject();
    }

    private static void Element(JsonText json, FieldUnit f)
    {
        switch (f.Type.Category)
        {
            case TypeCategory.String:
                json.Prop("type", "string");
                if (f.MinLength is { } minLength)
                {
                    json.Name("minLength").Number(minLength);
                }

                if (f.MaxLength is { } maxLength)
                {
                    json.Name("maxLength").Number(maxLength);
                }

                if (f.Pattern is not null)
                {
                    json.Prop("pattern", f.Pattern);
                }

                break;
            case TypeCategory.Number:
                json.Prop("type", f.Type.CSharpName == "decimal" ? "number" : "integer");
                if (f.Min is not null)
                {
                    json.Name("minimum").Number(f.Min);
                }

                if (f.Max is not null)
                {
                    json.Name("maximum").Number(f.Max);
                }

                break;
            case TypeCategory.Boolean:
                json.Prop("type", "boolean");
                break;
            case TypeCategory.Date:
                json.Prop("type", "string").Prop("format", "date");
                break;
            case TypeCategory.Instant:
                json.Prop("type", "string").Prop("format", "date-time");
                break;
            case TypeCategory.Uri:
                json.Prop("type", "string").Prop("format", "uri");
                break;
            default:
                json.Prop("$ref", "#/$defs/" + f.Type.CSharpName.Replace("global::", string.Empty));
                break;
        }
    }
}
