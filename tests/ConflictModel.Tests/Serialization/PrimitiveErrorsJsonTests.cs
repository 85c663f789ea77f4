using System;
using System.Text.Json;
using ConflictModel;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

/// <summary>Invalid and unknown content: each error names the problem and points at the offending token.</summary>
public class PrimitiveErrorsJsonTests
{
    [Fact]
    public void LatitudeOutOfRangePointsAtTheNumber()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(GeoPointJson.Read, """{"latitude":91,"longitude":1}""");

        Assert.Equal(12, e.BytePosition);
        Assert.Contains("latitude 91", e.Problem, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
    }

    [Fact]
    public void LongitudeOutOfRangePointsAtTheNumber()
    {
        const string Json = """{"longitude":-180.5,"latitude":1}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(GeoPointJson.Read, Json);

        Assert.Equal(Json.IndexOf("-180.5", StringComparison.Ordinal), e.BytePosition);
        Assert.Contains("longitude -180.5", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LatitudeTooLargeForADoubleIsNotFinite()
    {
        const string Json = """{"latitude":1e400,"longitude":1}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(GeoPointJson.Read, Json);

        Assert.Equal(12, e.BytePosition);
        Assert.Contains("1e400", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LatitudeAsAStringIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(GeoPointJson.Read, """{"latitude":"48.9","longitude":1}""");

        Assert.Equal(12, e.BytePosition);
        Assert.Equal("expected a number, found a string", e.Problem);
    }

    [Fact]
    public void MissingLatitudeIsReportedAtTheClosingBrace()
    {
        const string Json = """{"longitude":1}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(GeoPointJson.Read, Json);

        Assert.Equal(Json.Length - 1, e.BytePosition);
        Assert.Equal("missing required property 'latitude'", e.Problem);
    }

    [Fact]
    public void DuplicateLatitudeIsReportedAtTheSecondName()
    {
        const string Json = """{"latitude":1,"longitude":1,"latitude":2}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(GeoPointJson.Read, Json);

        Assert.Equal(Json.LastIndexOf("\"latitude\"", StringComparison.Ordinal), e.BytePosition);
        Assert.Equal("duplicate property 'latitude'", e.Problem);
    }

    [Fact]
    public void GeoPointAsAnArrayIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(GeoPointJson.Read, "[48.9,38.4]");

        Assert.Equal(0, e.BytePosition);
        Assert.Equal("expected an object, found an array", e.Problem);
    }

    [Fact]
    public void UnknownGeoPointPropertyIsUnknownContent()
    {
        UnknownJsonContentException e = PrimitiveJsonIO.Unknown(GeoPointJson.Read, """{"latitude":1,"longitude":1,"altitude":100}""");

        Assert.Contains("altitude", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedCountryCodeInAPlacePointsAtTheCode()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(PlaceJson.Read, """{"name":"X","country":"UKR"}""");

        Assert.Equal(22, e.BytePosition);
        Assert.Contains("'UKR'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CountryCodeAsANumberIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(CountryCodeJson.Read, "380");

        Assert.Equal(0, e.BytePosition);
        Assert.Equal("expected a string, found a number", e.Problem);
    }

    [Fact]
    public void PlaceWithoutNameIsReportedAtTheClosingBrace()
    {
        const string Json = """{"admin1":"Luhansk"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(PlaceJson.Read, Json);

        Assert.Equal(Json.Length - 1, e.BytePosition);
        Assert.Equal("missing required property 'name'", e.Problem);
    }

    [Fact]
    public void PlaceWithBlankNamePointsAtTheName()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(PlaceJson.Read, """{"precision":"near","name":"  "}""");

        Assert.Equal(27, e.BytePosition);
        Assert.IsType<ArgumentException>(e.InnerException);
    }

    [Fact]
    public void InvalidPointInsideAPlacePointsAtTheNestedNumber()
    {
        const string Json = """{"name":"X","point":{"latitude":91,"longitude":1}}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(PlaceJson.Read, Json);

        Assert.Equal(Json.IndexOf("91", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void DuplicatePlaceNameIsAnError()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(PlaceJson.Read, """{"name":"X","name":"Y"}""");

        Assert.Equal(12, e.BytePosition);
        Assert.Equal("duplicate property 'name'", e.Problem);
    }

    [Fact]
    public void UnknownPlacePropertyIsUnknownContent()
    {
        UnknownJsonContentException e = PrimitiveJsonIO.Unknown(PlaceJson.Read, """{"name":"X","geonamesId":706483}""");

        Assert.Contains("geonamesId", e.Message, StringComparison.Ordinal);
        Assert.Contains("Place", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPlacePrecisionIsUnknownContent()
    {
        UnknownJsonContentException e = PrimitiveJsonIO.Unknown(PlaceJson.Read, """{"name":"X","precision":"building"}""");

        Assert.Contains("building", e.Message, StringComparison.Ordinal);
        Assert.Contains("PlacePrecision", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownActorKindIsUnknownContent()
    {
        UnknownJsonContentException e = PrimitiveJsonIO.Unknown(ActorJson.Read, """{"name":"Wagner Group","kind":"private-military-company"}""");

        Assert.Contains("private-military-company", e.Message, StringComparison.Ordinal);
        Assert.Contains("ActorKind", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownActorPropertyIsUnknownContent()
    {
        UnknownJsonContentException e = PrimitiveJsonIO.Unknown(ActorJson.Read, """{"name":"Serhiy Gaidai","rank":"colonel"}""");

        Assert.Contains("rank", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorKindAsANumberIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(ActorJson.Read, """{"name":"X","kind":1}""");

        Assert.Equal(19, e.BytePosition);
        Assert.Equal("expected a string, found a number", e.Problem);
    }

    [Fact]
    public void ActorWithoutNameIsAnError()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(ActorJson.Read, """{"kind":"official"}""");

        Assert.Equal(18, e.BytePosition);
        Assert.Equal("missing required property 'name'", e.Problem);
    }

    [Fact]
    public void ActorWithEmptyNamePointsAtTheName()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(ActorJson.Read, """{"name":""}""");

        Assert.Equal(8, e.BytePosition);
    }

    [Fact]
    public void NegativeEstimateValuePointsAtTheNumber()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, """{"kind":"exact","value":-5}""");

        Assert.Equal(24, e.BytePosition);
        Assert.Contains("value -5", e.Problem, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
    }

    [Fact]
    public void NegativeBareEstimatePointsAtTheNumber()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, "-3");

        Assert.Equal(0, e.BytePosition);
        Assert.Contains("-3", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeWithLowAboveHighPointsAtLow()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, """{"kind":"range","low":20,"high":10}""");

        Assert.Equal(22, e.BytePosition);
        Assert.Contains("20", e.Problem, StringComparison.Ordinal);
        Assert.Contains("10", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ExactWithoutValueIsReportedAtTheClosingBrace()
    {
        const string Json = """{"kind":"exact"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, Json);

        Assert.Equal(Json.Length - 1, e.BytePosition);
        Assert.Contains("value", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeWithAValuePointsAtTheValue()
    {
        const string Json = """{"kind":"range","low":1,"high":2,"value":1}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, Json);

        Assert.Equal(Json.Length - 2, e.BytePosition);
    }

    [Fact]
    public void QuantifierOnAnExactCountPointsAtTheQuantifier()
    {
        const string Json = """{"kind":"exact","value":1,"quantifier":"few"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, Json);

        Assert.Equal(Json.IndexOf("\"few\"", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void ExactLowContradictingTheValuePointsAtLow()
    {
        const string Json = """{"kind":"exact","value":48,"low":47}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, Json);

        Assert.Equal(Json.IndexOf("47", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void FractionalEstimateIsNotAnInteger()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, """{"kind":"exact","value":48.5}""");

        Assert.Equal(24, e.BytePosition);
        Assert.Contains("48.5", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimateBeyondALongIsOutOfRange()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, """{"kind":"exact","value":9223372036854775808}""");

        Assert.Equal(24, e.BytePosition);
        Assert.Contains("9223372036854775808", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimateValueAsAStringIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, """{"kind":"exact","value":"48"}""");

        Assert.Equal(24, e.BytePosition);
        Assert.Equal("expected an integer, found a string", e.Problem);
    }

    [Fact]
    public void EstimateAsABooleanIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, "true");

        Assert.Equal(0, e.BytePosition);
        Assert.Equal("expected an object or an integer, found a boolean", e.Problem);
    }

    [Fact]
    public void EstimateWithoutKindIsAnError()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EstimateJson.Read, """{"value":48}""");

        Assert.Equal(11, e.BytePosition);
        Assert.Equal("missing required property 'kind'", e.Problem);
    }

    [Fact]
    public void UnknownEstimateKindAndQuantifierAreUnknownContent()
    {
        Assert.Contains("EstimateKind", PrimitiveJsonIO.Unknown(EstimateJson.Read, """{"kind":"most","value":1}""").Message, StringComparison.Ordinal);
        Assert.Contains("Quantifier", PrimitiveJsonIO.Unknown(EstimateJson.Read, """{"kind":"qualifier","quantifier":"scores"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEstimatePropertyIsUnknownContent()
    {
        Assert.Contains("unit", PrimitiveJsonIO.Unknown(EstimateJson.Read, """{"kind":"exact","value":48,"unit":"missiles"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthPrecisionOnTheFifteenthPointsAtTheDate()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, """{"precision":"month","date":"2022-06-15"}""");

        Assert.Equal(28, e.BytePosition);
        Assert.Contains("2022-06-15", e.Problem, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(e.InnerException);
    }

    [Fact]
    public void MalformedDatePointsAtTheDate()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, """{"precision":"day","date":"2022-13-01"}""");

        Assert.Equal(26, e.BytePosition);
        Assert.Contains("'2022-13-01'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DateWithATimeIsMalformed()
    {
        const string Json = """{"precision":"day","date":"2022-06-24T21:00:00Z"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, Json);

        Assert.Equal(26, e.BytePosition);
    }

    [Fact]
    public void InstantWithAnOffsetIsMalformed()
    {
        const string Json = """{"precision":"exact","instant":"2022-06-24T21:00:00+03:00"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, Json);

        Assert.Equal(Json.IndexOf("\"2022", StringComparison.Ordinal), e.BytePosition);
        Assert.Contains("2022-06-24T21:00:00+03:00", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ExactTimeWithADatePointsAtTheDate()
    {
        const string Json = """{"precision":"exact","instant":"2022-06-24T21:00:00Z","date":"2022-06-24"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, Json);

        Assert.Equal(Json.LastIndexOf("\"2022-06-24\"", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void ExactTimeWithoutInstantIsReportedAtTheClosingBrace()
    {
        const string Json = """{"precision":"exact"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, Json);

        Assert.Equal(Json.Length - 1, e.BytePosition);
        Assert.Contains("instant", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PartOfDayWithMonthPrecisionPointsAtThePartOfDay()
    {
        const string Json = """{"precision":"month","date":"2022-06-01","partOfDay":"night"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, Json);

        Assert.Equal(Json.IndexOf("\"night\"", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void RangeNotOverlappingTheDatePointsAtTheRange()
    {
        const string Json = """{"precision":"day","date":"2022-06-24","range":{"start":"2022-06-01","end":"2022-06-02"}}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, Json);

        Assert.Equal(Json.IndexOf("{\"start\"", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void BlankPhrasePointsAtThePhrase()
    {
        const string Json = """{"precision":"year","date":"2022-01-01","phrase":" "}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, Json);

        Assert.Equal(Json.IndexOf("\" \"", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void EventTimeWithoutPrecisionIsAnError()
    {
        const string Json = """{"date":"2022-06-24"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(EventTimeJson.Read, Json);

        Assert.Equal(Json.Length - 1, e.BytePosition);
        Assert.Equal("missing required property 'precision'", e.Problem);
    }

    [Fact]
    public void UnknownPartOfDayIsUnknownContent()
    {
        Assert.Contains("dawn", PrimitiveJsonIO.Unknown(EventTimeJson.Read, """{"precision":"day","date":"2022-06-24","partOfDay":"dawn"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTimePrecisionIsUnknownContent()
    {
        Assert.Contains("TimePrecision", PrimitiveJsonIO.Unknown(EventTimeJson.Read, """{"precision":"decade","date":"2020-01-01"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEventTimePropertyIsUnknownContent()
    {
        Assert.Contains("timeZone", PrimitiveJsonIO.Unknown(EventTimeJson.Read, """{"precision":"day","date":"2022-06-24","timeZone":"Europe/Kyiv"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateIntervalEndingBeforeItStartsPointsAtTheEnd()
    {
        const string Json = """{"start":"2022-06-24","end":"2022-06-20"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(NodaJson.ReadDateInterval, Json);

        Assert.Equal(Json.IndexOf("\"2022-06-20\"", StringComparison.Ordinal), e.BytePosition);
        Assert.Contains("2022-06-20", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DateIntervalWithoutEndIsAnError()
    {
        const string Json = """{"start":"2022-06-24"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(NodaJson.ReadDateInterval, Json);

        Assert.Equal(Json.Length - 1, e.BytePosition);
        Assert.Equal("missing required property 'end'", e.Problem);
    }

    [Fact]
    public void RelativeLinkPointsAtTheLink()
    {
        const string Json = """{"outlet":"Reuters","link":"world/europe/123"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(SourceRefJson.Read, Json);

        Assert.Equal(Json.IndexOf("\"world", StringComparison.Ordinal), e.BytePosition);
        Assert.Contains("world/europe/123", e.Problem, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(e.InnerException);
    }

    [Fact]
    public void RootRelativeLinkIsRelative()
    {
        const string Json = """{"link":"/world/europe/123"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(SourceRefJson.Read, Json);

        Assert.Equal(8, e.BytePosition);
    }

    [Theory]
    [InlineData("""{"link":"C:\\news\\1"}""")]
    [InlineData("""{"link":"\\\\server\\share\\news"}""")]
    public void LocalPathIsNotTakenForAFileLink(string json)
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(SourceRefJson.Read, json);

        Assert.Equal(8, e.BytePosition);
        Assert.Contains("local path", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplicitFileLinkIsAbsolute()
    {
        Assert.Equal(new Uri("file:///srv/reports/1.html"), PrimitiveJsonIO.Read(SourceRefJson.Read, """{"link":"file:///srv/reports/1.html"}""").Link);
    }

    [Fact]
    public void MalformedPublishedInstantPointsAtIt()
    {
        const string Json = """{"outlet":"Reuters","published":"25 June 2022"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(SourceRefJson.Read, Json);

        Assert.Equal(Json.IndexOf("\"25", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void InvalidSpeakerInsideASourcePointsIntoTheSpeaker()
    {
        const string Json = """{"speaker":{"kind":"official"}}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(SourceRefJson.Read, Json);

        Assert.Equal(Json.Length - 2, e.BytePosition);
        Assert.Equal("missing required property 'name'", e.Problem);
    }

    [Fact]
    public void UnknownSourceChannelIsUnknownContent()
    {
        Assert.Contains("SourceChannel", PrimitiveJsonIO.Unknown(SourceRefJson.Read, """{"channel":"podcast"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPropertyOfANestedSpeakerIsUnknownContent()
    {
        Assert.Contains("Actor", PrimitiveJsonIO.Unknown(SourceRefJson.Read, """{"speaker":{"name":"X","party":"Servant of the People"}}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateSourcePropertyIsAnError()
    {
        const string Json = """{"quote":"a","outlet":"b","quote":"c"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(SourceRefJson.Read, Json);

        Assert.Equal(Json.LastIndexOf("\"quote\"", StringComparison.Ordinal), e.BytePosition);
        Assert.Equal("duplicate property 'quote'", e.Problem);
    }

    [Fact]
    public void VerificationWithoutStatusIsAnError()
    {
        const string Json = """{"by":"Reuters"}""";

        ConflictJsonException e = PrimitiveJsonIO.Fails(VerificationJson.Read, Json);

        Assert.Equal(Json.Length - 1, e.BytePosition);
        Assert.Equal("missing required property 'status'", e.Problem);
    }

    [Fact]
    public void UnknownVerificationStatusIsUnknownContent()
    {
        UnknownJsonContentException e = PrimitiveJsonIO.Unknown(VerificationJson.Read, """{"status":"rumoured"}""");

        Assert.Contains("'rumoured'", e.Message, StringComparison.Ordinal);
        Assert.Contains("VerificationStatus", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerificationByAsANumberIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(VerificationJson.Read, """{"status":"claimed","by":7}""");

        Assert.Equal(25, e.BytePosition);
        Assert.Equal("expected a string, found a number", e.Problem);
    }

    [Fact]
    public void NullInsideAPrimitiveIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(ActorJson.Read, """{"name":"X","role":null}""");

        Assert.Equal(19, e.BytePosition);
        Assert.Equal("expected a string, found null", e.Problem);
    }

    [Fact]
    public void ErrorsCarryTheProblemAsTheirMessage()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(VerificationJson.Read, "\"unverified\"");

        Assert.Equal("expected an object, found a string", e.Message);
        Assert.Equal(0, e.BytePosition);
    }

    [Fact]
    public void WritingNullValuesThrows()
    {
        using var writer = new Utf8JsonWriter(new System.Buffers.ArrayBufferWriter<byte>());

        Assert.Throws<ArgumentNullException>(() => ActorJson.Write(writer, null!));
        Assert.Throws<ArgumentNullException>(() => PlaceJson.Write(null!, new Place { Name = "X" }));
    }
}
