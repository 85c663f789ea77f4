using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Reliability.Tests.Support;

/// <summary>
/// Whether an event read back after a write is the event that was written: equal in everything, except that a known
/// kind is written at its current schema version and that values kept verbatim (unknown properties, events of unknown
/// kinds) need only keep their JSON meaning — a value read from indented JSON is written on one line.
/// </summary>
internal static class EventNormal
{
    public static bool Same(ConflictEvent written, ConflictEvent read) => Difference(written, read) is null;

    public static void AssertSame(ConflictEvent written, ConflictEvent read)
    {
        if (Difference(written, read) is { } difference)
        {
            throw new Xunit.Sdk.XunitException("the event read back differs: " + difference);
        }
    }

    public static string? Difference(ConflictEvent written, ConflictEvent read)
    {
        if (written.GetType() != read.GetType())
        {
            return $"{written.GetType().Name} became {read.GetType().Name}";
        }

        if (written is UnknownEvent a && read is UnknownEvent b)
        {
            return a.Type != b.Type || a.Id != b.Id || a.SchemaVersion != b.SchemaVersion
                ? $"unknown event {a.Type}/{a.Id}/{a.SchemaVersion} became {b.Type}/{b.Id}/{b.SchemaVersion}"
                : SameJson(a.RawJson, b.RawJson) ? null : $"its JSON changed meaning: {a.RawJson} became {b.RawJson}";
        }

        if (written.UnknownFields.Count != read.UnknownFields.Count)
        {
            return $"{written.UnknownFields.Count} kept fields became {read.UnknownFields.Count}";
        }

        for (var i = 0; i < written.UnknownFields.Count; i++)
        {
            var (x, y) = (written.UnknownFields[i], read.UnknownFields[i]);
            if (x.Name != y.Name || !SameJson(x.RawJson, y.RawJson))
            {
                return $"kept field {x.Name} = {x.RawJson} became {y.Name} = {y.RawJson}";
            }
        }

        var expected = written with { SchemaVersion = written.EventKind.Version, UnknownFields = default };
        return expected.Equals(read with { UnknownFields = default }) ? null : "its values changed";
    }

    /// <summary>Same JSON meaning: objects as property lists (in order, as duplicates may be kept), strings decoded, numbers by text.</summary>
    private static bool SameJson(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        try
        {
            using var x = JsonDocument.Parse(a);
            using var y = JsonDocument.Parse(b);
            return Same(x.RootElement, y.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Text that does not decode (a kept \u escape that is no valid surrogate) is compared as written, blanks between tokens aside.
            return EnvelopeWriter.Compact(a) == EnvelopeWriter.Compact(b);
        }
    }

    private static bool Same(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var left = a.EnumerateObject().ToList();
                var right = b.EnumerateObject().ToList();
                return left.Count == right.Count && left.Zip(right).All(p => p.First.NameEquals(p.Second.Name) && Same(p.First.Value, p.Second.Value));
            case JsonValueKind.Array:
                return a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => Same(p.First, p.Second));
            case JsonValueKind.String:
                return a.ValueEquals(b.GetString());
            case JsonValueKind.Number:
                return a.GetRawText() == b.GetRawText();
            default:
                return true;
        }
    }
}
