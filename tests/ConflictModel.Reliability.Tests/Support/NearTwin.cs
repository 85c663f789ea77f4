using System.Buffers;
using System.Text;
using System.Text.Json;
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
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.Number:
                        var number = Encoding.UTF8.GetString(reader.ValueSpan);
                        writer.WriteRawValue(pcg.Next(2) == 0 ? Number(number) : number);
                        break;
                    case JsonTokenType.String:
                        var text = reader.GetString()!;
                        writer.WriteStringValue(pcg.Next(2) == 0 ? Link(text, pcg) : text);
                        break;
                    default:
                        Copy(ref reader, writer);
                        break;
                }
            }
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

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

    private static void Copy(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.PropertyName:
                writer.WritePropertyName(reader.GetString()!);
                break;
            case JsonTokenType.True:
            case JsonTokenType.False:
                writer.WriteBooleanValue(reader.GetBoolean());
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
        }
    }
}
