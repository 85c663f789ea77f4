using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Generators.Json;

/// <summary>What a JSON value is.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value with the span of text it was read from. Transient: never enters the pipeline.</summary>
internal class JsonNode(JsonKind kind, TextSpan span)
{
    public JsonKind Kind { get; } = kind;

    public TextSpan Span { get; } = span;

    /// <summary>A short name for messages: "an object", "a string", …</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Null => "null",
        _ => "a boolean",
    };
}

/// <summary>A JSON string (decoded) or number (raw text).</summary>
internal sealed class JsonScalar(JsonKind kind, TextSpan span, string text) : JsonNode(kind, span)
{
    public string Text { get; } = text;
}

/// <summary>A JSON array.</summary>
internal sealed class JsonArray(TextSpan span, JsonNode[] items) : JsonNode(JsonKind.Array, span)
{
    // Arrays, not IReadOnlyList: a foreach over an interface boxes an enumerator for every object the parser looks into.
    public JsonNode[] Items { get; } = items;
}

/// <summary>A JSON object; properties in document order, duplicates kept so they can be reported.</summary>
internal sealed class JsonObject(TextSpan span, JsonProperty[] properties) : JsonNode(JsonKind.Object, span)
{
    public JsonProperty[] Properties { get; } = properties;

    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

/// <summary>A property of a JSON object: its name, the span of the name, and its value.</summary>
internal sealed class JsonProperty(string name, TextSpan nameSpan, JsonNode value)
{
    public string Name { get; } = name;

    public TextSpan NameSpan { get; } = nameSpan;

    public JsonNode Value { get; } = value;
}
