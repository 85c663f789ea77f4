using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Serialization;

/// <summary>
/// A System.Text.Json converter for <see cref="ConflictEvent"/> or one generated kind: reads by the <c>type</c>
/// discriminator against the registered kinds, writes through the kind's generated code.
/// </summary>
/// <typeparam name="T"><see cref="ConflictEvent"/> or a generated kind.</typeparam>
public sealed class EventJsonConverter<T> : JsonConverter<T>
    where T : ConflictEvent
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = ConflictJson.Read(ref reader);
        return value as T ?? throw new ConflictJsonException($"expected an event of type '{typeof(T).Name}', found '{value.Type}'", reader.TokenStartIndex);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => ConflictJson.Write(writer, value);
}
