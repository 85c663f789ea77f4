using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

/// <summary>
/// Instants as the wire format has them, <c>yyyy-MM-ddTHH:mm:ss[.fffffff]Z</c>: System.Text.Json alone would write
/// <c>+00:00</c>, which the format (and ConflictJson) does not accept.
/// </summary>
public sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime);
}

/// <summary>The same for Newtonsoft.Json, which writes <c>+00:00</c> too.</summary>
public sealed class NewtonsoftUtcInstantConverter : Newtonsoft.Json.JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? ReadJson(Newtonsoft.Json.JsonReader reader, Type objectType, DateTimeOffset? existingValue, bool hasExistingValue, Newtonsoft.Json.JsonSerializer serializer) =>
        reader.Value is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    public override void WriteJson(Newtonsoft.Json.JsonWriter writer, DateTimeOffset? value, Newtonsoft.Json.JsonSerializer serializer) =>
        writer.WriteValue(value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
