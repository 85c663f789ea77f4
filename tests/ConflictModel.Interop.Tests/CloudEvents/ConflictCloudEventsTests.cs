using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using ConflictModel.Interop.CloudEvents;
using ConflictModel.Serialization;
using NodaTime;

namespace ConflictModel.Interop.Tests.CloudEvents;

/// <summary>Wrapping events in CloudEvents and back, and the structured-mode JSON format, on the seed dataset.</summary>
public sealed class ConflictCloudEventsTests
{
    private static readonly Uri Source = new("https://example.org/conflictmodel/seed");

    private static readonly Lazy<IReadOnlyList<ConflictEvent>> Seed = new(LoadSeed);

    [Fact]
    public void The_seed_has_the_41_events_the_tests_expect()
    {
        Assert.Equal(41, Seed.Value.Count);
    }

    [Fact]
    public void Every_seed_event_wraps_and_unwraps_to_an_equal_event()
    {
        foreach (var conflictEvent in Seed.Value)
        {
            var cloudEvent = ConflictCloudEvents.Wrap(conflictEvent, Source);

            Assert.True(cloudEvent.IsValid, conflictEvent.Id);
            Assert.Equal(CloudEventsSpecVersion.V1_0, cloudEvent.SpecVersion);
            Assert.Equal($"org.conflictmodel.{conflictEvent.Type}.v{conflictEvent.EventKind.Version}", cloudEvent.Type);
            Assert.Equal(conflictEvent.EventKind.SchemaId, cloudEvent.DataSchema!.OriginalString);
            Assert.Equal("application/json", cloudEvent.DataContentType);
            Assert.Equal(Source, cloudEvent.Source);
            Assert.Equal(conflictEvent.Id, cloudEvent.Subject);
            Assert.IsType<JsonElement>(cloudEvent.Data);

            var back = ConflictCloudEvents.Unwrap(cloudEvent);

            Assert.Equal(conflictEvent, back);
            Assert.Equal(ConflictJson.Serialize(conflictEvent), ConflictJson.Serialize(back));
        }
    }

    [Fact]
    public void The_type_names_kind_and_version_and_parses_back()
    {
        Assert.True(EventCatalog.TryFind("armed-clash", out var kind));
        var type = ConflictCloudEvents.TypeFor(kind);

        Assert.Equal("org.conflictmodel.armed-clash.v1", type);
        Assert.True(ConflictCloudEvents.TryParseType(type, out var wireType, out var version));
        Assert.Equal(("armed-clash", 1), (wireType, version));

        Assert.False(ConflictCloudEvents.TryParseType("org.conflictmodel.strike", out _, out _));
        Assert.False(ConflictCloudEvents.TryParseType("org.conflictmodel..v1", out _, out _));
        Assert.False(ConflictCloudEvents.TryParseType("org.conflictmodel.strike.vX", out _, out _));
        Assert.False(ConflictCloudEvents.TryParseType("com.example.strike.v1", out _, out _));
    }

    [Fact]
    public void Ids_are_unique_across_the_batch_and_the_same_when_wrapped_again()
    {
        var batch = ConflictCloudEvents.WrapBatch(Seed.Value, Source);
        var again = ConflictCloudEvents.WrapBatch(Seed.Value, Source);
        var elsewhere = ConflictCloudEvents.WrapBatch(Seed.Value, new Uri("/datasets/other", UriKind.Relative));

        Assert.Equal(Seed.Value.Count, batch.Count);
        Assert.Equal(batch.Count, batch.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(batch.Select(e => e.Id), again.Select(e => e.Id));
        Assert.Empty(batch.Select(e => e.Id).Intersect(elsewhere.Select(e => e.Id), StringComparer.Ordinal));
        foreach (var cloudEvent in batch)
        {
            // An RFC 9562 version-8 UUID, lower case, with the RFC variant.
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", cloudEvent.Id);
            Assert.Equal(ConflictCloudEvents.IdFor(Source, cloudEvent.Subject!), cloudEvent.Id);
        }
    }

    [Fact]
    public void Time_is_present_only_for_exact_times()
    {
        var instant = Instant.FromUtc(2022, 6, 25, 3, 30, 15);
        var template = Seed.Value.First(e => e.When is not null);
        var exact = template with { Id = "exact-copy", When = EventTime.At(instant) };
        var events = Seed.Value.Append(exact).ToList();

        foreach (var conflictEvent in events)
        {
            var cloudEvent = ConflictCloudEvents.Wrap(conflictEvent, Source);
            if (conflictEvent.When?.Precision == TimePrecision.Exact)
            {
                Assert.Equal(conflictEvent.When.Instant!.Value.ToDateTimeOffset(), cloudEvent.Time);
            }
            else
            {
                Assert.Null(cloudEvent.Time);
            }
        }

        var wrapped = ConflictCloudEvents.Wrap(exact, Source);
        Assert.Equal(new DateTimeOffset(2022, 6, 25, 3, 30, 15, TimeSpan.Zero), wrapped.Time);
        Assert.Contains("\"time\":\"2022-06-25T03:30:15Z\"", Encoding.UTF8.GetString(ConflictCloudEvents.EncodeStructured(wrapped).Span), StringComparison.Ordinal);
        Assert.Equal(exact, ConflictCloudEvents.FromStructuredJson(ConflictCloudEvents.EncodeStructured(wrapped)));
        var withTime = events.Select(e => ConflictCloudEvents.Wrap(e, Source)).Count(e => e.Time is not null);
        Assert.Equal(events.Count(e => e.When?.Precision == TimePrecision.Exact), withTime);
        Assert.True(withTime >= 1);
    }

    [Fact]
    public void A_structured_json_batch_round_trips()
    {
        var json = ConflictCloudEvents.ToBatchJson(Seed.Value, Source);

        using (var document = JsonDocument.Parse(json))
        {
            var array = document.RootElement;
            Assert.Equal(JsonValueKind.Array, array.ValueKind);
            Assert.Equal(41, array.GetArrayLength());
            var first = array[0];
            Assert.Equal("1.0", first.GetProperty("specversion").GetString());
            Assert.Equal("org.conflictmodel.withdrawal.v1", first.GetProperty("type").GetString());
            Assert.Equal("urn:conflictmodel:schema:withdrawal:1", first.GetProperty("dataschema").GetString());
            Assert.Equal("application/json", first.GetProperty("datacontenttype").GetString());
            Assert.Equal(JsonValueKind.Object, first.GetProperty("data").ValueKind);
            Assert.False(first.TryGetProperty("data_base64", out _));
            Assert.False(first.TryGetProperty("time", out _));
        }

        var decoded = ConflictCloudEvents.DecodeBatch(json);
        Assert.Equal(ConflictCloudEvents.WrapBatch(Seed.Value, Source).Select(e => e.Id), decoded.Select(e => e.Id));
        Assert.Equal(Seed.Value, ConflictCloudEvents.UnwrapBatch(decoded));
        Assert.Equal(Seed.Value, ConflictCloudEvents.FromBatchJson(json));
    }

    [Fact]
    public void A_single_structured_json_event_round_trips()
    {
        foreach (var conflictEvent in Seed.Value)
        {
            var json = ConflictCloudEvents.ToStructuredJson(conflictEvent, Source);
            var decoded = ConflictCloudEvents.DecodeStructured(json);

            Assert.Equal(ConflictCloudEvents.IdFor(Source, conflictEvent.Id), decoded.Id);
            Assert.Equal(conflictEvent, ConflictCloudEvents.Unwrap(decoded));
        }
    }

    [Fact]
    public void Origin_and_unknown_fields_survive_the_round_trip_byte_for_byte()
    {
        const string json = """
            {"type":"strike","id":"acled-UKR1234","schemaVersion":1,"when":{"precision":"exact","instant":"2022-06-25T03:30:00Z"},
             "origin":{"dataset":"acled","recordId":"UKR1234","fields":{"inter1":"8","notes":"Сєвєродонецьк"}},
             "attacker":{"name":"Russian forces","kind":"state-forces","country":"RU"},
             "futureField":{"nested":["Лисичанськ",1.50,true],"escaped":"a\u00e9b"}}
            """;
        var conflictEvent = ConflictJson.Deserialize(json);
        Assert.NotNull(conflictEvent.Origin);
        Assert.NotEmpty(conflictEvent.UnknownFields);

        var back = ConflictCloudEvents.FromStructuredJson(ConflictCloudEvents.ToStructuredJson(conflictEvent, Source));

        Assert.Equal(conflictEvent, back);
        Assert.Equal(conflictEvent.Origin, back.Origin);
        Assert.Equal(conflictEvent.UnknownFields, back.UnknownFields);
        Assert.Equal(ConflictJson.Serialize(conflictEvent), ConflictJson.Serialize(back));
    }

    [Fact]
    public void An_event_of_an_unknown_kind_round_trips_as_an_unknown_event()
    {
        var unknown = ConflictJson.Deserialize("""{"type":"ceasefire-violation","id":"cv-1","schemaVersion":3,"sides":["A","B"]}""");
        Assert.IsType<UnknownEvent>(unknown);

        var cloudEvent = ConflictCloudEvents.Wrap(unknown, Source);
        Assert.Equal("org.conflictmodel.ceasefire-violation.v3", cloudEvent.Type);
        Assert.Equal("urn:conflictmodel:schema:ceasefire-violation:3", cloudEvent.DataSchema!.OriginalString);

        var back = Assert.IsType<UnknownEvent>(ConflictCloudEvents.FromStructuredJson(ConflictCloudEvents.EncodeStructured(cloudEvent)));
        Assert.Equal(((UnknownEvent)unknown).RawJson, back.RawJson);
    }

    [Fact]
    public void A_cloud_event_with_a_mismatched_dataschema_is_rejected()
    {
        var strike = Seed.Value.First(e => e.Type == "strike");
        var cloudEvent = ConflictCloudEvents.Wrap(strike, Source);
        cloudEvent.DataSchema = new Uri("urn:conflictmodel:schema:statement:1");

        var e = Assert.Throws<ConflictCloudEventException>(() => ConflictCloudEvents.Unwrap(cloudEvent));

        Assert.Equal(cloudEvent.Id, e.CloudEventId);
        Assert.Contains("dataschema 'urn:conflictmodel:schema:statement:1'", e.Message, StringComparison.Ordinal);
        Assert.Contains("urn:conflictmodel:schema:strike:1", e.Message, StringComparison.Ordinal);

        // Also after a trip through JSON, and for a schema of the right kind at the wrong version.
        cloudEvent.DataSchema = new Uri("urn:conflictmodel:schema:strike:2");
        var json = ConflictCloudEvents.EncodeStructured(cloudEvent);
        Assert.Throws<ConflictCloudEventException>(() => ConflictCloudEvents.FromStructuredJson(json));
    }

    [Fact]
    public void A_type_that_contradicts_the_data_or_has_another_form_is_rejected()
    {
        var strike = Seed.Value.First(e => e.Type == "strike");

        var otherKind = ConflictCloudEvents.Wrap(strike, Source);
        otherKind.Type = "org.conflictmodel.statement.v1";
        otherKind.DataSchema = null;   // optional: the type alone must still match the data
        var e1 = Assert.Throws<ConflictCloudEventException>(() => ConflictCloudEvents.Unwrap(otherKind));
        Assert.Contains("its data is an event of type 'strike'", e1.Message, StringComparison.Ordinal);

        var otherVersion = ConflictCloudEvents.Wrap(strike, Source);
        otherVersion.Type = "org.conflictmodel.strike.v2";
        otherVersion.DataSchema = new Uri("urn:conflictmodel:schema:strike:2");
        var e2 = Assert.Throws<ConflictCloudEventException>(() => ConflictCloudEvents.Unwrap(otherVersion));
        Assert.Contains("schemaVersion 1", e2.Message, StringComparison.Ordinal);

        var foreign = ConflictCloudEvents.Wrap(strike, Source);
        foreign.Type = "com.example.strike";
        var e3 = Assert.Throws<ConflictCloudEventException>(() => ConflictCloudEvents.Unwrap(foreign));
        Assert.Contains("not of the form 'org.conflictmodel.<kind>.v<version>'", e3.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_data_non_json_data_and_invalid_events_are_rejected()
    {
        var strike = Seed.Value.First(e => e.Type == "strike");

        var noData = ConflictCloudEvents.Wrap(strike, Source);
        noData.Data = null;
        Assert.Contains("has no data", Assert.Throws<ConflictCloudEventException>(() => ConflictCloudEvents.Unwrap(noData)).Message, StringComparison.Ordinal);

        var xml = ConflictCloudEvents.Wrap(strike, Source);
        xml.DataContentType = "application/xml";
        Assert.Contains("datacontenttype", Assert.Throws<ConflictCloudEventException>(() => ConflictCloudEvents.Unwrap(xml)).Message, StringComparison.Ordinal);

        var invalid = ConflictCloudEvents.Wrap(strike, Source);
        invalid.Data = """{"type":"strike","id":"x","schemaVersion":1,"attacker":{"name":""}}""";
        var e = Assert.Throws<ConflictCloudEventException>(() => ConflictCloudEvents.Unwrap(invalid));
        Assert.IsType<ConflictJsonException>(e.InnerException);
    }

    [Fact]
    public void Data_given_as_bytes_a_string_or_an_event_is_accepted()
    {
        var strike = Seed.Value.First(e => e.Type == "strike");
        var cloudEvent = ConflictCloudEvents.Wrap(strike, Source);

        cloudEvent.Data = ConflictJson.SerializeToUtf8Bytes(strike);
        Assert.Equal(strike, ConflictCloudEvents.Unwrap(cloudEvent));
        cloudEvent.Data = ConflictJson.Serialize(strike);
        Assert.Equal(strike, ConflictCloudEvents.Unwrap(cloudEvent));
        cloudEvent.Data = strike;
        Assert.Equal(strike, ConflictCloudEvents.Unwrap(cloudEvent));

        // The formatter writes an event set as data as JSON, not through reflection.
        var json = ConflictCloudEvents.EncodeStructured(cloudEvent);
        Assert.Equal(strike, ConflictCloudEvents.FromStructuredJson(json));
    }

    [Fact]
    public void Binary_mode_data_is_the_event_json()
    {
        var strike = Seed.Value.First(e => e.Type == "strike");
        var cloudEvent = ConflictCloudEvents.Wrap(strike, Source);

        var body = ConflictCloudEvents.Formatter.EncodeBinaryModeEventData(cloudEvent);

        Assert.Equal(ConflictJson.Serialize(strike), Encoding.UTF8.GetString(body.Span));
    }

    private static List<ConflictEvent> LoadSeed()
    {
        var path = Path.Combine(SharedData.Root, "data", "seed", "article.jsonl");
        return File.ReadLines(path).Where(line => line.Length > 0).Select(line => ConflictJson.Deserialize(line, path)).ToList();
    }
}
