using System.Globalization;
using System.Text.Json.Nodes;
using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Data;

/// <summary>
/// Makes N distinct events from the seed by editing their JSON and reading it back through the library, so every
/// event is one the library itself accepts (and <see cref="ConflictEvent.Validate"/> finds nothing wrong with it).
/// Event i is seed event i mod 41 in copy i / 41: its id and the ids it is about get the copy number, its dates move
/// by i days (by whole weeks, months or years when that is its precision, so anchors stay valid), counts and
/// coordinates move a little, and names get the copy number.
/// </summary>
public static class EventScaler
{
    private static readonly HashSet<string> ValueEstimateKinds = ["exact", "at-least", "at-most", "approximate"];

    public static ConflictEvent[] Scale(IReadOnlyList<ConflictEvent> seed, int count)
    {
        var templates = seed.Select(e => ConflictJson.Serialize(e)).ToArray();
        var events = new ConflictEvent[count];
        for (var i = 0; i < count; i++)
        {
            var node = JsonNode.Parse(templates[i % templates.Length])!.AsObject();
            Vary(node, i, i / templates.Length);
            var scaled = ConflictJson.Deserialize(node.ToJsonString(), $"scaled event {i}");
            var problems = scaled.Validate();
            if (problems.Count != 0)
            {
                throw new InvalidOperationException($"scaled event {i} ({scaled.Id}) is invalid: {problems[0]}");
            }

            events[i] = scaled;
        }

        return events;
    }

    private static void Vary(JsonObject root, int i, int copy)
    {
        var suffix = "-" + copy.ToString(CultureInfo.InvariantCulture);
        root["id"] = root["id"]!.GetValue<string>() + suffix;
        if (root["about"] is JsonArray about)
        {
            for (var k = 0; k < about.Count; k++)
            {
                about[k] = about[k]!.GetValue<string>() + suffix;
            }
        }

        Walk(root, i, copy);
    }

    private static void Walk(JsonNode? node, int i, int copy)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, i, copy);
                }

                break;
            case JsonObject obj:
                VaryObject(obj, i, copy);
                foreach (var (_, child) in obj.ToList())
                {
                    Walk(child, i, copy);
                }

                break;
        }
    }

    private static void VaryObject(JsonObject obj, int i, int copy)
    {
        if (obj["precision"] is JsonValue precision && (obj.ContainsKey("date") || obj.ContainsKey("range") || obj.ContainsKey("instant")))
        {
            ShiftTime(obj, precision.GetValue<string>(), i);
        }

        if (obj["name"] is JsonValue name && name.TryGetValue<string>(out var text))
        {
            obj["name"] = text + " #" + copy.ToString(CultureInfo.InvariantCulture);
        }

        if (obj["latitude"] is JsonValue lat && obj["longitude"] is JsonValue lon)
        {
            var delta = ((i % 200) - 100) * 0.0001;
            obj["latitude"] = Math.Round(Math.Clamp(lat.GetValue<double>() + delta, -90, 90), 6);
            obj["longitude"] = Math.Round(Math.Clamp(lon.GetValue<double>() - delta, -180, 180), 6);
        }

        if (obj["kind"] is JsonValue kind && kind.TryGetValue<string>(out var estimateKind))
        {
            var more = i % 1000;
            if (ValueEstimateKinds.Contains(estimateKind) && obj["value"] is JsonValue value)
            {
                obj["value"] = value.GetValue<long>() + more;
            }
            else if (estimateKind == "range" && obj["low"] is JsonValue low && obj["high"] is JsonValue high)
            {
                obj["low"] = low.GetValue<long>() + more;
                obj["high"] = high.GetValue<long>() + more;
            }
        }
    }

    private static void ShiftTime(JsonObject time, string precision, int i)
    {
        // Moving every date of one EventTime by the same calendar step keeps its anchor valid and its range overlapping.
        Func<DateOnly, DateOnly> shift = precision switch
        {
            "week" => d => d.AddDays(7 * (i / 7)),
            "month" => d => d.AddMonths(i / 30),
            "year" => d => d.AddYears(i / 365),
            _ => d => d.AddDays(i),
        };

        if (time["date"] is JsonValue date)
        {
            time["date"] = Shift(date, shift);
        }

        if (time["range"] is JsonObject range)
        {
            range["start"] = Shift(range["start"]!.AsValue(), shift);
            range["end"] = Shift(range["end"]!.AsValue(), shift);
        }

        if (time["instant"] is JsonValue instant)
        {
            var at = DateTimeOffset.Parse(instant.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddDays(i);
            time["instant"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
    }

    private static string Shift(JsonValue date, Func<DateOnly, DateOnly> shift) =>
        shift(DateOnly.ParseExact(date.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
