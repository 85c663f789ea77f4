using System.Globalization;
using System.Text.Json;

namespace ConflictModel.Reliability.Tests.Support;

/// <summary>
/// Compares JSON documents by meaning: objects as sets of properties (in any order), arrays in order, strings by their
/// decoded value, numbers by value. Returns the path of the first difference, or null when they are equal.
/// </summary>
internal static class JsonCompare
{
    public static string? Difference(string expected, string actual)
    {
        using var a = JsonDocument.Parse(expected);
        using var b = JsonDocument.Parse(actual);
        return Difference(a.RootElement, b.RootElement, "$");
    }

    public static string? Difference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: expected {expected.ValueKind} {Short(expected)}, found {actual.ValueKind} {Short(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var left = Properties(expected, path);
                var right = Properties(actual, path);
                foreach (var (name, value) in left)
                {
                    if (!right.TryGetValue(name, out var other))
                    {
                        return $"{path}.{name}: missing";
                    }

                    if (Difference(value, other, path + "." + name) is { } d)
                    {
                        return d;
                    }
                }

                foreach (var name in right.Keys)
                {
                    if (!left.ContainsKey(name))
                    {
                        return $"{path}.{name}: unexpected {Short(right[name])}";
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path}: expected {expected.GetArrayLength()} items, found {actual.GetArrayLength()}";
                }

                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    if (Difference(expected[i], actual[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {Show.Text(expected.GetString()!, 200)}, found {Show.Text(actual.GetString()!, 200)}";
            case JsonValueKind.Number:
                return NumbersEqual(expected, actual) ? null : $"{path}: expected {expected.GetRawText()}, found {actual.GetRawText()}";
            default:
                return null;
        }
    }

    private static Dictionary<string, JsonElement> Properties(JsonElement element, string path)
    {
        var map = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            if (!map.TryAdd(p.Name, p.Value))
            {
                throw new InvalidOperationException($"{path}: duplicate property '{p.Name}'");
            }
        }

        return map;
    }

    private static bool NumbersEqual(JsonElement a, JsonElement b)
    {
        if (a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y))
        {
            return x == y;
        }

        return double.Parse(a.GetRawText(), CultureInfo.InvariantCulture) == double.Parse(b.GetRawText(), CultureInfo.InvariantCulture);
    }

    private static string Short(JsonElement e)
    {
        var raw = e.GetRawText();
        return raw.Length > 120 ? raw[..120] + "…" : raw;
    }
}
