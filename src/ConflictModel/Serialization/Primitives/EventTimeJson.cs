using System;
using System.Text.Json;
using NodaTime;

using static ConflictModel.Serialization.PrimitiveReading;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="EventTime"/> as
/// <c>{"precision":"day","date":"2022-06-24","instant":"…","range":{"start":"2022-06-20","end":"2022-06-24"},"partOfDay":"night","phrase":"on Friday"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>precision</c> is required and always written; the other properties are written only when they have a value.
/// Reading validates the parts together through <see cref="EventTime.Create"/>, so for example a month precision whose
/// date is not the 1st of the month is rejected at the date.
/// </para>
/// <para>
/// Like a <c>System.Text.Json</c> converter, <see cref="Read"/> expects the reader to be positioned on the first token of
/// the value, with the whole value in the reader's buffer, and leaves it on the last token. JSON null is never passed:
/// callers handle it. <see cref="Write"/> writes the value only.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class EventTimeJson
{
    /// <summary>The JSON Schema (draft 2020-12) of an <see cref="EventTime"/>.</summary>
    public const string Schema =
        """{"description":"When an event happened, to the precision the report gives it: an exact instant, a day, an ISO week, a month, a year, or only a span of days. An exact time has an instant and neither date nor range; any other has a date, a range or both, and no instant. The date is the anchor of its precision: the day, the Monday of the ISO week, the 1st of the month or 1 January; with a range, the span the date implies overlaps it. A part of day is only allowed with day or exact precision.","type":"object","properties":{"precision":"""
        + PrimitiveEnumsJson.TimePrecisionSchema
        + ""","date":{"description":"The anchor date of the precision: the day, the Monday of the ISO week, the 1st of the month or 1 January, as yyyy-MM-dd.","type":"string","format":"date"},"instant":"""
        + NodaJson.InstantSchema
        + ""","range":"""
        + NodaJson.DateIntervalSchema
        + ""","partOfDay":"""
        + PrimitiveEnumsJson.PartOfDaySchema
        + ""","phrase":{"description":"The report's own wording for the time, for example on Friday.","type":"string","pattern":"\\S"}},"required":["precision"],"additionalProperties":false,"if":{"properties":{"precision":{"const":"exact"}}},"then":{"required":["instant"],"not":{"anyOf":[{"required":["date"]},{"required":["range"]}]}},"else":{"not":{"required":["instant"]},"anyOf":[{"required":["date"]},{"required":["range"]}]}}""";

    private const int PrecisionBit = 1;

    private static readonly JsonEncodedText PrecisionName = JsonEncodedText.Encode("precision");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText InstantName = JsonEncodedText.Encode("instant");
    private static readonly JsonEncodedText RangeName = JsonEncodedText.Encode("range");
    private static readonly JsonEncodedText PartOfDayName = JsonEncodedText.Encode("partOfDay");
    private static readonly JsonEncodedText PhraseName = JsonEncodedText.Encode("phrase");

    // The index of each property in the switch of Read; its bit in seen is 1 << index.
    private static readonly JsonNameTable Properties = new("precision", "date", "instant", "range", "partOfDay", "phrase");

    /// <summary>Reads an event time and validates it through <see cref="EventTime.Create"/>.</summary>
    /// <param name="reader">The reader, positioned on the StartObject token; left on the matching EndObject.</param>
    /// <returns>The event time.</returns>
    /// <exception cref="ConflictJsonException">The value is not an object, <c>precision</c> is missing, a property is repeated,
    /// of the wrong type or malformed, or the parts contradict each other; the byte position is that of the offending
    /// property's value when there is one, otherwise that of the closing brace.</exception>
    /// <exception cref="UnknownJsonContentException">The object has a property, or an enum a value, this version does not know.</exception>
    public static EventTime Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object");
        }

        TimePrecision precision = default;
        LocalDate? date = null;
        Instant? instant = null;
        DateInterval? range = null;
        PartOfDay? partOfDay = null;
        string? phrase = null;
        int seen = 0;
        // Each property's value offset, to point an error from the factory at it (offsets, not copies of the reader).
        Span<long> positions = stackalloc long[6];
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var index = Property(ref reader, Properties, ref seen, "EventTime");
            positions[index] = reader.TokenStartIndex;
            switch (index)
            {
                case 0:
                    precision = PrimitiveEnumsJson.ReadTimePrecision(ref reader);
                    break;
                case 1:
                    date = NodaJson.ReadLocalDate(ref reader);
                    break;
                case 2:
                    instant = NodaJson.ReadInstant(ref reader);
                    break;
                case 3:
                    range = NodaJson.ReadDateInterval(ref reader);
                    break;
                case 4:
                    partOfDay = PrimitiveEnumsJson.ReadPartOfDay(ref reader);
                    break;
                case 5:
                    phrase = ReadString(ref reader);
                    break;
            }
        }

        if ((seen & PrecisionBit) == 0)
        {
            JsonErrors.Fail(ref reader, "missing required property 'precision'");
        }

        // A feed sorted by day repeats its times (an ACLED country file: 326 events on 37 days): share the instance made
        // when the same parts were last read. Create keeps its arguments as given, so equal parts passed its checks.
        var hash = RecentValues.Mix(
            RecentValues.Mix((int)precision, date.GetHashCode() ^ instant.GetHashCode()),
            RecentValues.Mix(range?.GetHashCode() ?? 0, RecentValues.Of(phrase)));
        ref var recent = ref RecentValues<EventTime>.Slot(hash);
        if (recent is { } known && known.Precision == precision && known.Date == date && known.Instant == instant
            && Equals(known.Range, range) && known.PartOfDay == partOfDay && known.Phrase == phrase)
        {
            return known;
        }

        try
        {
            return recent = EventTime.Create(precision, date, instant, range, partOfDay, phrase);
        }
        catch (ArgumentException e)
        {
            long at = PositionOf(e, Properties, seen, positions, in reader);
            throw new ConflictJsonException($"invalid event time with precision '{PrimitiveEnumsJson.ToWireName(precision)}': {Reason(e)}", at, e);
        }
    }

    /// <summary>Writes an event time; <c>precision</c> always, the other properties only when they have a value, in the documented order.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The event time.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, EventTime value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName(PrecisionName);
        PrimitiveEnumsJson.Write(writer, value.Precision);
        if (value.Date is { } date)
        {
            writer.WritePropertyName(DateName);
            NodaJson.Write(writer, date);
        }

        if (value.Instant is { } instant)
        {
            writer.WritePropertyName(InstantName);
            NodaJson.Write(writer, instant);
        }

        if (value.Range is { } range)
        {
            writer.WritePropertyName(RangeName);
            NodaJson.Write(writer, range);
        }

        if (value.PartOfDay is { } partOfDay)
        {
            writer.WritePropertyName(PartOfDayName);
            PrimitiveEnumsJson.Write(writer, partOfDay);
        }

        if (value.Phrase is { } phrase)
        {
            writer.WriteString(PhraseName, phrase);
        }

        writer.WriteEndObject();
    }

    // The factory's message without the " (Parameter 'x')" suffix and the "Actual value was" line that ArgumentException adds.
    private static string Reason(ArgumentException e)
    {
        string message = e.Message;
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            message = message[..newline].TrimEnd('\r');
        }

        if (e.ParamName is { } parameter)
        {
            string suffix = " (Parameter '" + parameter + "')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }

        return message;
    }
}
