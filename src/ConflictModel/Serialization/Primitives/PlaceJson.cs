using System;
using System.Text.Json;

using static ConflictModel.Serialization.PrimitiveReading;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="Place"/> as
/// <c>{"name":"…","admin1":"…","admin2":"…","admin3":"…","country":"UA","point":{…},"precision":"locality"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>name</c> is required. The administrative areas, country and point are written only when they have a value;
/// <c>precision</c> is always written, and when it is absent on reading it is <see cref="PlacePrecision.Locality"/>, the
/// default of <see cref="Place.Precision"/>.
/// </para>
/// <para>
/// Like a <c>System.Text.Json</c> converter, <see cref="Read"/> expects the reader to be positioned on the first token of
/// the value, with the whole value in the reader's buffer, and leaves it on the last token. JSON null is never passed:
/// callers handle it. <see cref="Write"/> writes the value only.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class PlaceJson
{
    /// <summary>The JSON Schema (draft 2020-12) of a <see cref="Place"/>.</summary>
    public const string Schema =
        """{"description":"Where an event happened, as precisely as the report says: a named place, its administrative areas, its country, optionally coordinates, and how precise all that is.","type":"object","properties":{"name":{"description":"The name of the place as the report gives it, for example Sievierodonetsk or Luhansk region.","type":"string","pattern":"\\S"},"admin1":{"description":"The first-level administrative area (oblast, province, state), for example Luhansk.","type":"string"},"admin2":{"description":"The second-level administrative area (district, raion).","type":"string"},"admin3":{"description":"The third-level administrative area (municipality, hromada).","type":"string"},"country":{"description":"The country the place is in.","$ref":"#/$defs/ConflictModel.CountryCode"},"point":{"description":"The coordinates of the place; how closely they locate the event is given by precision.","$ref":"#/$defs/ConflictModel.GeoPoint"},"precision":"""
        + PrimitiveEnumsJson.PlacePrecisionSchema
        + """},"required":["name"],"additionalProperties":false}""";

    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Admin1Name = JsonEncodedText.Encode("admin1");
    private static readonly JsonEncodedText Admin2Name = JsonEncodedText.Encode("admin2");
    private static readonly JsonEncodedText Admin3Name = JsonEncodedText.Encode("admin3");
    private static readonly JsonEncodedText CountryName = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText PointName = JsonEncodedText.Encode("point");
    private static readonly JsonEncodedText PrecisionName = JsonEncodedText.Encode("precision");

    // The index of each property in the switch of Read; its bit in seen is 1 << index.
    private static readonly JsonNameTable Properties = new("name", "admin1", "admin2", "admin3", "country", "point", "precision");

    /// <summary>Reads a place.</summary>
    /// <param name="reader">The reader, positioned on the StartObject token; left on the matching EndObject.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ConflictJsonException">The value is not an object, <c>name</c> is missing or blank, a property is
    /// repeated or of the wrong type, or the country code or point is invalid.</exception>
    /// <exception cref="UnknownJsonContentException">The object (or its point) has a property, or the precision a value, this
    /// version does not know.</exception>
    public static Place Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object");
        }

        string? name = null;
        string? admin1 = null;
        string? admin2 = null;
        string? admin3 = null;
        CountryCode? country = null;
        GeoPoint? point = null;
        PlacePrecision precision = PlacePrecision.Locality;
        int seen = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            switch (Property(ref reader, Properties, ref seen, "Place"))
            {
                case 0:
                    name = ReadString(ref reader);
                    CheckName(ref reader, name, "place", static n => _ = new Place { Name = n });
                    break;
                case 1:
                    admin1 = ReadString(ref reader);
                    break;
                case 2:
                    admin2 = ReadString(ref reader);
                    break;
                case 3:
                    admin3 = ReadString(ref reader);
                    break;
                case 4:
                    country = CountryCodeJson.Read(ref reader);
                    break;
                case 5:
                    point = GeoPointJson.Read(ref reader);
                    break;
                case 6:
                    precision = PrimitiveEnumsJson.ReadPlacePrecision(ref reader);
                    break;
            }
        }

        if (name is null)
        {
            JsonErrors.Fail(ref reader, "missing required property 'name'");
        }

        // The same place recurs across a feed's events, and within one (a withdrawal's place and where it withdrew
        // from): share the instance made when it was last read.
        var hash = RecentValues.Mix(RecentValues.Mix(RecentValues.Of(name), RecentValues.Of(admin1)), point is { } p ? p.Latitude.GetHashCode() ^ p.Longitude.GetHashCode() : 0);
        ref var recent = ref RecentValues<Place>.Slot(hash);
        if (recent is { } known
            && known.Name == name
            && known.Admin1 == admin1
            && known.Admin2 == admin2
            && known.Admin3 == admin3
            && known.Country == country
            && known.Precision == precision
            && SamePoint(known.Point, point))
        {
            return known;
        }

        // Everything was validated while reading, the name when it was read.
        return recent = new Place
        {
            Name = name,
            Admin1 = admin1,
            Admin2 = admin2,
            Admin3 = admin3,
            Country = country,
            Point = point,
            Precision = precision,
        };
    }

    // Bit for bit, so that -0 and 0, which compare equal, stay as they were written.
    private static bool SamePoint(GeoPoint? a, GeoPoint? b) =>
        a is { } x
            ? b is { } y && BitConverter.DoubleToInt64Bits(x.Latitude) == BitConverter.DoubleToInt64Bits(y.Latitude) && BitConverter.DoubleToInt64Bits(x.Longitude) == BitConverter.DoubleToInt64Bits(y.Longitude)
            : b is null;

    /// <summary>Writes a place; optional properties only when they have a value, in the documented order, and always the precision.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The place.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Place value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(NameName, value.Name);
        if (value.Admin1 is { } admin1)
        {
            writer.WriteString(Admin1Name, admin1);
        }

        if (value.Admin2 is { } admin2)
        {
            writer.WriteString(Admin2Name, admin2);
        }

        if (value.Admin3 is { } admin3)
        {
            writer.WriteString(Admin3Name, admin3);
        }

        if (value.Country is { } country)
        {
            writer.WritePropertyName(CountryName);
            CountryCodeJson.Write(writer, country);
        }

        if (value.Point is { } point)
        {
            writer.WritePropertyName(PointName);
            GeoPointJson.Write(writer, point);
        }

        writer.WritePropertyName(PrecisionName);
        PrimitiveEnumsJson.Write(writer, value.Precision);
        writer.WriteEndObject();
    }
}
