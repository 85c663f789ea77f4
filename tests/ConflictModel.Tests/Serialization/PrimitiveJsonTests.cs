using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using ConflictModel;
using ConflictModel.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Tests.Serialization;

/// <summary>Writes with <see cref="Utf8JsonWriter"/> and reads with <see cref="Utf8JsonReader"/> the way the enclosing code does.</summary>
internal static class PrimitiveJsonIO
{
    /// <summary>Writes one value to UTF-8 and returns it as text.</summary>
    public static string Write<T>(Action<Utf8JsonWriter, T> write, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Reads <paramref name="json"/> (one value) positioned on its first token, and checks the postcondition: the reader is
    /// left on the value's last token, the last token of the data.
    /// </summary>
    public static T Read<T>(JsonValueReader<T> read, string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        Assert.True(reader.Read());
        T value = read(ref reader);
        Assert.Equal(bytes.Length, reader.BytesConsumed);
        Assert.False(reader.Read());
        return value;
    }

    /// <summary>Reads the first element of <c>[json,"after"]</c> and checks that the next token is the string after it.</summary>
    public static T ReadFirstOfArray<T>(JsonValueReader<T> read, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("[" + json + ",\"after\"]"));
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        T value = read(ref reader);
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.String, reader.TokenType);
        Assert.Equal("after", reader.GetString());
        return value;
    }

    /// <summary>Reads <paramref name="json"/> and returns the <see cref="ConflictJsonException"/> it must throw.</summary>
    public static ConflictJsonException Fails<T>(JsonValueReader<T> read, string json) =>
        Assert.Throws<ConflictJsonException>(() => Read(read, json));

    /// <summary>Reads <paramref name="json"/> and returns the <see cref="UnknownJsonContentException"/> it must throw.</summary>
    public static UnknownJsonContentException Unknown<T>(JsonValueReader<T> read, string json) =>
        Assert.Throws<UnknownJsonContentException>(() => Read(read, json));

    /// <summary>Checks that <paramref name="value"/> is written as exactly <paramref name="expectedJson"/> and reads back equal.</summary>
    public static void AssertRoundTrip<T>(Action<Utf8JsonWriter, T> write, JsonValueReader<T> read, T value, string expectedJson)
    {
        string json = Write(write, value);
        Assert.Equal(expectedJson, json);
        Assert.Equal(value, Read(read, json));
    }
}

public class PrimitiveJsonTests
{
    private static readonly CountryCode Ukraine = new("UA");

    private static readonly GeoPoint SievierodonetskPoint = new(48.9482, 38.4917);

    private static readonly Place Sievierodonetsk = new()
    {
        Name = "Sievierodonetsk",
        Admin1 = "Luhansk",
        Country = Ukraine,
        Point = SievierodonetskPoint,
    };

    private static readonly Actor Gaidai = new()
    {
        Name = "Serhiy Gaidai",
        Kind = ActorKind.Official,
        Country = Ukraine,
        Role = "Governor of Luhansk region",
    };

    private static readonly LocalDate Friday = new(2022, 6, 24);

    [Fact]
    public void GeoPointIsLatitudeAndLongitude()
    {
        PrimitiveJsonIO.AssertRoundTrip(GeoPointJson.Write, GeoPointJson.Read, SievierodonetskPoint, """{"latitude":48.9482,"longitude":38.4917}""");
    }

    [Fact]
    public void GeoPointRoundTripsExtremesAndNegatives()
    {
        PrimitiveJsonIO.AssertRoundTrip(GeoPointJson.Write, GeoPointJson.Read, new GeoPoint(-90, 180), """{"latitude":-90,"longitude":180}""");
        PrimitiveJsonIO.AssertRoundTrip(GeoPointJson.Write, GeoPointJson.Read, new GeoPoint(0.1 + 0.2, -0.000001), """{"latitude":0.30000000000000004,"longitude":-1E-06}""");
    }

    [Fact]
    public void GeoPointReadsPropertiesInAnyOrder()
    {
        Assert.Equal(SievierodonetskPoint, PrimitiveJsonIO.Read(GeoPointJson.Read, """{"longitude":38.4917,"latitude":48.9482}"""));
    }

    [Fact]
    public void GeoPointReadsIntegerAndExponentNumbers()
    {
        Assert.Equal(new GeoPoint(48, 38.5), PrimitiveJsonIO.Read(GeoPointJson.Read, """{"latitude":48,"longitude":3.85e1}"""));
    }

    [Fact]
    public void PropertyNamesWithEscapesAreRecognised()
    {
        Assert.Equal(SievierodonetskPoint, PrimitiveJsonIO.Read(GeoPointJson.Read, """{"l\u0061titude":48.9482,"longitude":38.4917}"""));
    }

    [Fact]
    public void CountryCodeIsItsTwoLetterString()
    {
        PrimitiveJsonIO.AssertRoundTrip(CountryCodeJson.Write, CountryCodeJson.Read, Ukraine, "\"UA\"");
    }

    [Fact]
    public void CountryCodeReadsLowerCaseAsUpperCase()
    {
        Assert.Equal("RU", PrimitiveJsonIO.Read(CountryCodeJson.Read, "\"ru\"").Value);
    }

    [Fact]
    public void CountryCodeDefaultCannotBeWritten()
    {
        Assert.Throws<ArgumentException>(() => PrimitiveJsonIO.Write(CountryCodeJson.Write, default(CountryCode)));
    }

    [Fact]
    public void PlaceSievierodonetskWritesNameAdmin1CountryPointAndPrecision()
    {
        PrimitiveJsonIO.AssertRoundTrip(
            PlaceJson.Write,
            PlaceJson.Read,
            Sievierodonetsk,
            """{"name":"Sievierodonetsk","admin1":"Luhansk","country":"UA","point":{"latitude":48.9482,"longitude":38.4917},"precision":"locality"}""");
    }

    [Fact]
    public void PlaceWithEveryPropertyRoundTripsInOrder()
    {
        Place place = new()
        {
            Name = "Pryvillia",
            Admin1 = "Luhansk",
            Admin2 = "Sievierodonetsk raion",
            Admin3 = "Lysychansk hromada",
            Country = Ukraine,
            Point = new GeoPoint(48.9, 38.4),
            Precision = PlacePrecision.Near,
        };

        PrimitiveJsonIO.AssertRoundTrip(
            PlaceJson.Write,
            PlaceJson.Read,
            place,
            """{"name":"Pryvillia","admin1":"Luhansk","admin2":"Sievierodonetsk raion","admin3":"Lysychansk hromada","country":"UA","point":{"latitude":48.9,"longitude":38.4},"precision":"near"}""");
    }

    [Fact]
    public void PlaceWithOnlyANameAlwaysWritesPrecision()
    {
        PrimitiveJsonIO.AssertRoundTrip(
            PlaceJson.Write,
            PlaceJson.Read,
            new Place { Name = "Luhansk region", Precision = PlacePrecision.Region },
            """{"name":"Luhansk region","precision":"region"}""");
    }

    [Fact]
    public void PlaceWithoutPrecisionReadsAsLocality()
    {
        Place place = PrimitiveJsonIO.Read(PlaceJson.Read, """{"name":"Lysychansk"}""");

        Assert.Equal(new Place { Name = "Lysychansk" }, place);
        Assert.Equal(PlacePrecision.Locality, place.Precision);
    }

    [Fact]
    public void ActorGovernorOfLuhansk()
    {
        PrimitiveJsonIO.AssertRoundTrip(
            ActorJson.Write,
            ActorJson.Read,
            Gaidai,
            """{"name":"Serhiy Gaidai","kind":"official","country":"UA","role":"Governor of Luhansk region"}""");
    }

    [Fact]
    public void ActorWithEveryPropertyRoundTripsInOrder()
    {
        Actor actor = new()
        {
            Name = "Armed Forces of Ukraine",
            Kind = ActorKind.StateForces,
            Country = Ukraine,
            Affiliation = "Ministry of Defence of Ukraine",
            Role = "defenders of Sievierodonetsk",
        };

        PrimitiveJsonIO.AssertRoundTrip(
            ActorJson.Write,
            ActorJson.Read,
            actor,
            """{"name":"Armed Forces of Ukraine","kind":"state-forces","country":"UA","affiliation":"Ministry of Defence of Ukraine","role":"defenders of Sievierodonetsk"}""");
    }

    [Fact]
    public void ActorWithOnlyANameWritesOnlyTheName()
    {
        PrimitiveJsonIO.AssertRoundTrip(ActorJson.Write, ActorJson.Read, new Actor { Name = "Russian forces" }, """{"name":"Russian forces"}""");
    }

    [Fact]
    public void EstimateExactlyFortyEight()
    {
        PrimitiveJsonIO.AssertRoundTrip(EstimateJson.Write, EstimateJson.Read, Estimate.Exactly(48), """{"kind":"exact","value":48}""");
    }

    [Fact]
    public void EstimateBetweenTenAndTwenty()
    {
        PrimitiveJsonIO.AssertRoundTrip(EstimateJson.Write, EstimateJson.Read, Estimate.Between(10, 20), """{"kind":"range","low":10,"high":20}""");
    }

    [Fact]
    public void EstimateAtLeastSeventeen()
    {
        PrimitiveJsonIO.AssertRoundTrip(EstimateJson.Write, EstimateJson.Read, Estimate.AtLeast(17), """{"kind":"at-least","value":17}""");
    }

    [Fact]
    public void EstimateAtMostThirty()
    {
        PrimitiveJsonIO.AssertRoundTrip(EstimateJson.Write, EstimateJson.Read, Estimate.AtMost(30), """{"kind":"at-most","value":30}""");
    }

    [Fact]
    public void EstimateAboutFifty()
    {
        PrimitiveJsonIO.AssertRoundTrip(EstimateJson.Write, EstimateJson.Read, Estimate.About(50), """{"kind":"approximate","value":50}""");
    }

    [Fact]
    public void EstimateHundreds()
    {
        PrimitiveJsonIO.AssertRoundTrip(EstimateJson.Write, EstimateJson.Read, Estimate.Approximately(Quantifier.Hundreds), """{"kind":"qualifier","quantifier":"hundreds"}""");
    }

    [Fact]
    public void EstimateTensOfThousands()
    {
        PrimitiveJsonIO.AssertRoundTrip(
            EstimateJson.Write,
            EstimateJson.Read,
            Estimate.Approximately(Quantifier.TensOfThousands),
            """{"kind":"qualifier","quantifier":"tens-of-thousands"}""");
    }

    [Fact]
    public void EstimateZeroAndLargestCountRoundTrip()
    {
        PrimitiveJsonIO.AssertRoundTrip(EstimateJson.Write, EstimateJson.Read, Estimate.Exactly(0), """{"kind":"exact","value":0}""");
        PrimitiveJsonIO.AssertRoundTrip(EstimateJson.Write, EstimateJson.Read, Estimate.AtLeast(long.MaxValue), """{"kind":"at-least","value":9223372036854775807}""");
    }

    [Fact]
    public void EstimateBareIntegerIsShorthandForExact()
    {
        Assert.Equal(Estimate.Exactly(48), PrimitiveJsonIO.Read(EstimateJson.Read, "48"));
    }

    [Fact]
    public void EstimateBareIntegerLeavesTheReaderOnTheNumber()
    {
        Assert.Equal(Estimate.Exactly(17), PrimitiveJsonIO.ReadFirstOfArray(EstimateJson.Read, "17"));
    }

    [Fact]
    public void EstimateAcceptsBoundsTheKindImplies()
    {
        Assert.Equal(Estimate.Exactly(48), PrimitiveJsonIO.Read(EstimateJson.Read, """{"value":48,"high":48,"low":48,"kind":"exact"}"""));
        Assert.Equal(Estimate.AtMost(30), PrimitiveJsonIO.Read(EstimateJson.Read, """{"kind":"at-most","value":30,"low":0}"""));
    }

    [Fact]
    public void SourceRefTelegramPostOfTheGovernorRelayedByReuters()
    {
        SourceRef source = new()
        {
            Outlet = "Reuters",
            Channel = SourceChannel.Messenger,
            Platform = "Telegram",
            Speaker = Gaidai,
            Published = Instant.FromUtc(2022, 6, 25, 10, 0),
            Link = new Uri("https://t.me/luhanskaVTA/12345"),
            Quote = "Russian forces fully occupied Sievierodonetsk",
        };

        PrimitiveJsonIO.AssertRoundTrip(
            SourceRefJson.Write,
            SourceRefJson.Read,
            source,
            """{"outlet":"Reuters","channel":"messenger","platform":"Telegram","speaker":{"name":"Serhiy Gaidai","kind":"official","country":"UA","role":"Governor of Luhansk region"},"published":"2022-06-25T10:00:00Z","link":"https://t.me/luhanskaVTA/12345","quote":"Russian forces fully occupied Sievierodonetsk"}""");
    }

    [Fact]
    public void SourceRefNewsAgency()
    {
        PrimitiveJsonIO.AssertRoundTrip(
            SourceRefJson.Write,
            SourceRefJson.Read,
            new SourceRef { Outlet = "TASS", Channel = SourceChannel.NewsAgency },
            """{"outlet":"TASS","channel":"news-agency"}""");
    }

    [Fact]
    public void SourceRefEmptyIsAnEmptyObject()
    {
        PrimitiveJsonIO.AssertRoundTrip(SourceRefJson.Write, SourceRefJson.Read, new SourceRef(), "{}");
    }

    [Fact]
    public void VerificationUnverifiedByReuters()
    {
        PrimitiveJsonIO.AssertRoundTrip(VerificationJson.Write, VerificationJson.Read, Verification.Unverified("Reuters"), """{"status":"unverified","by":"Reuters"}""");
    }

    [Fact]
    public void VerificationDeniedWithNote()
    {
        PrimitiveJsonIO.AssertRoundTrip(
            VerificationJson.Write,
            VerificationJson.Read,
            Verification.Denied("Russia") with { Note = "called the report a provocation" },
            """{"status":"denied","by":"Russia","note":"called the report a provocation"}""");
    }

    [Fact]
    public void VerificationWithStatusOnly()
    {
        PrimitiveJsonIO.AssertRoundTrip(VerificationJson.Write, VerificationJson.Read, Verification.Claimed(), """{"status":"claimed"}""");
    }

    [Fact]
    public void EventTimeOnFridayAtNight()
    {
        EventTime time = EventTime.OnDay(Friday).WithPartOfDay(PartOfDay.Night).WithPhrase("on Friday");

        PrimitiveJsonIO.AssertRoundTrip(
            EventTimeJson.Write,
            EventTimeJson.Read,
            time,
            """{"precision":"day","date":"2022-06-24","partOfDay":"night","phrase":"on Friday"}""");
    }

    [Fact]
    public void EventTimeInMonthIsAnchoredOnTheFirst()
    {
        PrimitiveJsonIO.AssertRoundTrip(EventTimeJson.Write, EventTimeJson.Read, EventTime.InMonth(2022, 6), """{"precision":"month","date":"2022-06-01"}""");
    }

    [Fact]
    public void EventTimeInWeekIsAnchoredOnMonday()
    {
        PrimitiveJsonIO.AssertRoundTrip(EventTimeJson.Write, EventTimeJson.Read, EventTime.InWeek(Friday), """{"precision":"week","date":"2022-06-20"}""");
    }

    [Fact]
    public void EventTimeInYear()
    {
        PrimitiveJsonIO.AssertRoundTrip(
            EventTimeJson.Write,
            EventTimeJson.Read,
            EventTime.InYear(2022).WithPhrase("this year"),
            """{"precision":"year","date":"2022-01-01","phrase":"this year"}""");
    }

    [Fact]
    public void EventTimeWithinARangeOfDays()
    {
        EventTime time = EventTime.Within(new DateInterval(new LocalDate(2022, 6, 20), Friday)).WithPhrase("during the last several days");

        PrimitiveJsonIO.AssertRoundTrip(
            EventTimeJson.Write,
            EventTimeJson.Read,
            time,
            """{"precision":"day","range":{"start":"2022-06-20","end":"2022-06-24"},"phrase":"during the last several days"}""");
    }

    [Fact]
    public void EventTimeMonthNarrowedByARange()
    {
        EventTime time = EventTime.InMonth(2022, 6).WithRange(new DateInterval(new LocalDate(2022, 6, 20), Friday));

        PrimitiveJsonIO.AssertRoundTrip(
            EventTimeJson.Write,
            EventTimeJson.Read,
            time,
            """{"precision":"month","date":"2022-06-01","range":{"start":"2022-06-20","end":"2022-06-24"}}""");
    }

    [Fact]
    public void EventTimeAtAnExactInstant()
    {
        EventTime time = EventTime.At(Instant.FromUtc(2022, 6, 24, 21, 0)).WithPartOfDay(PartOfDay.Night);

        PrimitiveJsonIO.AssertRoundTrip(
            EventTimeJson.Write,
            EventTimeJson.Read,
            time,
            """{"precision":"exact","instant":"2022-06-24T21:00:00Z","partOfDay":"night"}""");
    }

    [Fact]
    public void EventTimeInstantKeepsNanoseconds()
    {
        EventTime time = EventTime.At(Instant.FromUtc(2022, 6, 24, 21, 0, 5).PlusNanoseconds(123_456_789));

        PrimitiveJsonIO.AssertRoundTrip(
            EventTimeJson.Write,
            EventTimeJson.Read,
            time,
            """{"precision":"exact","instant":"2022-06-24T21:00:05.123456789Z"}""");
    }

    [Fact]
    public void LocalDateIsIsoDate()
    {
        PrimitiveJsonIO.AssertRoundTrip(NodaJson.Write, NodaJson.ReadLocalDate, Friday, "\"2022-06-24\"");
    }

    [Fact]
    public void InstantIsExtendedIso()
    {
        PrimitiveJsonIO.AssertRoundTrip(NodaJson.Write, NodaJson.ReadInstant, Instant.FromUtc(2022, 6, 25, 10, 0), "\"2022-06-25T10:00:00Z\"");
    }

    [Fact]
    public void DateIntervalIsInclusiveStartAndEnd()
    {
        PrimitiveJsonIO.AssertRoundTrip(
            NodaJson.Write,
            NodaJson.ReadDateInterval,
            new DateInterval(new LocalDate(2022, 6, 20), Friday),
            """{"start":"2022-06-20","end":"2022-06-24"}""");
    }

    [Fact]
    public void DateIntervalBeforeYearZeroAndInAnotherCalendarIsWrittenAsNodaTimeFormatsIt()
    {
        // Dates are written as bytes for years 0000-9999 and through NodaTime's ISO pattern for earlier ones; a range's days
        // go the same way as any other date.
        var wide = new DateInterval(new LocalDate(-5, 1, 1), new LocalDate(9999, 12, 31));
        var julian = new DateInterval(new LocalDate(2022, 6, 11, CalendarSystem.Julian), new LocalDate(2022, 6, 12, CalendarSystem.Julian));

        Assert.Equal($$"""{"start":"{{LocalDatePattern.Iso.Format(wide.Start)}}","end":"{{LocalDatePattern.Iso.Format(wide.End)}}"}""", PrimitiveJsonIO.Write(NodaJson.Write, wide));
        Assert.Equal("""{"start":"2022-06-24","end":"2022-06-25"}""", PrimitiveJsonIO.Write(NodaJson.Write, julian));
    }

    [Fact]
    public void DateIntervalOfOneDay()
    {
        PrimitiveJsonIO.AssertRoundTrip(NodaJson.Write, NodaJson.ReadDateInterval, new DateInterval(Friday, Friday), """{"start":"2022-06-24","end":"2022-06-24"}""");
    }

    [Fact]
    public void NonIsoDateIsWrittenInTheIsoCalendar()
    {
        LocalDate julian = Friday.WithCalendar(CalendarSystem.Julian);

        Assert.Equal("\"2022-06-24\"", PrimitiveJsonIO.Write(NodaJson.Write, julian));
    }

    [Fact]
    public void EveryObjectReaderLeavesTheReaderOnItsEndObject()
    {
        Assert.Equal(SievierodonetskPoint, PrimitiveJsonIO.ReadFirstOfArray(GeoPointJson.Read, """{"latitude":48.9482,"longitude":38.4917}"""));
        Assert.Equal(Ukraine, PrimitiveJsonIO.ReadFirstOfArray(CountryCodeJson.Read, "\"UA\""));
        Assert.Equal(Sievierodonetsk, PrimitiveJsonIO.ReadFirstOfArray(PlaceJson.Read, PrimitiveJsonIO.Write(PlaceJson.Write, Sievierodonetsk)));
        Assert.Equal(Gaidai, PrimitiveJsonIO.ReadFirstOfArray(ActorJson.Read, PrimitiveJsonIO.Write(ActorJson.Write, Gaidai)));
        Assert.Equal(Estimate.Between(10, 20), PrimitiveJsonIO.ReadFirstOfArray(EstimateJson.Read, """{"kind":"range","low":10,"high":20}"""));
        Assert.Equal(
            new SourceRef { Speaker = Gaidai },
            PrimitiveJsonIO.ReadFirstOfArray(SourceRefJson.Read, """{"speaker":{"name":"Serhiy Gaidai","kind":"official","country":"UA","role":"Governor of Luhansk region"}}"""));
        Assert.Equal(Verification.Unverified("Reuters"), PrimitiveJsonIO.ReadFirstOfArray(VerificationJson.Read, """{"status":"unverified","by":"Reuters"}"""));
        Assert.Equal(
            EventTime.Within(new DateInterval(new LocalDate(2022, 6, 20), Friday)),
            PrimitiveJsonIO.ReadFirstOfArray(EventTimeJson.Read, """{"range":{"start":"2022-06-20","end":"2022-06-24"},"precision":"day"}"""));
        Assert.Equal(new DateInterval(Friday, Friday), PrimitiveJsonIO.ReadFirstOfArray(NodaJson.ReadDateInterval, """{"end":"2022-06-24","start":"2022-06-24"}"""));
    }

    [Fact]
    public void WritersWriteOnlyTheValueAfterAPropertyName()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("where");
            PlaceJson.Write(writer, new Place { Name = "Lysychansk" });
            writer.WritePropertyName("count");
            EstimateJson.Write(writer, Estimate.Exactly(48));
            writer.WriteEndObject();
        }

        Assert.Equal("""{"where":{"name":"Lysychansk","precision":"locality"},"count":{"kind":"exact","value":48}}""", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
