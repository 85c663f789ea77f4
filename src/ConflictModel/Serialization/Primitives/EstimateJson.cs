using System;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

using static ConflictModel.Serialization.PrimitiveReading;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="Estimate"/> as an object with the members its kind takes:
/// <c>{"kind":"exact","value":48}</c>, <c>{"kind":"range","low":10,"high":20}</c>, <c>{"kind":"at-least","value":17}</c>,
/// <c>{"kind":"at-most","value":30}</c>, <c>{"kind":"approximate","value":50}</c> or
/// <c>{"kind":"qualifier","quantifier":"hundreds"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// Reading also accepts a bare JSON integer, <c>48</c>, as shorthand for an exact count, and validates the parts through
/// <see cref="Estimate.Create"/> (which also tolerates bounds that merely repeat what the kind implies, such as the
/// <c>low</c> and <c>high</c> of an exact count). Writing emits exactly the members the kind needs.
/// </para>
/// <para>
/// Like a <c>System.Text.Json</c> converter, <see cref="Read"/> expects the reader to be positioned on the first token of
/// the value, with the whole value in the reader's buffer, and leaves it on the last token. JSON null is never passed:
/// callers handle it. <see cref="Write"/> writes the value only.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class EstimateJson
{
    /// <summary>The JSON Schema (draft 2020-12) of an <see cref="Estimate"/>.</summary>
    public const string Schema =
        """{"description":"A count as a report states it, often uncertain: exact (value), a range (low and high, inclusive, low not above high), at least (value), at most (value), approximate (value), or a quantifier word. All numbers are non-negative integers.","type":"object","properties":{"kind":"""
        + PrimitiveEnumsJson.EstimateKindSchema
        + ""","value":{"description":"The number the report states; for exact, at-least, at-most and approximate.","type":"integer","minimum":0},"low":{"description":"The inclusive lower bound of a range.","type":"integer","minimum":0},"high":{"description":"The inclusive upper bound of a range.","type":"integer","minimum":0},"quantifier":"""
        + PrimitiveEnumsJson.QuantifierSchema
        + """},"required":["kind"],"additionalProperties":false,"oneOf":[{"properties":{"kind":{"enum":["exact","at-least","at-most","approximate"]}},"required":["value"],"maxProperties":2},{"properties":{"kind":{"const":"range"}},"required":["low","high"],"maxProperties":3},{"properties":{"kind":{"const":"qualifier"}},"required":["quantifier"],"maxProperties":2}]}""";

    private const int KindBit = 1;

    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText LowName = JsonEncodedText.Encode("low");
    private static readonly JsonEncodedText HighName = JsonEncodedText.Encode("high");
    private static readonly JsonEncodedText QuantifierName = JsonEncodedText.Encode("quantifier");

    // The index of each property in the switch of Read; its bit in seen is 1 << index.
    private static readonly JsonNameTable Properties = new("kind", "value", "low", "high", "quantifier");

    /// <summary>Reads an estimate, or a bare integer as an exact count, and validates it through <see cref="Estimate.Create"/>.</summary>
    /// <param name="reader">The reader, positioned on the StartObject token (left on the matching EndObject) or on an integer
    /// (left there).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ConflictJsonException">The value is neither an object nor an integer, <c>kind</c> is missing, a
    /// property is repeated or of the wrong type, a number is not an integer in range or is negative, or the parts do not
    /// fit the kind (for example low above high); the byte position is that of the offending property's value when
    /// there is one, otherwise that of the closing brace.</exception>
    /// <exception cref="UnknownJsonContentException">The object has a property, or an enum a value, this version does not know.</exception>
    public static Estimate Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            long count = ReadCount(ref reader, "estimate");
            try
            {
                return Estimate.Exactly(count);
            }
            catch (ArgumentException e)
            {
                JsonErrors.Fail(ref reader, $"estimate {Number(count)} is negative; a count is zero or more", e);
                throw new UnreachableException();
            }
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object or an integer");
        }

        EstimateKind kind = default;
        long? value = null;
        long? low = null;
        long? high = null;
        Quantifier? quantifier = null;
        int seen = 0;
        // Each property's value offset, to point an error from the factory at it (offsets, not copies of the reader).
        Span<long> positions = stackalloc long[5];
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var index = Property(ref reader, Properties, ref seen, "Estimate");
            positions[index] = reader.TokenStartIndex;
            switch (index)
            {
                case 0:
                    kind = PrimitiveEnumsJson.ReadEstimateKind(ref reader);
                    break;
                case 1:
                    value = ReadCount(ref reader, "value");
                    break;
                case 2:
                    low = ReadCount(ref reader, "low");
                    break;
                case 3:
                    high = ReadCount(ref reader, "high");
                    break;
                case 4:
                    quantifier = PrimitiveEnumsJson.ReadQuantifier(ref reader);
                    break;
            }
        }

        if ((seen & KindBit) == 0)
        {
            JsonErrors.Fail(ref reader, "missing required property 'kind'");
        }

        try
        {
            return Estimate.Create(kind, value, low, high, quantifier);
        }
        catch (ArgumentException e)
        {
            long at = PositionOf(e, Properties, seen, positions, in reader);
            throw new ConflictJsonException(Problem(e, kind, value, low, high), at, e);
        }
    }

    /// <summary>Writes an estimate as an object with <c>kind</c> and exactly the members that kind needs.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The estimate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Estimate value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName(KindName);
        PrimitiveEnumsJson.Write(writer, value.Kind);
        switch (value.Kind)
        {
            case EstimateKind.Range:
                writer.WriteNumber(LowName, value.Low.GetValueOrDefault());
                writer.WriteNumber(HighName, value.High.GetValueOrDefault());
                break;
            case EstimateKind.Qualifier:
                writer.WritePropertyName(QuantifierName);
                PrimitiveEnumsJson.Write(writer, value.Quantifier.GetValueOrDefault());
                break;
            default:
                // Exact, AtLeast, AtMost and Approximate: the bounds follow from the kind and the value.
                writer.WriteNumber(ValueName, value.Value.GetValueOrDefault());
                break;
        }

        writer.WriteEndObject();
    }

    private static long ReadCount(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            JsonErrors.Expected(ref reader, "an integer");
        }

        if (!reader.TryGetInt64(out long count))
        {
            JsonErrors.Fail(ref reader, $"{name} {RawText(ref reader)} is not an integer in the range of a 64-bit count");
        }

        return count;
    }

    private static string Problem(ArgumentException e, EstimateKind kind, long? value, long? low, long? high)
    {
        string kindName = PrimitiveEnumsJson.ToWireName(kind);
        (string? name, long? number) = e.ParamName switch
        {
            "value" => ("value", value),
            "low" => ("low", low),
            "high" => ("high", high),
            _ => ((string?)null, (long?)null),
        };
        if (name is not null && number < 0)
        {
            return $"{name} {Number(number.Value)} is negative; a count is zero or more";
        }

        if (kind == EstimateKind.Range && low > high)
        {
            return $"range low {Number(low.GetValueOrDefault())} is above high {Number(high.GetValueOrDefault())}";
        }

        return $"invalid estimate of kind '{kindName}': {Reason(e)}";
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

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RawText(ref Utf8JsonReader reader) =>
        Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
}
