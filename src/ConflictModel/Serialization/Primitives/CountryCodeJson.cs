using System;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="CountryCode"/> as its ISO 3166-1 alpha-2 string, for example <c>"UA"</c>.
/// </summary>
/// <remarks>
/// <para>
/// Like a <c>System.Text.Json</c> converter, <see cref="Read"/> expects the reader to be positioned on the value's token and
/// leaves it there. JSON null is never passed: callers handle it. <see cref="Write"/> writes the value only, always in upper
/// case; reading accepts either case, as <see cref="CountryCode"/> does.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class CountryCodeJson
{
    /// <summary>The JSON Schema (draft 2020-12) of a <see cref="CountryCode"/>.</summary>
    public const string Schema = """{"description":"A country, as its ISO 3166-1 alpha-2 code in upper case, for example UA.","type":"string","pattern":"^[A-Z]{2}$"}""";

    /// <summary>Reads a country code.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The code, in upper case.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string, or not two ASCII letters.</exception>
    public static CountryCode Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            JsonErrors.Expected(ref reader, "a string");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && CountryCode.TryFromUtf8(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        string text = reader.GetString()!;
        if (!CountryCode.TryParse(text, out CountryCode code))
        {
            JsonErrors.Fail(ref reader, $"'{text}' is not a country code: expected two ASCII letters (ISO 3166-1 alpha-2)");
        }

        return code;
    }

    /// <summary>Writes a country code as a string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is the default value, which denotes no country.</exception>
    public static void Write(Utf8JsonWriter writer, CountryCode value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Value.Length == 0)
        {
            throw new ArgumentException("The default CountryCode denotes no country and cannot be written.", nameof(value));
        }

        writer.WriteStringValue(value.Value);
    }
}
