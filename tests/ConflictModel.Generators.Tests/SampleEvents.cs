using System.Text.Json.Nodes;

namespace ConflictModel.Generators.Tests;

/// <summary>
/// Builds a valid JSON event of any kind from its composed JSON Schema, filling every property: enums with their
/// first value, records with all their fields, the domain primitives with real values from the seed article.
/// </summary>
internal static class SampleEvents
{
    private static readonly Dictionary<string, string> Primitives = new()
    {
        ["ConflictModel.EventTime"] = """{"precision":"day","date":"2022-06-24","phrase":"on Friday"}""",
        ["ConflictModel.Estimate"] = """{"kind":"exact","value":48}""",
        ["ConflictModel.Place"] = """{"name":"Sievierodonetsk","admin1":"Luhansk","country":"UA","point":{"latitude":48.9482,"longitude":38.4917},"precision":"locality"}""",
        ["ConflictModel.Actor"] = """{"name":"Serhiy Gaidai","kind":"official","country":"UA","role":"Governor of the Luhansk region"}""",
        ["ConflictModel.SourceRef"] = """{"outlet":"Reuters","channel":"news-agency"}""",
        ["ConflictModel.Verification"] = """{"status":"unverified","by":"Reuters"}""",
        ["ConflictModel.GeoPoint"] = """{"latitude":48.9204,"longitude":38.427}""",
        ["ConflictModel.CountryCode"] = "\"UA\"",
    };

    public static JsonObject For(EventKind kind, string id)
    {
        var schema = JsonNode.Parse(kind.JsonSchema)!.AsObject();
        var definitions = schema["$defs"]!.AsObject();
        var sample = new JsonObject
        {
            ["type"] = kind.Type,
            ["id"] = id,
            ["schemaVersion"] = kind.Version,
            ["when"] = JsonNode.Parse(Primitives["ConflictModel.EventTime"]),
            ["where"] = JsonNode.Parse(Primitives["ConflictModel.Place"]),
            ["sources"] = new JsonArray(JsonNode.Parse(Primitives["ConflictModel.SourceRef"])),
        };
        foreach (var field in kind.Fields)
        {
            sample[field.Name] = Value(schema["properties"]![field.Name]!, definitions);
        }

        return sample;
    }

    private static JsonNode Value(JsonNode schema, JsonObject definitions)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference["#/$defs/".Length..];
            return Primitives.TryGetValue(name, out var canned) ? JsonNode.Parse(canned)! : Value(definitions[name]!, definitions);
        }

        if (schema["enum"] is JsonArray values)
        {
            return values[0]!.DeepClone();
        }

        switch (schema["type"]?.GetValue<string>())
        {
            case "array":
                return new JsonArray(Value(schema["items"]!, definitions));
            case "object":
                var obj = new JsonObject();
                foreach (var (name, property) in schema["properties"]!.AsObject())
                {
                    obj[name] = Value(property!, definitions);
                }

                return obj;
            case "integer":
            case "number":
                return JsonValue.Create(Math.Max(schema["minimum"]?.GetValue<double>() ?? 1, 1));
            case "boolean":
                return JsonValue.Create(true);
            default:
                return schema["format"]?.GetValue<string>() switch
                {
                    "date" => JsonValue.Create("2022-06-24")!,
                    "date-time" => JsonValue.Create("2022-06-25T03:00:00Z")!,
                    "uri" => JsonValue.Create("https://example.org/report")!,
                    _ => JsonValue.Create("Lysychansk")!,
                };
        }
    }
}
