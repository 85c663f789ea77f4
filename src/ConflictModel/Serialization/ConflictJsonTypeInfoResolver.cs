using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace ConflictModel.Serialization;

/// <summary>
/// System.Text.Json metadata for events (polymorphic <see cref="ConflictEvent"/> and every registered kind),
/// the domain primitives and NodaTime's date types (in the same ISO forms as NodaTime.Serialization.SystemTextJson),
/// built without reflection.
/// </summary>
internal sealed class ConflictJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(ConflictEvent))
        {
            return JsonMetadataServices.CreateValueInfo<ConflictEvent>(options, new EventJsonConverter<ConflictEvent>());
        }

        if (type == typeof(UnknownEvent))
        {
            return JsonMetadataServices.CreateValueInfo<UnknownEvent>(options, new EventJsonConverter<UnknownEvent>());
        }

        if (EventCatalog.TryFind(type, out var kind) && kind.Json is { } handler)
        {
            return handler.CreateTypeInfo(options);
        }

        return type switch
        {
            _ when type == typeof(Actor) => Info(options, new Converter<Actor>(ActorJson.Read, ActorJson.Write)),
            _ when type == typeof(Place) => Info(options, new Converter<Place>(PlaceJson.Read, PlaceJson.Write)),
            _ when type == typeof(EventTime) => Info(options, new Converter<EventTime>(EventTimeJson.Read, EventTimeJson.Write)),
            _ when type == typeof(Estimate) => Info(options, new Converter<Estimate>(EstimateJson.Read, EstimateJson.Write)),
            _ when type == typeof(SourceRef) => Info(options, new Converter<SourceRef>(SourceRefJson.Read, SourceRefJson.Write)),
            _ when type == typeof(Verification) => Info(options, new Converter<Verification>(VerificationJson.Read, VerificationJson.Write)),
            _ when type == typeof(GeoPoint) => Info(options, new Converter<GeoPoint>(GeoPointJson.Read, GeoPointJson.Write)),
            _ when type == typeof(CountryCode) => Info(options, new Converter<CountryCode>(CountryCodeJson.Read, CountryCodeJson.Write)),
            _ when type == typeof(LocalDate) => Info(options, new Converter<LocalDate>(NodaJson.ReadLocalDate, NodaJson.Write)),
            _ when type == typeof(Instant) => Info(options, new Converter<Instant>(NodaJson.ReadInstant, NodaJson.Write)),
            _ when type == typeof(DateInterval) => Info(options, new Converter<DateInterval>(NodaJson.ReadDateInterval, NodaJson.Write)),
            _ => null,
        };
    }

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options, JsonConverter<T> converter) =>
        JsonMetadataServices.CreateValueInfo<T>(options, converter);

    private sealed class Converter<T>(JsonValueReader<T> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => read(ref reader);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }
}
