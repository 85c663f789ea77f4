using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConflictModel.Serialization;

/// <summary>Composes each kind's complete JSON Schema (draft 2020-12) from the envelope, its own fragment and the definitions it uses.</summary>
internal static class JsonSchemas
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";
    private static readonly ConcurrentDictionary<EventKind, string> s_cache = new();

    public static string For(EventKind kind) => s_cache.GetOrAdd(kind, Compose);

    private static string Compose(EventKind kind)
    {
        var own = kind.SchemaFragment is { } fragment ? JsonNode.Parse(fragment)!.AsObject() : new JsonObject();
        var properties = new JsonObject
        {
            ["type"] = new JsonObject { ["const"] = kind.Type, ["description"] = "The event kind's wire name." },
            ["id"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "A stable identifier of the event, unique within a dataset." },
            ["schemaVersion"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "The version of the kind's schema the event was written at." },
            ["when"] = Ref("ConflictModel.EventTime", "When the event happened, with the precision the report gives."),
            ["where"] = Ref("ConflictModel.Place", "Where the event happened."),
            ["sources"] = new JsonObject { ["type"] = "array", ["items"] = Ref("ConflictModel.SourceRef", null), ["description"] = "Who reported the event, through which channel." },
            ["verification"] = Ref("ConflictModel.Verification", "Whether the event is confirmed, claimed, unverified, disputed or denied."),
            ["about"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 }, ["description"] = "Ids of the events this one speaks of." },
            ["notes"] = new JsonObject { ["type"] = "string", ["description"] = "Free-text remarks." },
            ["origin"] = Ref("ConflictModel.Origin", "Where the event was imported from, with the source cells the model has no field for."),
        };
        if (own["properties"] is JsonObject ownProperties)
        {
            foreach (var (name, value) in ownProperties)
            {
                properties[name] = value?.DeepClone();
            }
        }

        var required = new JsonArray("type", "id");
        if (own["required"] is JsonArray ownRequired)
        {
            foreach (var item in ownRequired)
            {
                required.Add(item?.DeepClone());
            }
        }

        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = kind.SchemaId,
            ["title"] = kind.Name,
            ["description"] = kind.Doc,
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
        };

        var definitions = new JsonObject();
        var pending = new Queue<JsonNode>();
        pending.Enqueue(properties);
        while (pending.Count > 0)
        {
            foreach (var name in References(pending.Dequeue()))
            {
                if (definitions.ContainsKey(name))
                {
                    continue;
                }

                var definition = SchemaDefinitions.TryGet(name, out var text) ? JsonNode.Parse(text)! : new JsonObject { ["description"] = $"{name}: no schema registered." };
                definitions[name] = definition;
                pending.Enqueue(definition);
            }
        }

        root["$defs"] = definitions;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            root.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonObject Ref(string name, string? description)
    {
        var node = new JsonObject { ["$ref"] = "#/$defs/" + name };
        if (description is not null)
        {
            node["description"] = description;
        }

        return node;
    }

    private static List<string> References(JsonNode node)
    {
        var found = new List<string>();
        Walk(node, found);
        return found;
    }

    private static void Walk(JsonNode? node, List<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var target) && target.StartsWith("#/$defs/", StringComparison.Ordinal))
                    {
                        found.Add(target["#/$defs/".Length..]);
                    }
                    else
                    {
                        Walk(value, found);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, found);
                }

                break;
        }
    }
}
