using System.Text;
using System.Text.Json;

namespace ConflictModel.Benchmarks.Data;

/// <summary>One JSON token with its value already decoded: what any serializer has in hand before it writes.</summary>
public readonly record struct JsonToken(JsonTokenType Type, byte[]? Utf8, long Whole, double Real, bool IsWhole);

/// <summary>
/// The floors: the least work any reader or writer of the same JSON can do. Reading: one Utf8JsonReader pass that
/// touches every token. Writing: one Utf8JsonWriter pass that writes the same tokens from decoded values.
/// </summary>
public static class JsonTokens
{
    public static JsonToken[] Tokenize(ReadOnlySpan<byte> json)
    {
        var tokens = new List<JsonToken>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            tokens.Add(reader.TokenType switch
            {
                // Strings are kept unescaped, as a model holds them; the writer escapes them again.
                JsonTokenType.PropertyName or JsonTokenType.String => new JsonToken(reader.TokenType, Encoding.UTF8.GetBytes(reader.GetString()!), 0, 0, false),
                JsonTokenType.Number when reader.TryGetInt64(out var whole) => new JsonToken(reader.TokenType, null, whole, 0, true),
                JsonTokenType.Number => new JsonToken(reader.TokenType, null, 0, reader.GetDouble(), false),
                _ => new JsonToken(reader.TokenType, null, 0, 0, false),
            });
        }

        return [.. tokens];
    }

    public static void Replay(Utf8JsonWriter writer, JsonToken[] tokens)
    {
        foreach (ref readonly var token in tokens.AsSpan())
        {
            switch (token.Type)
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
                    writer.WritePropertyName(token.Utf8);
                    break;
                case JsonTokenType.String:
                    writer.WriteStringValue(token.Utf8);
                    break;
                case JsonTokenType.Number when token.IsWhole:
                    writer.WriteNumberValue(token.Whole);
                    break;
                case JsonTokenType.Number:
                    writer.WriteNumberValue(token.Real);
                    break;
                case JsonTokenType.True:
                    writer.WriteBooleanValue(true);
                    break;
                case JsonTokenType.False:
                    writer.WriteBooleanValue(false);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }
    }

    /// <summary>Reads every token and touches its bytes; returns a checksum so the pass cannot be skipped.</summary>
    public static long Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        long sum = 0;
        while (reader.Read())
        {
            var value = reader.ValueSpan;
            sum += (int)reader.TokenType + value.Length + (value.IsEmpty ? 0 : value[0]);
        }

        return sum;
    }
}
