using System.Text;
using System.Text.Json;
using CsCheck;

namespace ConflictModel.Reliability.Tests.Support;

/// <summary>
/// Damages JSON the ways files get damaged and attackers probe: flipped and set bytes, deletions, insertions of
/// JSON's own punctuation and of hostile tokens, truncation, duplicated chunks, and JSON-aware edits (swapping the
/// values of two properties, repeating a property, replacing a value with a hostile one or with a value from another
/// document). Deterministic for a given <see cref="PCG"/>.
/// </summary>
internal static class Mutator
{
    private static readonly byte[] InterestingBytes =
    [
        0x00, 0xFF, 0xFE, 0x80, 0xBF, 0xC0, 0xC3, 0xED, 0xEF, 0xF4, 0xF5,
        (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':',
        (byte)'0', (byte)'9', (byte)'-', (byte)'+', (byte)'e', (byte)'.', (byte)' ', (byte)'\n', (byte)'\r', (byte)'\t', (byte)'u', (byte)'/',
    ];

    /// <summary>Tokens a reader must survive, as raw bytes (some are not valid UTF-8).</summary>
    public static readonly byte[][] HostileTokens =
    [
        .. new[]
        {
            "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false", "0", "-0", "-1", "1.5", "1e400", "-1e400", "1e-400",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "1" + new string('0', 320),
            "NaN", "Infinity", "-Infinity", "\"NaN\"", "\"\"", "\" \"", "{}", "[]", "[{}]", "[null]", "{\"a\":1}",
            "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\u0000\"", "\"\\u00\"", "\"\\x41\"", "\"\\/\"", "\"a\\\"b\"",
            "\"type\"", "\"strike\"", "\"parade\"", "\"id\"", "\"where\"", "\"when\"", "\"sources\"", "\"$type\"", "\"__proto__\"",
            "\"precision\"", "\"month\"", "\"exact\"", "\"range\"", "\"qualifier\"", "\"2022-02-30\"", "\"2022-06-15\"",
            "\"9999-12-31T23:59:59.999999999Z\"", "\"-9998-01-01T00:00:00Z\"", "\"2022-06-24T10:00:00+02:00\"", "\"UA\"", "\"ua\"", "\"U\"",
            "\"https://example.org/a\"", "\"/relative\"", "\"javascript:alert(1)\"", "91", "-181", "180", "-90",
            "/*c*/", "//c\n", "\n", "\r\n", "\t", "\u2028", "\uFEFF", "\u00e9", "\ud83d\ude00",
            new string('[', 70), new string('{', 3) + "\"a\":" + new string('[', 70), new string(']', 70), "\"" + new string('x', 300) + "\"",
        }.Select(s => Encoding.UTF8.GetBytes(s)),
        [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0x22, 0xFF, 0x22],
    ];

    /// <summary>Applies one to four random mutations.</summary>
    public static byte[] Mutate(byte[] input, PCG pcg, IReadOnlyList<byte[]> donors)
    {
        var data = input;
        var count = pcg.Next(4) switch { 0 => 2, 1 => 3 + (int)pcg.Next(2), _ => 1 };
        for (var i = 0; i < count; i++)
        {
            data = MutateOnce(data, pcg, donors);
        }

        return data;
    }

    public static byte[] MutateOnce(byte[] data, PCG pcg, IReadOnlyList<byte[]> donors)
    {
        var op = pcg.Next(14);
        if (data.Length == 0)
        {
            op = 4;
        }

        switch (op)
        {
            case 0:
            {
                var copy = (byte[])data.Clone();
                copy[pcg.Next((uint)copy.Length)] ^= (byte)(1 << (int)pcg.Next(8));
                return copy;
            }

            case 1:
            {
                var copy = (byte[])data.Clone();
                copy[pcg.Next((uint)copy.Length)] = pcg.Next(2) == 0 ? (byte)pcg.Next(256) : InterestingBytes[pcg.Next((uint)InterestingBytes.Length)];
                return copy;
            }

            case 2:
            {
                var at = (int)pcg.Next((uint)data.Length);
                var length = 1 + (int)pcg.Next(pcg.Next(4) == 0 ? 64u : 8u);
                return Splice(data, at, Math.Min(length, data.Length - at), []);
            }

            case 3:
                return data[..(int)pcg.Next((uint)data.Length)];
            case 4:
            case 5:
                return Splice(data, (int)pcg.Next((uint)data.Length + 1), 0, HostileTokens[pcg.Next((uint)HostileTokens.Length)]);
            case 6:
            {
                var at = (int)pcg.Next((uint)data.Length);
                var length = 1 + (int)pcg.Next((uint)Math.Min(64, data.Length - at));
                return Splice(data, (int)pcg.Next((uint)data.Length + 1), 0, data.AsSpan(at, length).ToArray());
            }

            default:
                return MutateStructure(data, pcg, donors, op) ?? MutateOnce(data, pcg, donors);
        }
    }

    private static byte[]? MutateStructure(byte[] data, PCG pcg, IReadOnlyList<byte[]> donors, uint op)
    {
        var (values, properties) = Index(data);
        if (values.Count < 2)
        {
            return null;
        }

        switch (op)
        {
            case 7:
            case 8:
            {
                // Swap the values of two properties (or two items), neither inside the other.
                for (var attempt = 0; attempt < 8; attempt++)
                {
                    var a = values[(int)pcg.Next((uint)values.Count)];
                    var b = values[(int)pcg.Next((uint)values.Count)];
                    if (a.End <= b.Start || b.End <= a.Start)
                    {
                        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
                        var result = new List<byte>(data.Length);
                        result.AddRange(data.AsSpan(0, first.Start).ToArray());
                        result.AddRange(data.AsSpan(second.Start, second.End - second.Start).ToArray());
                        result.AddRange(data.AsSpan(first.End, second.Start - first.End).ToArray());
                        result.AddRange(data.AsSpan(first.Start, first.End - first.Start).ToArray());
                        result.AddRange(data.AsSpan(second.End).ToArray());
                        return result.ToArray();
                    }
                }

                return null;
            }

            case 9:
            {
                // Repeat a property in its object.
                if (properties.Count == 0)
                {
                    return null;
                }

                var p = properties[(int)pcg.Next((uint)properties.Count)];
                var copy = data.AsSpan(p.Start, p.End - p.Start).ToArray();
                return pcg.Next(2) == 0
                    ? Splice(data, p.End, 0, [(byte)',', .. copy])
                    : Splice(data, p.Start, 0, [.. copy, (byte)',']);
            }

            case 10:
            case 11:
            {
                var v = values[(int)pcg.Next((uint)values.Count)];
                return Splice(data, v.Start, v.End - v.Start, HostileTokens[pcg.Next((uint)HostileTokens.Length)]);
            }

            case 12:
            {
                // A value from another document in place of this one.
                var donor = donors[(int)pcg.Next((uint)donors.Count)];
                var (donorValues, _) = Index(donor);
                if (donorValues.Count == 0)
                {
                    return null;
                }

                var from = donorValues[(int)pcg.Next((uint)donorValues.Count)];
                var to = values[(int)pcg.Next((uint)values.Count)];
                return Splice(data, to.Start, to.End - to.Start, donor.AsSpan(from.Start, from.End - from.Start).ToArray());
            }

            default:
            {
                // Remove a property (and its comma when it has one after it).
                if (properties.Count == 0)
                {
                    return null;
                }

                var p = properties[(int)pcg.Next((uint)properties.Count)];
                var end = p.End < data.Length && data[p.End] == (byte)',' ? p.End + 1 : p.End;
                return Splice(data, p.Start, end - p.Start, []);
            }
        }
    }

    /// <summary>The byte spans of every value and every property (name to end of value) of a JSON document, as far as it parses.</summary>
    public static (List<(int Start, int End)> Values, List<(int Start, int End)> Properties) Index(byte[] data)
    {
        var values = new List<(int, int)>();
        var properties = new List<(int, int)>();
        var open = new Stack<(int Start, int NameStart)>();
        var nameStart = -1;
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { MaxDepth = 256, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        nameStart = (int)reader.TokenStartIndex;
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        open.Push(((int)reader.TokenStartIndex, nameStart));
                        nameStart = -1;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var (start, name) = open.Pop();
                        values.Add((start, (int)reader.BytesConsumed));
                        if (name >= 0)
                        {
                            properties.Add((name, (int)reader.BytesConsumed));
                        }

                        break;
                    default:
                        values.Add(((int)reader.TokenStartIndex, (int)reader.BytesConsumed));
                        if (nameStart >= 0)
                        {
                            properties.Add((nameStart, (int)reader.BytesConsumed));
                        }

                        nameStart = -1;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Damaged already: the spans found so far still serve.
        }

        return (values, properties);
    }

    public static byte[] Splice(byte[] data, int at, int remove, ReadOnlySpan<byte> insert)
    {
        var result = new byte[data.Length - remove + insert.Length];
        data.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        data.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }
}
