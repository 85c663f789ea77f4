using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

using static ConflictModel.Serialization.PrimitiveReading;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="GeoPoint"/> as <c>{"latitude":48.9482,"longitude":38.4917}</c>.
/// </summary>
/// <remarks>
/// <para>
/// Like a <c>System.Text.Json</c> converter, <see cref="Read"/> expects the reader to be positioned on the first token of
/// the value, with the whole value in the reader's buffer, and leaves it on the last token. JSON null is never passed:
/// callers handle it. <see cref="Write"/> writes the value only.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class GeoPointJson
{
    /// <summary>The JSON Schema (draft 2020-12) of a <see cref="GeoPoint"/>.</summary>
    public const string Schema = """{"description":"A point on the Earth's surface, as a WGS 84 latitude and longitude in decimal degrees.","type":"object","properties":{"latitude":{"description":"The latitude in decimal degrees; positive north of the equator.","type":"number","minimum":-90,"maximum":90},"longitude":{"description":"The longitude in decimal degrees; positive east of Greenwich.","type":"number","minimum":-180,"maximum":180}},"required":["latitude","longitude"],"additionalProperties":false}""";

    private const int LatitudeBit = 1;
    private const int LongitudeBit = 2;

    private static readonly JsonEncodedText LatitudeName = JsonEncodedText.Encode("latitude");
    private static readonly JsonEncodedText LongitudeName = JsonEncodedText.Encode("longitude");

    // The index of each property in the switch of Read; its bit in seen is 1 << index.
    private static readonly JsonNameTable Properties = new("latitude", "longitude");

    /// <summary>Reads a point.</summary>
    /// <param name="reader">The reader, positioned on the StartObject token; left on the matching EndObject.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ConflictJsonException">The value is not an object, a coordinate is missing, repeated, not a finite
    /// number or out of range.</exception>
    /// <exception cref="UnknownJsonContentException">The object has a property this version does not know.</exception>
    public static GeoPoint Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object");
        }

        double latitude = 0;
        double longitude = 0;
        int seen = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            switch (Property(ref reader, Properties, ref seen, "GeoPoint"))
            {
                case 0:
                    latitude = ReadDegrees(ref reader, "latitude", GeoPoint.MaxLatitude, static d => _ = new GeoPoint(d, 0));
                    break;
                case 1:
                    longitude = ReadDegrees(ref reader, "longitude", GeoPoint.MaxLongitude, static d => _ = new GeoPoint(0, d));
                    break;
            }
        }

        if ((seen & LatitudeBit) == 0)
        {
            JsonErrors.Fail(ref reader, "missing required property 'latitude'");
        }

        if ((seen & LongitudeBit) == 0)
        {
            JsonErrors.Fail(ref reader, "missing required property 'longitude'");
        }

        // Both coordinates were checked against their ranges where they were read.
        return new GeoPoint(latitude, longitude);
    }

    /// <summary>Writes a point as <c>{"latitude":…,"longitude":…}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The point.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, GeoPoint value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber(LatitudeName, value.Latitude);
        writer.WriteNumber(LongitudeName, value.Longitude);
        writer.WriteEndObject();
    }

    // Checked here, on the coordinate's own token, so that an error names its position without a copy of the reader
    // kept for later; the message carries GeoPoint's own exception, which make provokes.
    private static double ReadDegrees(ref Utf8JsonReader reader, string name, double limit, Action<double> make)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            JsonErrors.Expected(ref reader, "a number");
        }

        // TryGetDouble refuses values that overflow to infinity; the check repeats that for clarity.
        if (!reader.TryGetDouble(out double degrees) || !double.IsFinite(degrees))
        {
            JsonErrors.Fail(ref reader, $"{name} {RawText(ref reader)} is not a finite number");
        }

        if (degrees < -limit || degrees > limit)
        {
            Refuse(
                ref reader,
                $"{name} {Number(degrees)} is outside -{Number(limit)}..{Number(limit)}",
                degrees,
                make);
        }

        return degrees;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string RawText(ref Utf8JsonReader reader) =>
        Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
}
