using System;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

using static ConflictModel.Serialization.PrimitiveReading;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes the NodaTime values the primitives use: <see cref="LocalDate"/> as <c>"yyyy-MM-dd"</c>
/// (<see cref="LocalDatePattern.Iso"/>), <see cref="Instant"/> as <c>"yyyy-MM-ddTHH:mm:ss[.fffffffff]Z"</c>
/// (<see cref="InstantPattern.ExtendedIso"/>), and <see cref="DateInterval"/> as <c>{"start":"…","end":"…"}</c>,
/// inclusive at both ends.
/// </summary>
/// <remarks>
/// <para>
/// Like a <c>System.Text.Json</c> converter, each <c>Read…</c> method expects the reader to be positioned on the first token
/// of the value, with the whole value in the reader's buffer, and leaves it on the last token of the value. JSON null is
/// never passed: callers handle it. Each <c>Write</c> method writes the value only.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class NodaJson
{
    /// <summary>The JSON Schema (draft 2020-12) of a <see cref="LocalDate"/>.</summary>
    public const string LocalDateSchema = """{"description":"A calendar date in the ISO calendar, as yyyy-MM-dd.","type":"string","format":"date"}""";

    /// <summary>The JSON Schema (draft 2020-12) of an <see cref="Instant"/>.</summary>
    public const string InstantSchema = """{"description":"An instant on the global time line, in UTC, as yyyy-MM-ddTHH:mm:ss with up to nine fractional digits of the second and a final Z.","type":"string","format":"date-time","pattern":"^-?[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$"}""";

    /// <summary>The JSON Schema (draft 2020-12) of a <see cref="DateInterval"/>.</summary>
    public const string DateIntervalSchema = """{"description":"A span of calendar days, inclusive at both ends.","type":"object","properties":{"start":{"description":"The first day of the span, as yyyy-MM-dd.","type":"string","format":"date"},"end":{"description":"The last day of the span (inclusive, not before start), as yyyy-MM-dd.","type":"string","format":"date"}},"required":["start","end"],"additionalProperties":false}""";

    private const int StartBit = 1;
    private const int EndBit = 2;

    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");

    // The index of each property of a date interval in the switch of ReadDateInterval; its bit in seen is 1 << index.
    private static readonly JsonNameTable IntervalProperties = new("start", "end");

    /// <summary>Reads a date written as <c>"yyyy-MM-dd"</c>.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The date, in the ISO calendar.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string, or not a valid date of that form.</exception>
    public static LocalDate ReadLocalDate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            JsonErrors.Expected(ref reader, "a string");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && IsoText.TryParseDate(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        string text = reader.GetString()!;
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            JsonErrors.Fail(ref reader, $"'{text}' is not a date of the form yyyy-MM-dd", result.Exception);
        }

        return result.Value;
    }

    /// <summary>Writes a date as <c>"yyyy-MM-dd"</c>; a date in another calendar is converted to the ISO calendar first.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, LocalDate value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var iso = InIso(value);
        // yyyy-MM-dd written straight to bytes: the pattern engine allocates per call, and dates are on every event.
        Span<byte> text = stackalloc byte[10];
        if (IsoText.TryFormatDate(iso, text))
        {
            writer.WriteStringValue(text);
            return;
        }

        writer.WriteStringValue(LocalDatePattern.Iso.Format(iso));
    }

    /// <summary>Reads an instant written as <c>"yyyy-MM-ddTHH:mm:ss[.fffffffff]Z"</c>.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string, or not a valid instant of that form.</exception>
    public static Instant ReadInstant(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            JsonErrors.Expected(ref reader, "a string");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && IsoText.TryParseInstant(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        string text = reader.GetString()!;
        ParseResult<Instant> result = InstantPattern.ExtendedIso.Parse(text);
        if (!result.Success)
        {
            JsonErrors.Fail(ref reader, $"'{text}' is not an instant of the form yyyy-MM-ddTHH:mm:ss[.fffffffff]Z", result.Exception);
        }

        return result.Value;
    }

    /// <summary>Writes an instant as <c>"yyyy-MM-ddTHH:mm:ss[.fffffffff]Z"</c>, with as many fractional digits as it needs.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The instant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Instant value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[IsoText.MaxInstantLength];
        if (IsoText.TryFormatInstant(value, text, out var length))
        {
            writer.WriteStringValue(text[..length]);
            return;
        }

        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }

    /// <summary>Reads a span of days written as <c>{"start":"yyyy-MM-dd","end":"yyyy-MM-dd"}</c>, inclusive at both ends.</summary>
    /// <param name="reader">The reader, positioned on the StartObject token; left on the matching EndObject.</param>
    /// <returns>The interval, in the ISO calendar.</returns>
    /// <exception cref="ConflictJsonException">The value is not such an object, a property is missing or repeated, a date is
    /// malformed, or the end is before the start.</exception>
    /// <exception cref="UnknownJsonContentException">The object has a property this version does not know.</exception>
    public static DateInterval ReadDateInterval(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object");
        }

        LocalDate start = default;
        LocalDate end = default;
        long endAt = 0;
        int seen = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            switch (Property(ref reader, IntervalProperties, ref seen, "DateInterval"))
            {
                case 0:
                    start = ReadLocalDate(ref reader);
                    break;
                case 1:
                    endAt = reader.TokenStartIndex;
                    end = ReadLocalDate(ref reader);
                    break;
            }
        }

        if ((seen & StartBit) == 0)
        {
            JsonErrors.Fail(ref reader, "missing required property 'start'");
        }

        if ((seen & EndBit) == 0)
        {
            JsonErrors.Fail(ref reader, "missing required property 'end'");
        }

        try
        {
            return new DateInterval(start, end);
        }
        catch (ArgumentException e)
        {
            // At the end's token, kept as its offset rather than as a copy of the whole reader.
            throw new ConflictJsonException($"end {Format(end)} is before start {Format(start)}", endAt, e);
        }
    }

    /// <summary>Writes a span of days as <c>{"start":"yyyy-MM-dd","end":"yyyy-MM-dd"}</c>, inclusive at both ends.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The interval; dates in another calendar are converted to the ISO calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, DateInterval value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName(StartName);
        Write(writer, value.Start);
        writer.WritePropertyName(EndName);
        Write(writer, value.End);
        writer.WriteEndObject();
    }

    private static LocalDate InIso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
