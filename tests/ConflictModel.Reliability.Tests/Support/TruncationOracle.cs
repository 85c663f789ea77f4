using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConflictModel.Reliability.Tests.Support;

/// <summary>
/// Where a prefix of a valid JSON document ends, as a JSON path: the innermost open container, named by the last
/// property or index entered in each enclosing container. Worked out independently of the library's locator by
/// reading the prefix as a partial block (which never fails on a valid prefix).
/// </summary>
internal static partial class TruncationOracle
{
    private sealed class Frame
    {
        public bool IsArray;
        public int Index = -1;
        public string? Property;
    }

    public static string PathAtEnd(byte[] prefix)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(prefix, isFinalBlock: false, default);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames[^1].Property = reader.GetString();
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    break;
                default:
                    if (frames.Count > 0 && frames[^1].IsArray)
                    {
                        frames[^1].Index++;
                    }

                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray });
                    }

                    break;
            }
        }

        // A partial block holds back a number at its very end (more digits may follow); the whole document does not.
        var rest = Encoding.UTF8.GetString(prefix.AsSpan((int)reader.BytesConsumed)).Trim();
        if (frames.Count > 0 && frames[^1].IsArray && CompleteNumber().IsMatch(rest))
        {
            frames[^1].Index++;
        }

        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (frame.Property is { } name)
            {
                path.Append('.').Append(name);
            }
        }

        return path.ToString();
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex CompleteNumber();
}
