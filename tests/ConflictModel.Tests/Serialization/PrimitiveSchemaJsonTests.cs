using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConflictModel;
using ConflictModel.Serialization;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The schema fragments: well-formed, compact, described, closed, their references resolvable once composed under
/// <c>$defs</c>, and in agreement with what the writers write and the readers reject.
/// </summary>
public class PrimitiveSchemaJsonTests
{
    private static readonly Actor Gaidai = new()
    {
        Name = "Serhiy Gaidai",
        Kind = ActorKind.Official,
        Country = new CountryCode("UA"),
        Affiliation = "Luhansk regional administration",
        Role = "Governor of Luhansk region",
    };

    public static TheoryData<string, string> AllSchemas => new()
    {
        { "GeoPointJson.Schema", GeoPointJson.Schema },
        { "CountryCodeJson.Schema", CountryCodeJson.Schema },
        { "EventTimeJson.Schema", EventTimeJson.Schema },
        { "PlaceJson.Schema", PlaceJson.Schema },
        { "ActorJson.Schema", ActorJson.Schema },
        { "EstimateJson.Schema", EstimateJson.Schema },
        { "SourceRefJson.Schema", SourceRefJson.Schema },
        { "VerificationJson.Schema", VerificationJson.Schema },
        { "NodaJson.LocalDateSchema", NodaJson.LocalDateSchema },
        { "NodaJson.InstantSchema", NodaJson.InstantSchema },
        { "NodaJson.DateIntervalSchema", NodaJson.DateIntervalSchema },
        { "PrimitiveEnumsJson.ActorKindSchema", PrimitiveEnumsJson.ActorKindSchema },
        { "PrimitiveEnumsJson.EstimateKindSchema", PrimitiveEnumsJson.EstimateKindSchema },
        { "PrimitiveEnumsJson.PartOfDaySchema", PrimitiveEnumsJson.PartOfDaySchema },
        { "PrimitiveEnumsJson.PlacePrecisionSchema", PrimitiveEnumsJson.PlacePrecisionSchema },
        { "PrimitiveEnumsJson.QuantifierSchema", PrimitiveEnumsJson.QuantifierSchema },
        { "PrimitiveEnumsJson.SourceChannelSchema", PrimitiveEnumsJson.SourceChannelSchema },
        { "PrimitiveEnumsJson.TimePrecisionSchema", PrimitiveEnumsJson.TimePrecisionSchema },
        { "PrimitiveEnumsJson.VerificationStatusSchema", PrimitiveEnumsJson.VerificationStatusSchema },
    };

    [Theory]
    [MemberData(nameof(AllSchemas))]
    public void SchemaIsCompactJsonWithTypeAndDescription(string name, string schema)
    {
        using JsonDocument document = JsonDocument.Parse(schema);
        JsonElement root = document.RootElement;

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.True(root.TryGetProperty("type", out _), name + " has no type");
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()), name + " has no description");
        Assert.Equal(schema, Compact(root));
    }

    [Theory]
    [MemberData(nameof(AllSchemas))]
    public void ObjectSchemasAreClosedAndDescribeEveryProperty(string name, string schema)
    {
        using JsonDocument document = JsonDocument.Parse(schema);

        foreach (JsonElement objectSchema in Subschemas(document.RootElement).Where(s => s.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String && t.GetString() == "object"))
        {
            Assert.True(objectSchema.TryGetProperty("additionalProperties", out JsonElement additional), name + ": an object schema is not closed");
            Assert.Equal(JsonValueKind.False, additional.ValueKind);
            JsonElement properties = objectSchema.GetProperty("properties");
            foreach (JsonProperty property in properties.EnumerateObject())
            {
                Assert.True(property.Value.TryGetProperty("description", out _), $"{name}: property '{property.Name}' has no description");
            }

            if (objectSchema.TryGetProperty("required", out JsonElement required))
            {
                foreach (JsonElement requiredName in required.EnumerateArray())
                {
                    Assert.True(properties.TryGetProperty(requiredName.GetString()!, out _), $"{name}: required '{requiredName}' is not a property");
                }
            }
        }
    }

    [Fact]
    public void ReferencesResolveOnceFragmentsAreComposedUnderDefsByClrFullName()
    {
        using JsonDocument defs = ComposeDefs();
        var references = new List<string>();
        foreach (JsonProperty fragment in defs.RootElement.EnumerateObject())
        {
            references.AddRange(Subschemas(fragment.Value).Where(s => s.TryGetProperty("$ref", out _)).Select(s => s.GetProperty("$ref").GetString()!));
        }

        Assert.Contains("#/$defs/ConflictModel.CountryCode", references);
        Assert.Contains("#/$defs/ConflictModel.GeoPoint", references);
        Assert.Contains("#/$defs/ConflictModel.Actor", references);
        foreach (string reference in references)
        {
            Assert.StartsWith("#/$defs/", reference, StringComparison.Ordinal);
            Assert.True(defs.RootElement.TryGetProperty(reference["#/$defs/".Length..], out _), reference + " does not resolve");
        }
    }

    [Fact]
    public void WrittenValuesConformToTheirSchemas()
    {
        using JsonDocument defs = ComposeDefs();

        AssertConforms(defs, GeoPointJson.Schema, PrimitiveJsonIO.Write(GeoPointJson.Write, new GeoPoint(-90, 180)));
        AssertConforms(defs, CountryCodeJson.Schema, PrimitiveJsonIO.Write(CountryCodeJson.Write, new CountryCode("ua")));
        AssertConforms(defs, ActorJson.Schema, PrimitiveJsonIO.Write(ActorJson.Write, Gaidai));
        AssertConforms(
            defs,
            PlaceJson.Schema,
            PrimitiveJsonIO.Write(
                PlaceJson.Write,
                new Place { Name = "Pryvillia", Admin1 = "Luhansk", Admin2 = "Sievierodonetsk raion", Admin3 = "Lysychansk hromada", Country = new CountryCode("UA"), Point = new GeoPoint(48.9, 38.4), Precision = PlacePrecision.Near }));
        AssertConforms(
            defs,
            SourceRefJson.Schema,
            PrimitiveJsonIO.Write(
                SourceRefJson.Write,
                new SourceRef { Outlet = "Reuters", Channel = SourceChannel.Messenger, Platform = "Telegram", Speaker = Gaidai, Published = Instant.FromUtc(2022, 6, 25, 10, 0).PlusNanoseconds(5), Link = new Uri("https://t.me/luhanskaVTA/12345"), Quote = "x" }));
        AssertConforms(defs, VerificationJson.Schema, PrimitiveJsonIO.Write(VerificationJson.Write, Verification.Disputed("Ukraine") with { Note = "n" }));
        foreach (Estimate estimate in new[] { Estimate.Exactly(48), Estimate.Between(10, 20), Estimate.AtLeast(17), Estimate.AtMost(30), Estimate.About(50), Estimate.Approximately(Quantifier.Hundreds) })
        {
            AssertConforms(defs, EstimateJson.Schema, PrimitiveJsonIO.Write(EstimateJson.Write, estimate));
        }

        LocalDate friday = new(2022, 6, 24);
        var days = new DateInterval(new LocalDate(2022, 6, 20), friday);
        foreach (EventTime time in new[]
        {
            EventTime.OnDay(friday).WithPartOfDay(PartOfDay.Night).WithPhrase("on Friday"),
            EventTime.InMonth(2022, 6).WithRange(days),
            EventTime.Within(days),
            EventTime.InWeek(friday),
            EventTime.InYear(2022),
            EventTime.At(Instant.FromUtc(2022, 6, 24, 21, 0)).WithPartOfDay(PartOfDay.Evening),
        })
        {
            AssertConforms(defs, EventTimeJson.Schema, PrimitiveJsonIO.Write(EventTimeJson.Write, time));
        }
    }

    [Theory]
    [InlineData("GeoPoint", """{"latitude":91,"longitude":1}""")]
    [InlineData("GeoPoint", """{"latitude":1}""")]
    [InlineData("GeoPoint", """{"latitude":1,"longitude":1,"altitude":1}""")]
    [InlineData("CountryCode", "\"UKR\"")]
    [InlineData("Actor", """{"name":" "}""")]
    [InlineData("Actor", """{"name":"X","kind":"laser"}""")]
    [InlineData("Place", """{"precision":"near"}""")]
    [InlineData("Place", """{"name":"X","point":{"latitude":1,"longitude":181}}""")]
    [InlineData("Estimate", """{"kind":"exact","value":-1}""")]
    [InlineData("Estimate", """{"kind":"range","low":1}""")]
    [InlineData("Estimate", """{"kind":"exact","value":1,"quantifier":"few"}""")]
    [InlineData("Estimate", """{"kind":"qualifier","value":1}""")]
    [InlineData("Estimate", """{"kind":"approximate","value":1.5}""")]
    [InlineData("EventTime", """{"precision":"exact","date":"2022-06-24"}""")]
    [InlineData("EventTime", """{"precision":"exact","instant":"2022-06-24T21:00:00+03:00"}""")]
    [InlineData("EventTime", """{"precision":"day"}""")]
    [InlineData("EventTime", """{"precision":"day","instant":"2022-06-24T21:00:00Z"}""")]
    [InlineData("EventTime", """{"precision":"day","range":{"start":"2022-06-20"}}""")]
    [InlineData("SourceRef", """{"speaker":{"kind":"official"}}""")]
    [InlineData("SourceRef", """{"channel":"podcast"}""")]
    [InlineData("Verification", """{"by":"Reuters"}""")]
    public void SchemasRejectWhatTheReadersReject(string type, string json)
    {
        using JsonDocument defs = ComposeDefs();
        using JsonDocument instance = JsonDocument.Parse(json);

        Assert.False(Validate(defs.RootElement.GetProperty("ConflictModel." + type), instance.RootElement, defs.RootElement), json);
        Exception? readerError = Record.Exception(() => ReadAs(type, json));
        Assert.True(readerError is ConflictJsonException or UnknownJsonContentException, $"{type} reader accepted {json}");
    }

    private static object ReadAs(string type, string json) => type switch
    {
        "GeoPoint" => PrimitiveJsonIO.Read(GeoPointJson.Read, json),
        "CountryCode" => PrimitiveJsonIO.Read(CountryCodeJson.Read, json),
        "Actor" => PrimitiveJsonIO.Read(ActorJson.Read, json),
        "Place" => PrimitiveJsonIO.Read(PlaceJson.Read, json),
        "Estimate" => PrimitiveJsonIO.Read(EstimateJson.Read, json),
        "EventTime" => PrimitiveJsonIO.Read(EventTimeJson.Read, json),
        "SourceRef" => PrimitiveJsonIO.Read(SourceRefJson.Read, json),
        "Verification" => PrimitiveJsonIO.Read(VerificationJson.Read, json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a primitive"),
    };

    // The composition the brief describes: each fragment under $defs, keyed by the CLR full name of its type.
    private static JsonDocument ComposeDefs()
    {
        var fragments = new (Type Type, string Schema)[]
        {
            (typeof(GeoPoint), GeoPointJson.Schema),
            (typeof(CountryCode), CountryCodeJson.Schema),
            (typeof(EventTime), EventTimeJson.Schema),
            (typeof(Place), PlaceJson.Schema),
            (typeof(Actor), ActorJson.Schema),
            (typeof(Estimate), EstimateJson.Schema),
            (typeof(SourceRef), SourceRefJson.Schema),
            (typeof(Verification), VerificationJson.Schema),
        };
        var text = new StringBuilder("{");
        foreach ((Type type, string schema) in fragments)
        {
            text.Append(text.Length > 1 ? "," : string.Empty).Append('"').Append(type.FullName).Append("\":").Append(schema);
        }

        return JsonDocument.Parse(text.Append('}').ToString());
    }

    private static void AssertConforms(JsonDocument defs, string schema, string json)
    {
        using JsonDocument schemaDocument = JsonDocument.Parse(schema);
        using JsonDocument instance = JsonDocument.Parse(json);
        Assert.True(Validate(schemaDocument.RootElement, instance.RootElement, defs.RootElement), json);
    }

    // A small JSON Schema validator for the keywords the fragments use; an unexpected keyword fails the test.
    private static bool Validate(JsonElement schema, JsonElement instance, JsonElement defs)
    {
        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            JsonElement value = keyword.Value;
            bool valid = keyword.Name switch
            {
                "description" or "format" or "then" or "else" => true,
                "$ref" => Validate(defs.GetProperty(value.GetString()!["#/$defs/".Length..]), instance, defs),
                "type" => value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Any(t => HasType(t.GetString()!, instance)) : HasType(value.GetString()!, instance),
                "enum" => value.EnumerateArray().Any(candidate => JsonElement.DeepEquals(candidate, instance)),
                "const" => JsonElement.DeepEquals(value, instance),
                "minimum" => instance.ValueKind != JsonValueKind.Number || instance.GetDouble() >= value.GetDouble(),
                "maximum" => instance.ValueKind != JsonValueKind.Number || instance.GetDouble() <= value.GetDouble(),
                "pattern" => instance.ValueKind != JsonValueKind.String || Regex.IsMatch(instance.GetString()!, value.GetString()!),
                "maxProperties" => instance.ValueKind != JsonValueKind.Object || instance.EnumerateObject().Count() <= value.GetInt32(),
                "required" => instance.ValueKind != JsonValueKind.Object || value.EnumerateArray().All(name => instance.TryGetProperty(name.GetString()!, out _)),
                "properties" => instance.ValueKind != JsonValueKind.Object
                    || instance.EnumerateObject().All(p => !value.TryGetProperty(p.Name, out JsonElement sub) || Validate(sub, p.Value, defs)),
                "additionalProperties" => instance.ValueKind != JsonValueKind.Object
                    || value.ValueKind != JsonValueKind.False
                    || instance.EnumerateObject().All(p => schema.TryGetProperty("properties", out JsonElement declared) && declared.TryGetProperty(p.Name, out _)),
                "oneOf" => value.EnumerateArray().Count(branch => Validate(branch, instance, defs)) == 1,
                "anyOf" => value.EnumerateArray().Any(branch => Validate(branch, instance, defs)),
                "not" => !Validate(value, instance, defs),
                "if" => Validate(value, instance, defs)
                    ? !schema.TryGetProperty("then", out JsonElement then) || Validate(then, instance, defs)
                    : !schema.TryGetProperty("else", out JsonElement otherwise) || Validate(otherwise, instance, defs),
                _ => throw new InvalidOperationException("The test validator does not know the keyword " + keyword.Name),
            };
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasType(string type, JsonElement instance) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        _ => throw new InvalidOperationException("The test validator does not know the type " + type),
    };

    // Every schema object reachable from the root, the root included.
    private static IEnumerable<JsonElement> Subschemas(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (JsonProperty property in element.EnumerateObject())
            {
                foreach (JsonElement sub in Subschemas(property.Value))
                {
                    yield return sub;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (JsonElement sub in Subschemas(item))
                {
                    yield return sub;
                }
            }
        }
    }

    private static string Compact(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
