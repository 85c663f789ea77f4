using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

/// <summary>
/// The small converter a Newtonsoft user writes for a "type" discriminator: write it first, then the properties;
/// read it and fill the matching DTO. When "type" comes first (as every writer here puts it) the rest is read
/// straight from the reader; otherwise the object is buffered in a JObject first.
/// </summary>
public sealed class NewtonsoftEventConverter : JsonConverter
{
    private static readonly Dictionary<string, Func<EventDto>> Factories = new()
    {
        ["withdrawal"] = () => new WithdrawalDto(),
        ["statement"] = () => new StatementDto(),
        ["control-change"] = () => new ControlChangeDto(),
        ["strike"] = () => new StrikeDto(),
        ["ground-assault"] = () => new GroundAssaultDto(),
        ["diplomatic-decision"] = () => new DiplomaticDecisionDto(),
        ["accusation"] = () => new AccusationDto(),
        ["change-of-command"] = () => new ChangeOfCommandDto(),
        ["evacuation"] = () => new EvacuationDto(),
        ["information-operation"] = () => new InformationOperationDto(),
        ["sanction"] = () => new SanctionDto(),
        ["weapons-request"] = () => new WeaponsRequestDto(),
    };

    private static readonly Dictionary<Type, string> Discriminators = Factories.ToDictionary(f => f.Value().GetType(), f => f.Key);

    private static readonly ConcurrentDictionary<Type, JsonProperty[]> WriteOrder = new();

    public override bool CanConvert(Type objectType) => typeof(EventDto).IsAssignableFrom(objectType);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        reader.Read();
        if (reader.TokenType == JsonToken.PropertyName && (string)reader.Value! == "type")
        {
            var target = Create(reader.ReadAsString());
            var contract = (JsonObjectContract)serializer.ContractResolver.ResolveContract(target.GetType());
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var property = contract.Properties.GetClosestMatchProperty((string)reader.Value!);
                reader.Read();
                if (property is null || property.Ignored)
                {
                    reader.Skip();
                    continue;
                }

                var item = property.Converter is { } converter
                    ? converter.ReadJson(reader, property.PropertyType!, null, serializer)
                    : serializer.Deserialize(reader, property.PropertyType);
                property.ValueProvider!.SetValue(target, item);
            }

            return target;
        }

        // "type" is not first: buffer the rest of the object and look it up.
        var rest = new JObject();
        while (reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            rest[name] = JToken.ReadFrom(reader);
            reader.Read();
        }

        var result = Create((string?)rest["type"]);
        rest.Remove("type");
        serializer.Populate(rest.CreateReader(), result);
        return result;
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        var type = value!.GetType();
        writer.WriteStartObject();
        writer.WritePropertyName("type");
        writer.WriteValue(Discriminators[type]);
        foreach (var property in WriteOrder.GetOrAdd(type, static (t, s) => OrderForWriting(t, s), serializer))
        {
            if (property.Ignored || property.ValueProvider!.GetValue(value) is not { } item)
            {
                continue;
            }

            writer.WritePropertyName(property.PropertyName!);
            if (property.Converter is { } converter)
            {
                converter.WriteJson(writer, item, serializer);
            }
            else
            {
                serializer.Serialize(writer, item);
            }
        }

        writer.WriteEndObject();
    }

    // Newtonsoft lists a derived class's own properties before its base's; the wire format has the envelope first.
    private static JsonProperty[] OrderForWriting(Type type, JsonSerializer serializer) =>
        ((JsonObjectContract)serializer.ContractResolver.ResolveContract(type)).Properties
            .OrderBy(p => p.DeclaringType == typeof(EventDto) ? 0 : 1)
            .ToArray();

    private static EventDto Create(string? type) =>
        type is not null && Factories.TryGetValue(type, out var create) ? create() : throw new JsonSerializationException($"unknown event type '{type}'");
}
