using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ConflictModel.Serialization;

/// <summary>
/// Finds the line, the position in the line and the JSON path of a byte offset in a document. Runs only after a
/// failure, so reading pays nothing for paths it never reports.
/// </summary>
internal static class JsonLocator
{
    /// <summary>The most characters of a property name a path holds; a longer name is cut and marked with '…'.</summary>
    public const int MaxNameInPath = 64;

    private struct Frame
    {
        public bool IsArray;
        public int Index;

        /// <summary>The current property's name (its first <see cref="MaxNameInPath"/> characters), or null before the first.</summary>
        public string? Property;

        /// <summary>Whether <see cref="Property"/> was cut.</summary>
        public bool Cut;

        /// <summary>Whether the current property's name does not decode, so no path can name it or what it holds.</summary>
        public bool Undecodable;
    }

    /// <summary>The 1-based line and 0-based byte in line of <paramref name="position"/>.</summary>
    public static (long Line, long Column) LineOf(ReadOnlySpan<byte> json, long position)
    {
        var end = (int)Math.Clamp(position, 0, json.Length);
        var before = json[..end];
        var line = 1L + before.Count((byte)'\n');
        var lastBreak = before.LastIndexOf((byte)'\n');
        return (line, end - lastBreak - 1);
    }

    /// <summary>The byte offset of a 1-based line and 0-based byte in line.</summary>
    public static long OffsetOf(ReadOnlySpan<byte> json, long line, long column)
    {
        var offset = 0;
        for (var l = 1L; l < line; l++)
        {
            var next = json[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return json.Length;
            }

            offset += next + 1;
        }

        return Math.Min(offset + column, json.Length);
    }

    /// <summary>The JSON path of the token that starts at or after <paramref name="position"/>, e.g. <c>$.targets[1].name</c>.</summary>
    public static string PathOf(ReadOnlySpan<byte> json, long position, int maxDepth)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Math.Max(maxDepth, 1) + 1 });
        try
        {
            while (reader.Read())
            {
                var at = reader.TokenStartIndex >= position;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        SetTop(frames, ref reader);
                        if (at)
                        {
                            return Build(frames, frames.Count);
                        }

                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (at)
                        {
                            return Build(frames, frames.Count - 1);
                        }

                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        NextIndex(frames);
                        if (at)
                        {
                            return Build(frames, frames.Count);
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray, Index = -1 });
                        }

                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // The document breaks here: the path so far is where.
        }

        return Build(frames, frames.Count);
    }

    /// <summary>
    /// The byte offset of the first string or property name whose bytes are not valid UTF-8 inside the object or array
    /// that ends at <paramref name="end"/>, or -1 when there is none. Finds the text a whole value failed on when it
    /// was kept verbatim.
    /// </summary>
    public static long FirstInvalidUtf8Within(ReadOnlySpan<byte> json, long end, int maxDepth)
    {
        // Per open object or array: the first invalid text in it so far, or -1.
        var firsts = new List<long>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Math.Max(maxDepth, 1) + 1 });
        try
        {
            while (reader.Read() && reader.TokenStartIndex <= end)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        firsts.Add(-1);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var first = firsts[^1];
                        firsts.RemoveAt(firsts.Count - 1);
                        if (reader.TokenStartIndex == end)
                        {
                            return first;
                        }

                        if (first >= 0 && firsts.Count > 0 && firsts[^1] < 0)
                        {
                            firsts[^1] = first;
                        }

                        break;
                    case JsonTokenType.String:
                    case JsonTokenType.PropertyName:
                        if (firsts.Count > 0 && firsts[^1] < 0 && !IsValidUtf8(ref reader))
                        {
                            firsts[^1] = reader.TokenStartIndex;
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The document breaks before the end: no value ends there.
        }

        return -1;
    }

    /// <summary>Whether the bytes of the current string or property name, as written (escapes left as they are), are valid UTF-8.</summary>
    public static bool IsValidUtf8(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? Utf8.IsValid(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)) : Utf8.IsValid(reader.ValueSpan);

    private static void SetTop(List<Frame> frames, ref Utf8JsonReader reader)
    {
        if (frames.Count > 0)
        {
            var top = frames[^1];
            top.Property = NameOf(ref reader, out top.Cut, out top.Undecodable);
            frames[^1] = top;
        }
    }

    /// <summary>
    /// The current property name as a path shows it: its first <see cref="MaxNameInPath"/> characters (<paramref name="cut"/>
    /// when there are more), decoding no more of a long name than that; null when the name does not decode.
    /// </summary>
    private static string? NameOf(ref Utf8JsonReader reader, out bool cut, out bool undecodable)
    {
        cut = false;
        undecodable = false;
        string name;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var bytes = reader.ValueSpan;
            if (!Utf8.IsValid(bytes))
            {
                undecodable = true;
                return null;
            }

            // A character takes at most 4 bytes (a surrogate pair, 2 characters, also 4): this prefix holds enough.
            var take = Math.Min(bytes.Length, (MaxNameInPath + 1) * 4);
            while (take < bytes.Length && (bytes[take] & 0xC0) == 0x80)
            {
                take--; // not inside a character's bytes
            }

            name = Encoding.UTF8.GetString(bytes[..take]);
            cut = take < bytes.Length;
        }
        else
        {
            try
            {
                name = reader.GetString()!;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // Not valid UTF-8, or a broken \u escape (a lone surrogate).
                undecodable = true;
                return null;
            }
        }

        if (name.Length > MaxNameInPath)
        {
            var length = char.IsHighSurrogate(name[MaxNameInPath - 1]) ? MaxNameInPath - 1 : MaxNameInPath;
            name = name[..length];
            cut = true;
        }

        return name;
    }

    private static void NextIndex(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            var top = frames[^1];
            top.Index++;
            frames[^1] = top;
        }
    }

    private static string Build(List<Frame> frames, int count)
    {
        var builder = new StringBuilder("$");
        for (var i = 0; i < count && i < frames.Count; i++)
        {
            var frame = frames[i];
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    builder.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (frame.Undecodable)
            {
                // A name that does not decode cannot be shown: the path stops at the object that holds it.
                break;
            }
            else if (frame.Property is { } name)
            {
                AppendMember(builder, name, frame.Cut);
            }
        }

        return builder.ToString();
    }

    /// <summary>The path of the member <paramref name="name"/> of the object at <paramref name="path"/>.</summary>
    /// <param name="path">The object's path, e.g. <c>$.origin.fields</c>.</param>
    /// <param name="name">The member's name.</param>
    /// <returns><c>path.name</c>, or <c>path['name']</c> when the name is not a plain identifier.</returns>
    public static string MemberOf(string path, string name) => AppendMember(new StringBuilder(path), name, cut: false).ToString();

    // A name cut short is always quoted, with an ellipsis where it was cut.
    private static StringBuilder AppendMember(StringBuilder builder, string name, bool cut) =>
        !cut && IsPlain(name)
            ? builder.Append('.').Append(name)
            : builder.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append(cut ? "…']" : "']");

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_' || name[0] == '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$'))
            {
                return false;
            }
        }

        return true;
    }
}
