using System;
using System.Collections.Generic;
using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Cli.Summary;

/// <summary>
/// The actors and places an event names, found without reflection: the event is written as JSON and, for each of
/// its kind's fields whose schema type is <c>Actor</c> or <c>Actor[]</c> (<c>Place</c> or <c>Place[]</c>), the
/// <c>name</c> of each object under that property is taken. Places start with the envelope's <c>where</c>.
/// </summary>
/// <param name="Actors">The actors' names, each once, in field order (a statement's speaker first).</param>
/// <param name="Places">The places' names, each once, <c>where</c> first.</param>
internal sealed record EventFacts(IReadOnlyList<string> Actors, IReadOnlyList<string> Places)
{
    /// <summary>Finds the actors and places of an event.</summary>
    /// <param name="value">The event.</param>
    /// <returns>The facts.</returns>
    public static EventFacts Of(ConflictEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var actors = new List<string>();
        var places = new List<string>();
        if (value.Where is { } where)
        {
            places.Add(where.Name);
        }

        var fields = value.EventKind.Fields;
        if (!HasNamedFields(fields))
        {
            return new EventFacts(actors, places);
        }

        using var document = JsonDocument.Parse(ConflictJson.SerializeToUtf8Bytes(value));
        foreach (var field in fields)
        {
            var names = IsActor(field) ? actors : IsPlace(field) ? places : null;
            if (names is not null && document.RootElement.TryGetProperty(field.Name, out var property))
            {
                CollectNames(property, names);
            }
        }

        return new EventFacts(actors, places);
    }

    private static bool HasNamedFields(ValueList<EventField> fields)
    {
        foreach (var field in fields)
        {
            if (IsActor(field) || IsPlace(field))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActor(EventField field) => BaseType(field.SchemaType) == "Actor";

    private static bool IsPlace(EventField field) => BaseType(field.SchemaType) == "Place";

    /// <summary>The schema type without <c>[]</c> and <c>?</c>: <c>Actor[]</c> is <c>Actor</c>.</summary>
    private static string BaseType(string schemaType) => schemaType.TrimEnd('?').Replace("[]", string.Empty, StringComparison.Ordinal);

    private static void CollectNames(JsonElement element, List<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 } text && !names.Contains(text))
                {
                    names.Add(text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectNames(item, names);
                }

                break;
        }
    }
}
