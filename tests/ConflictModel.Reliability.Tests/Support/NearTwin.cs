using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace ConflictModel.Reliability.Tests.Support;

/// <summary>
/// Rewrites a JSON document into a near twin: values that .NET calls equal but that are written differently. A
/// number gains a trailing zero after its point (1.5 → 1.50, a decimal's scale) or flips the sign of zero (0 ↔ -0); a
/// web link gains a fragment or a user (<see cref="Uri.Equals(object)"/> ignores both). Readers that share equal
/// values met in turn must still hand each value back as it was written.
/// </summary>
internal static class NearTwin
{
    /// <summary>The twin of <paramref name="json"/>: each value that has a twin form takes it with a chance of one in two.</summary>
    public static string Of(string json, PCG pcg)
    {
        var root = JsonNode.Parse(json);
        Rewrite(root, pcg);
        return root?.ToJsonString() ?? "null";
    }

    // Replaces the values under node, in place, by their twins.
    private static void Rewrite(JsonNode? node, PCG pcg)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (TwinOf(child, pcg) is { } twin)
                    {
                        obj[name] = twin;
                    }
                    else
                    {
                        Rewrite(child, pcg);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (TwinOf(array[i], pcg) is { } twin)
                    {
                        array[i] = twin;
                    }
                    else
                    {
                        Rewrite(array[i], pcg);
                    }
                }

                break;
        }
    }

    // A number's or a string's twin, or null to keep the node (a parsed number keeps its spelling when written).
    private static JsonNode? TwinOf(JsonNode? node, PCG pcg) => node is JsonValue value && pcg.Next(2) == 0
        ? value.GetValueKind() switch
        {
            JsonValueKind.Number => JsonNode.Parse(Number(value.ToJsonString())),
            JsonValueKind.String => JsonValue.Create(Link(value.GetValue<string>(), pcg)),
            _ => null,
        }
        : null;

    /// <summary>The number's other spelling of the same value, or the number itself when it has none.</summary>
    public static string Number(string number)
    {
        if (number is "0" or "0.0")
        {
            return "-" + number;
        }

        if (number is "-0" or "-0.0")
        {
            return number[1..];
        }

        if (number.Contains('.', StringComparison.Ordinal))
        {
            var exponent = number.IndexOfAny(['e', 'E']);
            return exponent < 0 ? number + "0" : number[..exponent] + "0" + number[exponent..];
        }

        return number;
    }

    /// <summary>A web link with a fragment or a user added, or the text itself when it is not one.</summary>
    public static string Link(string text, PCG pcg)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return text;
        }

        return pcg.Next(2) == 0 || uri.UserInfo.Length > 0
            ? text + (uri.Fragment.Length > 0 ? "x" : "#twin")
            : text.Insert(uri.Scheme.Length + 3, "twin@");
    }
}
