using System;
using ConflictModel;
using NodaTime;

namespace ConflictModel.Tests.Primitives;

public class EventTimeTests
{
    // From the report: "on Friday" and "on Saturday" of the week Sievierodonetsk fell.
    private static readonly LocalDate Friday = new(2022, 6, 24);
    private static readonly LocalDate Saturday = new(2022, 6, 25);

    [Fact]
    public void OnDayHasDayPrecisionAndThatDate()
    {
        EventTime time = EventTime.OnDay(Friday);

        Assert.Equal(TimePrecision.Day, time.Precision);
        Assert.Equal(Friday, time.Date);
        Assert.Null(time.Instant);
        Assert.Null(time.Range);
        Assert.Null(time.PartOfDay);
        Assert.Null(time.Phrase);
    }

    [Fact]
    public void OnDaySpansThatSingleDay()
    {
        Assert.Equal(new DateInterval(Saturday, Saturday), EventTime.OnDay(Saturday).ToDateInterval());
    }

    [Fact]
    public void AtHasExactPrecisionAndNoDate()
    {
        Instant instant = Instant.FromUtc(2022, 6, 24, 21, 0);

        EventTime time = EventTime.At(instant);

        Assert.Equal(TimePrecision.Exact, time.Precision);
        Assert.Equal(instant, time.Instant);
        Assert.Null(time.Date);
    }

    [Fact]
    public void ExactSpansTheUtcDayOfTheInstant()
    {
        // 23:30 UTC on the 24th is already the 25th in Kyiv; the span is the UTC day.
        EventTime time = EventTime.At(Instant.FromUtc(2022, 6, 24, 23, 30));

        Assert.Equal(new DateInterval(Friday, Friday), time.ToDateInterval());
    }

    [Fact]
    public void InWeekNormalisesToMonday()
    {
        // 2022-06-24 is a Friday; its ISO week starts on Monday 2022-06-20.
        EventTime time = EventTime.InWeek(Friday);

        Assert.Equal(TimePrecision.Week, time.Precision);
        Assert.Equal(new LocalDate(2022, 6, 20), time.Date);
    }

    [Fact]
    public void InWeekOfSundayBelongsToThePrecedingMonday()
    {
        Assert.Equal(EventTime.InWeek(Friday), EventTime.InWeek(new LocalDate(2022, 6, 26)));
        Assert.NotEqual(EventTime.InWeek(Friday), EventTime.InWeek(new LocalDate(2022, 6, 27)));
    }

    [Fact]
    public void WeekSpansSevenDaysFromMonday()
    {
        DateInterval span = EventTime.InWeek(Saturday).ToDateInterval();

        Assert.Equal(new DateInterval(new LocalDate(2022, 6, 20), new LocalDate(2022, 6, 26)), span);
        Assert.Equal(7, span.Length);
    }

    [Fact]
    public void InWeekWhoseWeekRunsPastTheLastSupportedDateThrows()
    {
        // 9999-12-31 is a Friday: its week would end in the year 10000.
        Assert.Throws<ArgumentOutOfRangeException>("anyDayOfWeek", () => EventTime.InWeek(new LocalDate(9999, 12, 31)));
    }

    [Fact]
    public void InMonthIsAnchoredOnTheFirst()
    {
        // "this month" in a report of June 2022.
        EventTime time = EventTime.InMonth(2022, 6);

        Assert.Equal(TimePrecision.Month, time.Precision);
        Assert.Equal(new LocalDate(2022, 6, 1), time.Date);
    }

    [Fact]
    public void MonthSpansTheWholeMonth()
    {
        DateInterval span = EventTime.InMonth(2022, 6).ToDateInterval();

        Assert.Equal(new LocalDate(2022, 6, 1), span.Start);
        Assert.Equal(new LocalDate(2022, 6, 30), span.End);
    }

    [Fact]
    public void FebruarySpansItsLeapDay()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), EventTime.InMonth(2024, 2).ToDateInterval().End);
    }

    [Fact]
    public void YearSpansTheWholeYear()
    {
        EventTime time = EventTime.InYear(2022);

        Assert.Equal(new LocalDate(2022, 1, 1), time.Date);
        Assert.Equal(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)), time.ToDateInterval());
    }

    [Theory]
    [InlineData(2022, 0, "month")]
    [InlineData(2022, 13, "month")]
    [InlineData(10000, 1, "year")]
    [InlineData(-9999, 1, "year")]
    public void InMonthOutOfRangeThrows(int year, int month, string parameter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(parameter, () => EventTime.InMonth(year, month));
    }

    [Fact]
    public void InYearOutOfRangeThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>("year", () => EventTime.InYear(10000));
    }

    [Fact]
    public void WithinHasDayPrecisionNoDateAndTheRange()
    {
        // "during the last several days" before Friday.
        var range = new DateInterval(new LocalDate(2022, 6, 20), Friday);

        EventTime time = EventTime.Within(range);

        Assert.Equal(TimePrecision.Day, time.Precision);
        Assert.Null(time.Date);
        Assert.Equal(range, time.Range);
        Assert.Equal(range, time.ToDateInterval());
    }

    [Fact]
    public void WithinNullThrows()
    {
        Assert.Throws<ArgumentNullException>("range", () => EventTime.Within(null!));
    }

    [Fact]
    public void WithPartOfDayNightOnFriday()
    {
        // "on Friday ... at night".
        EventTime time = EventTime.OnDay(Friday).WithPartOfDay(PartOfDay.Night);

        Assert.Equal(PartOfDay.Night, time.PartOfDay);
        Assert.Equal(Friday, time.Date);
        Assert.Equal("2022-06-24 (day, night)", time.ToString());
    }

    [Fact]
    public void PartOfDayOnAMonthThrows()
    {
        Assert.Throws<ArgumentException>("partOfDay", () => EventTime.InMonth(2022, 6).WithPartOfDay(PartOfDay.Night));
    }

    [Fact]
    public void UndefinedPartOfDayThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>("partOfDay", () => EventTime.OnDay(Friday).WithPartOfDay((PartOfDay)4));
    }

    [Fact]
    public void WithPhraseKeepsTheReportsWording()
    {
        EventTime time = EventTime.InMonth(2022, 6).WithPhrase("this month");

        Assert.Equal("this month", time.Phrase);
        Assert.Equal("2022-06 (month) \"this month\"", time.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankPhraseThrows(string blank)
    {
        Assert.Throws<ArgumentException>("phrase", () => EventTime.OnDay(Friday).WithPhrase(blank));
    }

    [Fact]
    public void WithRangeNarrowsTheSpan()
    {
        EventTime time = EventTime.InMonth(2022, 6).WithRange(new DateInterval(new LocalDate(2022, 5, 28), new LocalDate(2022, 6, 3)));

        // The event lies in June and in the range, so in their intersection.
        Assert.Equal(new DateInterval(new LocalDate(2022, 6, 1), new LocalDate(2022, 6, 3)), time.ToDateInterval());
        Assert.Equal("2022-06 (month) within 2022-05-28/2022-06-03", time.ToString());
    }

    [Fact]
    public void WithRangeThatMissesTheDateThrows()
    {
        var july = new DateInterval(new LocalDate(2022, 7, 1), new LocalDate(2022, 7, 5));

        Assert.Throws<ArgumentException>("range", () => EventTime.InMonth(2022, 6).WithRange(july));
    }

    [Fact]
    public void WithRangeOnExactThrows()
    {
        EventTime exact = EventTime.At(Instant.FromUtc(2022, 6, 24, 21, 0));

        Assert.Throws<ArgumentException>("range", () => exact.WithRange(new DateInterval(Friday, Saturday)));
    }

    [Fact]
    public void CreateMonthWithDateOnTheFifteenthThrows()
    {
        var ex = Assert.Throws<ArgumentException>("date", () => EventTime.Create(TimePrecision.Month, new LocalDate(2022, 6, 15)));

        Assert.Contains("2022-06-15", ex.Message, StringComparison.Ordinal);
        Assert.Contains("contradicts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateWeekWithNonMondayThrows()
    {
        Assert.Throws<ArgumentException>("date", () => EventTime.Create(TimePrecision.Week, Friday));
    }

    [Fact]
    public void CreateYearWithDateOtherThanFirstOfJanuaryThrows()
    {
        Assert.Throws<ArgumentException>("date", () => EventTime.Create(TimePrecision.Year, new LocalDate(2022, 6, 1)));
    }

    [Fact]
    public void CreateExactWithDateThrows()
    {
        Assert.Throws<ArgumentException>(
            "date", () => EventTime.Create(TimePrecision.Exact, Friday, Instant.FromUtc(2022, 6, 24, 21, 0)));
    }

    [Fact]
    public void CreateExactWithoutInstantThrows()
    {
        Assert.Throws<ArgumentException>("instant", () => EventTime.Create(TimePrecision.Exact, null));
    }

    [Fact]
    public void CreateDayWithInstantThrows()
    {
        Assert.Throws<ArgumentException>(
            "instant", () => EventTime.Create(TimePrecision.Day, Friday, Instant.FromUtc(2022, 6, 24, 21, 0)));
    }

    [Fact]
    public void CreateDayWithNeitherDateNorRangeThrows()
    {
        Assert.Throws<ArgumentException>("date", () => EventTime.Create(TimePrecision.Day, null));
    }

    [Fact]
    public void CreateWithUndefinedPrecisionThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>("precision", () => EventTime.Create((TimePrecision)5, Friday));
    }

    [Fact]
    public void CreateWeekWithPartOfDayThrows()
    {
        Assert.Throws<ArgumentException>(
            "partOfDay", () => EventTime.Create(TimePrecision.Week, new LocalDate(2022, 6, 20), partOfDay: PartOfDay.Night));
    }

    [Fact]
    public void CreateExactWithPartOfDayIsAllowed()
    {
        EventTime time = EventTime.Create(TimePrecision.Exact, null, Instant.FromUtc(2022, 6, 24, 21, 0), partOfDay: PartOfDay.Night);

        Assert.Equal(PartOfDay.Night, time.PartOfDay);
    }

    [Fact]
    public void CreateWithNonIsoDateThrows()
    {
        LocalDate julian = Friday.WithCalendar(CalendarSystem.Julian);

        Assert.Throws<ArgumentException>("date", () => EventTime.Create(TimePrecision.Day, julian));
    }

    [Fact]
    public void CreateGivesTheSameValueAsTheSpecificFactory()
    {
        EventTime created = EventTime.Create(TimePrecision.Day, Friday, partOfDay: PartOfDay.Night, phrase: "on Friday");
        EventTime built = EventTime.OnDay(Friday).WithPartOfDay(PartOfDay.Night).WithPhrase("on Friday");

        Assert.Equal(built, created);
        Assert.Equal(built.GetHashCode(), created.GetHashCode());
    }

    [Fact]
    public void DifferentDaysAreNotEqual()
    {
        Assert.NotEqual(EventTime.OnDay(Friday), EventTime.OnDay(Saturday));
    }

    [Fact]
    public void PhraseTakesPartInEquality()
    {
        Assert.NotEqual(EventTime.OnDay(Friday), EventTime.OnDay(Friday).WithPhrase("on Friday"));
    }

    [Fact]
    public void SameDayWithDifferentPrecisionIsNotEqual()
    {
        // 2022-06-01 is both a day and the anchor of June.
        Assert.NotEqual(EventTime.OnDay(new LocalDate(2022, 6, 1)), EventTime.InMonth(2022, 6));
    }

    [Fact]
    public void ToStringOfExactUsesIsoInstant()
    {
        Assert.Equal("2022-06-24T21:00:00Z (exact)", EventTime.At(Instant.FromUtc(2022, 6, 24, 21, 0)).ToString());
    }

    [Fact]
    public void ToStringOfRangeOnly()
    {
        EventTime time = EventTime.Within(new DateInterval(new LocalDate(2022, 6, 20), Friday));

        Assert.Equal("2022-06-20/2022-06-24 (day)", time.ToString());
    }

    // The optional values are stored without Nullable wrappers: an absent value must never equal a present default one
    // (the first day of year 1, the Unix epoch, the first part of the day).
    [Fact]
    public void Absent_values_differ_from_present_default_values_in_equality_and_hash()
    {
        var firstDay = new LocalDate(1, 1, 1);
        var range = new DateInterval(firstDay, firstDay);
        var rangeOnly = EventTime.Within(range);
        var dayAndRange = EventTime.Create(TimePrecision.Day, firstDay, range: range);
        Assert.Null(rangeOnly.Date);
        Assert.Equal(firstDay, dayAndRange.Date);
        Assert.NotEqual(rangeOnly, dayAndRange);

        var morning = EventTime.OnDay(Friday).WithPartOfDay(PartOfDay.Morning);
        Assert.Equal(PartOfDay.Morning, morning.PartOfDay);
        Assert.Null(EventTime.OnDay(Friday).PartOfDay);
        Assert.NotEqual(EventTime.OnDay(Friday), morning);
        Assert.Equal(PartOfDay.Night, EventTime.OnDay(Friday).WithPartOfDay(PartOfDay.Night).PartOfDay);

        var epoch = EventTime.At(NodaConstants.UnixEpoch);
        Assert.Equal(NodaConstants.UnixEpoch, epoch.Instant);
        Assert.Null(epoch.Date);

        Assert.Equal(EventTime.OnDay(Friday).WithPartOfDay(PartOfDay.Morning), morning);
        Assert.Equal(morning.GetHashCode(), EventTime.OnDay(Friday).WithPartOfDay(PartOfDay.Morning).GetHashCode());
        Assert.Equal(EventTime.At(NodaConstants.UnixEpoch), epoch);
    }
}
