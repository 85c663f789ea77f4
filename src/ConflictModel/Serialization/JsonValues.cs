using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;

namespace ConflictModel.Serialization;

/// <summary>Reads and writes the scalar schema types; used by generated code. The reader is on the value's token.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValues
{
    /// <summary>Reads a string.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The string.</returns>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        CheckString(ref reader);
        return GetSharedString(ref reader);
    }

    /// <summary>
    /// Decodes the current string or property name, sharing the string of a short one read before on this thread:
    /// short values repeat across events (names, places, outlets, an import's column names).
    /// </summary>
    /// <param name="reader">The reader, on a string or a property name.</param>
    /// <returns>The text.</returns>
    internal static string GetSharedString(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= StringCache.MaxBytes
            ? StringCache.Get(ref reader)
            : GetString(ref reader);

    /// <summary>
    /// Reads a string that never repeats, such as an event's own id: past the cache of shared strings, where it would
    /// only take the slot of a value that does repeat.
    /// </summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The string.</returns>
    internal static string ReadUniqueString(ref Utf8JsonReader reader)
    {
        CheckString(ref reader);
        return GetString(ref reader);
    }

    // The token is a string within the length limit.
    private static void CheckString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            JsonErrors.Expected(ref reader, "a string");
        }

        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (!ConflictJsonLimits.StringFits(length))
        {
            JsonErrors.Fail(ref reader, $"a string of {length} bytes is longer than the limit of {ConflictJsonLimits.Current.MaxStringLength}");
        }
    }

    /// <summary>Decodes the current string token or property name, failing at it when it is not valid UTF-8 or has a broken escape.</summary>
    /// <param name="reader">The reader, on a string or a property name.</param>
    /// <returns>The text.</returns>
    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            JsonErrors.Fail(ref reader, TextDecoding.Problem, e);
            return string.Empty;
        }
    }

    /// <summary>
    /// Moves a generated reader from a property's name to its value: fails when the object had the property before,
    /// marks it seen, and says whether the value is other than null.
    /// </summary>
    /// <param name="reader">The reader, on the property name; it ends on the value's first token.</param>
    /// <param name="seen">Whether this object had the property before; set by this call.</param>
    /// <param name="wireName">The property's wire name, for the duplicate's error.</param>
    /// <returns>False when the value is <c>null</c>.</returns>
    /// <exception cref="ConflictJsonException">The object had the property before.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextValue(ref Utf8JsonReader reader, ref bool seen, string wireName)
    {
        if (seen)
        {
            JsonErrors.Duplicate(ref reader, wireName);
        }

        seen = true;
        reader.Read();
        return reader.TokenType != JsonTokenType.Null;
    }

    /// <summary>Reads a list: the array's items, each with <paramref name="read"/>, within the length limit.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, on the array's start; it ends on the array's end.</param>
    /// <param name="read">Reads one item.</param>
    /// <param name="expected">What the error says was expected when the value is not an array.</param>
    /// <returns>The items, in one array of their exact number.</returns>
    public static ValueList<T> ReadList<T>(ref Utf8JsonReader reader, JsonValueReader<T> read, string expected = "an array")
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            JsonErrors.Expected(ref reader, expected);
        }

        var items = default(ListBuilder<T>);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(read(ref reader));
            CheckCount(ref reader, items.Count);
        }

        return items.ToValueList();
    }

    /// <summary>Checks a list being read against the length limit; call after each item is added.</summary>
    /// <param name="reader">The reader, on the item's last token.</param>
    /// <param name="count">The items read so far.</param>
    public static void CheckCount(ref Utf8JsonReader reader, int count)
    {
        if (!ConflictJsonLimits.ListFits(count))
        {
            JsonErrors.Fail(ref reader, $"a list of more than {ConflictJsonLimits.Current.MaxArrayLength} items is longer than the limit");
        }
    }

    /// <summary>Reads true or false.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The value.</returns>
    public static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            JsonErrors.Expected(ref reader, "true or false");
        }

        return reader.TokenType == JsonTokenType.True;
    }

    /// <summary>Reads a whole number that fits an <see cref="int"/>.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The value.</returns>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            JsonErrors.Expected(ref reader, "a whole number");
        }

        if (!reader.TryGetInt32(out var value))
        {
            JsonErrors.Fail(ref reader, $"{Raw(ref reader)} is not a whole number between {int.MinValue} and {int.MaxValue}");
        }

        return value;
    }

    /// <summary>Reads a whole number that fits a <see cref="long"/>.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The value.</returns>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            JsonErrors.Expected(ref reader, "a whole number");
        }

        if (!reader.TryGetInt64(out var value))
        {
            JsonErrors.Fail(ref reader, $"{Raw(ref reader)} is not a whole number between {long.MinValue} and {long.MaxValue}");
        }

        return value;
    }

    /// <summary>Reads a number that fits a <see cref="decimal"/>.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The value.</returns>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            JsonErrors.Expected(ref reader, "a number");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            JsonErrors.Fail(ref reader, $"{Raw(ref reader)} is out of the range of a decimal");
        }

        return value;
    }

    /// <summary>Reads an ISO date, <c>yyyy-MM-dd</c>.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The date.</returns>
    public static LocalDate ReadLocalDate(ref Utf8JsonReader reader)
        => NodaJson.ReadLocalDate(ref reader);

    /// <summary>Reads an ISO instant, e.g. <c>2022-06-25T03:00:00Z</c>.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The instant.</returns>
    public static Instant ReadInstant(ref Utf8JsonReader reader)
        => NodaJson.ReadInstant(ref reader);

    /// <summary>Reads an absolute URI.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The URI.</returns>
    public static Uri ReadUri(ref Utf8JsonReader reader)
    {
        var text = ReadString(ref reader);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            JsonErrors.Fail(ref reader, $"'{text}' is not an absolute URI");
        }

        return uri;
    }

    /// <summary>Writes an ISO date.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    public static void WriteLocalDate(Utf8JsonWriter writer, LocalDate value)
        => NodaJson.Write(writer, value);

    /// <summary>Writes an ISO instant.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The instant.</param>
    public static void WriteInstant(Utf8JsonWriter writer, Instant value)
        => NodaJson.Write(writer, value);

    /// <summary>Writes a URI as its original string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The URI.</param>
    public static void WriteUri(Utf8JsonWriter writer, Uri value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.OriginalString);
    }

    private static string Raw(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
}
