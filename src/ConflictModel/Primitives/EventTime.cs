using System;
using NodaTime;
using NodaTime.Text;
// The properties Instant and PartOfDay hide the types of the same name in expressions inside this class
// (their types are nullable, so C#'s "Color Color" rule does not apply); these aliases reach the types.
using DayPart = ConflictModel.PartOfDay;
using NodaInstant = NodaTime.Instant;

namespace ConflictModel;

/// <summary>
/// When an event happened, to the precision the report gives it: an exact instant, a day, an ISO week,
/// a month, a year, or only a span of days within which it happened.
/// </summary>
/// <remarks>
/// <para>
/// Values are created through the factories (<see cref="At"/>, <see cref="OnDay"/>, <see cref="InWeek"/>,
/// <see cref="InMonth"/>, <see cref="InYear"/>, <see cref="Within"/> and the general <see cref="Create"/>),
/// which enforce these invariants:
/// </para>
/// <list type="bullet">
/// <item><description><see cref="TimePrecision.Exact"/> values have an <see cref="Instant"/> and neither a <see cref="Date"/> nor a <see cref="Range"/>.</description></item>
/// <item><description>Other values have no <see cref="Instant"/>, and have a <see cref="Date"/>, a <see cref="Range"/> or both.</description></item>
/// <item><description><see cref="Date"/> is the anchor of its precision: any day for <see cref="TimePrecision.Day"/>, the Monday of the ISO week for
/// <see cref="TimePrecision.Week"/>, the 1st of the month for <see cref="TimePrecision.Month"/>, and 1 January for <see cref="TimePrecision.Year"/>.</description></item>
/// <item><description>When both a <see cref="Date"/> and a <see cref="Range"/> are present, the span the date implies overlaps the range.</description></item>
/// <item><description><see cref="PartOfDay"/> is present only with <see cref="TimePrecision.Day"/> or <see cref="TimePrecision.Exact"/>.</description></item>
/// <item><description>All dates are in the ISO calendar.</description></item>
/// </list>
/// <para>
/// Equality is value equality over all properties, including <see cref="Phrase"/>: two values that denote the
/// same day but quote different wording are not equal.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record EventTime
{
    private static readonly LocalDatePattern MonthPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM");
    private static readonly LocalDatePattern YearPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu");

    private const byte HasInstant = 1;
    private const byte HasDate = 2;

    // The optional values without their Nullable<T> wrappers, which padded each to a whole word more: 80 bytes an
    // instance became 64, in every event read. Absent values are default, so the record's field-wise equality holds.
    private readonly NodaInstant _instant;
    private readonly LocalDate _date;
    private readonly byte _present;

    // The part of the day plus one; 0 for none.
    private readonly byte _partOfDay;

    // Only the factories call this, after validating; it trusts its arguments.
    private EventTime(TimePrecision precision, NodaInstant? instant, LocalDate? date, DateInterval? range, DayPart? partOfDay, string? phrase)
    {
        Precision = precision;
        _instant = instant.GetValueOrDefault();
        _date = date.GetValueOrDefault();
        _present = (byte)((instant.HasValue ? HasInstant : 0) | (date.HasValue ? HasDate : 0));
        _partOfDay = partOfDay is { } part ? (byte)(part + 1) : (byte)0;
        Range = range;
        Phrase = phrase;
    }

    /// <summary>
    /// Gets the precision to which the event is dated.
    /// </summary>
    public TimePrecision Precision { get; }

    /// <summary>
    /// Gets the instant of the event; present exactly when <see cref="Precision"/> is <see cref="TimePrecision.Exact"/>.
    /// </summary>
    public NodaInstant? Instant => (_present & HasInstant) != 0 ? _instant : null;

    /// <summary>
    /// Gets the anchor date for <see cref="TimePrecision.Day"/>, <see cref="TimePrecision.Week"/>, <see cref="TimePrecision.Month"/>
    /// and <see cref="TimePrecision.Year"/> precision: the day itself, the Monday starting the ISO week, the 1st of the month,
    /// or 1 January respectively. Null for <see cref="TimePrecision.Exact"/> values and for values known only by their <see cref="Range"/>.
    /// </summary>
    public LocalDate? Date => (_present & HasDate) != 0 ? _date : null;

    /// <summary>
    /// Gets the span of days (inclusive at both ends) within which the event happened, when the report gives one
    /// (for example "during the last several days"); otherwise null.
    /// </summary>
    public DateInterval? Range { get; }

    /// <summary>
    /// Gets the part of the day the report places the event in, if any ("at night"). Only ever present with
    /// <see cref="TimePrecision.Day"/> or <see cref="TimePrecision.Exact"/> precision.
    /// </summary>
    public DayPart? PartOfDay => _partOfDay == 0 ? null : (DayPart)(_partOfDay - 1);

    /// <summary>
    /// Gets the report's own wording for the time, for example "on Friday" or "this month"; null when not recorded.
    /// Never empty or whitespace.
    /// </summary>
    public string? Phrase { get; }

    /// <summary>
    /// Creates a value for an event known to the instant.
    /// </summary>
    /// <param name="instant">When the event happened.</param>
    /// <returns>A value with <see cref="TimePrecision.Exact"/> precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the range of <see cref="NodaTime.Instant.MinValue"/> to <see cref="NodaTime.Instant.MaxValue"/>.</exception>
    public static EventTime At(NodaInstant instant) => Create(TimePrecision.Exact, date: null, instant: instant);

    /// <summary>
    /// Creates a value for an event known to the day ("on Friday").
    /// </summary>
    /// <param name="date">The day of the event, in the ISO calendar.</param>
    /// <returns>A value with <see cref="TimePrecision.Day"/> precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static EventTime OnDay(LocalDate date) => Create(TimePrecision.Day, date);

    /// <summary>
    /// Creates a value for an event known to the ISO week (Monday to Sunday), for example "last week".
    /// </summary>
    /// <param name="anyDayOfWeek">Any day of the week; the value's <see cref="Date"/> is normalised to that week's Monday.</param>
    /// <returns>A value with <see cref="TimePrecision.Week"/> precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="anyDayOfWeek"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The week extends beyond the range of ISO dates NodaTime supports.</exception>
    public static EventTime InWeek(LocalDate anyDayOfWeek)
    {
        CheckIsoCalendar(anyDayOfWeek, nameof(anyDayOfWeek));
        CheckWeekRepresentable(anyDayOfWeek, nameof(anyDayOfWeek));
        return new EventTime(TimePrecision.Week, instant: null, StartOfWeek(anyDayOfWeek), range: null, partOfDay: null, phrase: null);
    }

    /// <summary>
    /// Creates a value for an event known to the calendar month, for example "this month".
    /// </summary>
    /// <param name="year">The ISO year, from -9998 to 9999 inclusive.</param>
    /// <param name="month">The month, from 1 (January) to 12 (December) inclusive.</param>
    /// <returns>A value with <see cref="TimePrecision.Month"/> precision, whose <see cref="Date"/> is the 1st of the month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public static EventTime InMonth(int year, int month)
    {
        CheckYear(year, nameof(year));
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be in the range [1, 12].");
        }

        return new EventTime(TimePrecision.Month, instant: null, new LocalDate(year, month, 1), range: null, partOfDay: null, phrase: null);
    }

    /// <summary>
    /// Creates a value for an event known to the calendar year, for example "this year".
    /// </summary>
    /// <param name="year">The ISO year, from -9998 to 9999 inclusive.</param>
    /// <returns>A value with <see cref="TimePrecision.Year"/> precision, whose <see cref="Date"/> is 1 January.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static EventTime InYear(int year)
    {
        CheckYear(year, nameof(year));
        return new EventTime(TimePrecision.Year, instant: null, new LocalDate(year, 1, 1), range: null, partOfDay: null, phrase: null);
    }

    /// <summary>
    /// Creates a value for an event known only to lie within a span of days, for example "during the last several days".
    /// </summary>
    /// <param name="range">The span of days, inclusive at both ends, in the ISO calendar.</param>
    /// <returns>A value with <see cref="TimePrecision.Day"/> precision, no <see cref="Date"/>, and <see cref="Range"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    public static EventTime Within(DateInterval range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return Create(TimePrecision.Day, date: null, range: range);
    }

    /// <summary>
    /// Creates a value from its parts, validating every invariant listed on <see cref="EventTime"/>.
    /// This is the factory for deserializers; the specific factories are more convenient in code.
    /// </summary>
    /// <param name="precision">The precision.</param>
    /// <param name="date">The anchor date; required unless <paramref name="precision"/> is <see cref="TimePrecision.Exact"/>
    /// (where it must be null) or a <paramref name="range"/> is given. Must be normalised for the precision
    /// (Monday for a week, the 1st for a month, 1 January for a year).</param>
    /// <param name="instant">The instant; required for, and only allowed with, <see cref="TimePrecision.Exact"/>.</param>
    /// <param name="range">The span of days within which the event happened; not allowed with <see cref="TimePrecision.Exact"/>.
    /// When <paramref name="date"/> is also given, the span the date implies must overlap it.</param>
    /// <param name="partOfDay">The part of the day; only allowed with <see cref="TimePrecision.Day"/> or <see cref="TimePrecision.Exact"/>.</param>
    /// <param name="phrase">The report's wording; null, or text that is not empty or whitespace.</param>
    /// <returns>The validated value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> or <paramref name="partOfDay"/> is not a defined
    /// enum value, <paramref name="instant"/> is outside NodaTime's supported range, or a week extends beyond the supported dates.</exception>
    /// <exception cref="ArgumentException">The parts contradict each other: a required part is missing, a forbidden part is present,
    /// a date precision contradicts its date, the date and range do not overlap, a date is not in the ISO calendar, or
    /// <paramref name="phrase"/> is empty or whitespace.</exception>
    public static EventTime Create(
        TimePrecision precision,
        LocalDate? date,
        NodaInstant? instant = null,
        DateInterval? range = null,
        DayPart? partOfDay = null,
        string? phrase = null)
    {
        if (precision is < TimePrecision.Exact or > TimePrecision.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "Precision is not a defined TimePrecision value.");
        }

        if (partOfDay is < DayPart.Morning or > DayPart.Night)
        {
            throw new ArgumentOutOfRangeException(nameof(partOfDay), partOfDay, "Part of day is not a defined PartOfDay value.");
        }

        if (phrase is not null && string.IsNullOrWhiteSpace(phrase))
        {
            throw new ArgumentException($"Phrase must be null or non-blank text, but was \"{phrase}\".", nameof(phrase));
        }

        if (range is not null)
        {
            CheckIsoCalendar(range.Start, nameof(range));
        }

        if (date is { } given)
        {
            CheckIsoCalendar(given, nameof(date));
        }

        if (precision == TimePrecision.Exact)
        {
            if (instant is not { } exact)
            {
                throw new ArgumentException("An exact time requires an instant.", nameof(instant));
            }

            if (exact < NodaInstant.MinValue || exact > NodaInstant.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(instant), exact, "Instant must be between Instant.MinValue and Instant.MaxValue.");
            }

            if (date is not null)
            {
                throw new ArgumentException($"An exact time is given by its instant and takes no date, but date {Format(date.Value)} was given.", nameof(date));
            }

            if (range is not null)
            {
                // The instant already fixes the day; a range could only repeat or contradict it.
                throw new ArgumentException($"An exact time is given by its instant and takes no range, but range {Format(range)} was given.", nameof(range));
            }
        }
        else
        {
            if (instant is not null)
            {
                throw new ArgumentException($"Only an exact time takes an instant, but precision is {precision}.", nameof(instant));
            }

            if (date is null && range is null)
            {
                throw new ArgumentException($"A time with precision {precision} requires a date, a range or both.", nameof(date));
            }

            if (date is { } anchor)
            {
                CheckAnchor(precision, anchor);
                if (range is not null && ImpliedSpan(precision, anchor).Intersection(range) is null)
                {
                    throw new ArgumentException(
                        $"The {Describe(precision)} of {Format(anchor)} does not overlap the range {Format(range)}.", nameof(range));
                }
            }
        }

        if (partOfDay is not null && precision is not (TimePrecision.Day or TimePrecision.Exact))
        {
            throw new ArgumentException($"A part of day ({partOfDay}) is only allowed with Day or Exact precision, but precision is {precision}.", nameof(partOfDay));
        }

        return new EventTime(precision, instant, date, range, partOfDay, phrase);
    }

    /// <summary>
    /// Returns a copy of this value with the given part of the day.
    /// </summary>
    /// <param name="part">The part of the day.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not a defined enum value.</exception>
    /// <exception cref="ArgumentException">This value's precision is neither <see cref="TimePrecision.Day"/> nor <see cref="TimePrecision.Exact"/>.</exception>
    public EventTime WithPartOfDay(DayPart part) => Create(Precision, Date, Instant, Range, part, Phrase);

    /// <summary>
    /// Returns a copy of this value with the given wording from the report.
    /// </summary>
    /// <param name="phrase">The report's wording, for example "on Friday".</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty or whitespace.</exception>
    public EventTime WithPhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return Create(Precision, Date, Instant, Range, PartOfDay, phrase);
    }

    /// <summary>
    /// Returns a copy of this value with the given span of days within which the event happened.
    /// </summary>
    /// <param name="range">The span of days, inclusive at both ends, in the ISO calendar.</param>
    /// <returns>A validated copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException">This value is exact, <paramref name="range"/> does not overlap the span this value's
    /// date implies, or <paramref name="range"/> is not in the ISO calendar.</exception>
    public EventTime WithRange(DateInterval range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return Create(Precision, Date, Instant, range, PartOfDay, Phrase);
    }

    /// <summary>
    /// Returns the span of days this value implies, inclusive at both ends.
    /// </summary>
    /// <remarks>
    /// An exact value implies the UTC day of its instant (the local day may differ near midnight); a day, week, month or
    /// year implies that day, the 7 days from Monday, the whole month or the whole year; a value known only by its
    /// <see cref="Range"/> implies the range. When both a date and a range are present, the result is their intersection,
    /// since the event lies in both.
    /// </remarks>
    /// <returns>A non-empty interval in the ISO calendar.</returns>
    public DateInterval ToDateInterval()
    {
        if (Instant is { } instant)
        {
            LocalDate day = instant.InUtc().Date;
            return new DateInterval(day, day);
        }

        if (Date is not { } date)
        {
            // Invariant: a non-exact value without a date has a range.
            return Range!;
        }

        DateInterval span = ImpliedSpan(Precision, date);
        // Invariant: Create checked that the two overlap, so the intersection is never null.
        return Range is null ? span : span.Intersection(Range)!;
    }

    /// <summary>
    /// Returns a readable, culture-invariant description, for example <c>2022-06-24 (day, night) "on Friday"</c>,
    /// <c>2022-06 (month)</c> or <c>2022-06-20/2022-06-24 (day)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string anchor = Instant is { } instant ? InstantPattern.ExtendedIso.Format(instant)
            : Date is { } date ? Precision switch
            {
                TimePrecision.Month => MonthPattern.Format(date),
                TimePrecision.Year => YearPattern.Format(date),
                _ => Format(date),
            }
            : Format(Range!);
        string details = PartOfDay is { } part ? Describe(Precision) + ", " + Describe(part) : Describe(Precision);
        string text = anchor + " (" + details + ")";
        if (Date is not null && Range is not null)
        {
            text += " within " + Format(Range);
        }

        return Phrase is null ? text : text + " \"" + Phrase + "\"";
    }

    private static LocalDate StartOfWeek(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);

    private static DateInterval ImpliedSpan(TimePrecision precision, LocalDate anchor) => precision switch
    {
        TimePrecision.Week => new DateInterval(anchor, anchor.PlusDays(6)),
        TimePrecision.Month => new DateInterval(anchor, anchor.With(DateAdjusters.EndOfMonth)),
        TimePrecision.Year => new DateInterval(anchor, new LocalDate(anchor.Year, 12, 31)),
        _ => new DateInterval(anchor, anchor),
    };

    private static void CheckAnchor(TimePrecision precision, LocalDate date)
    {
        if (precision == TimePrecision.Week)
        {
            CheckWeekRepresentable(date, nameof(date));
        }

        LocalDate expected = precision switch
        {
            TimePrecision.Week => StartOfWeek(date),
            TimePrecision.Month => new LocalDate(date.Year, date.Month, 1),
            TimePrecision.Year => new LocalDate(date.Year, 1, 1),
            _ => date,
        };
        if (date != expected)
        {
            string rule = precision switch
            {
                TimePrecision.Week => "a week is anchored on its Monday",
                TimePrecision.Month => "a month is anchored on its 1st day",
                _ => "a year is anchored on 1 January",
            };
            throw new ArgumentException(
                $"The date precision {precision} contradicts the date {Format(date)}: {rule}, {Format(expected)}.", nameof(date));
        }
    }

    private static void CheckIsoCalendar(LocalDate date, string paramName)
    {
        // Anchors such as "1st of the month" and the ISO week are only meaningful in the ISO calendar.
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Dates must be in the ISO calendar, but {date} is in the {date.Calendar.Id} calendar.", paramName);
        }
    }

    private static void CheckWeekRepresentable(LocalDate date, string paramName)
    {
        // The first and last ISO weeks NodaTime can represent may be cut off by its minimum or maximum date.
        int dayOfWeek = (int)date.DayOfWeek;
        if (date < LocalDate.MinIsoValue.PlusDays(dayOfWeek - 1) || date > LocalDate.MaxIsoValue.PlusDays(dayOfWeek - 7))
        {
            throw new ArgumentOutOfRangeException(paramName, date, "The ISO week of this date extends beyond the supported range of dates.");
        }
    }

    private static void CheckYear(int year, string paramName)
    {
        if (year < LocalDate.MinIsoValue.Year || year > LocalDate.MaxIsoValue.Year)
        {
            throw new ArgumentOutOfRangeException(paramName, year, $"Year must be in the range [{LocalDate.MinIsoValue.Year}, {LocalDate.MaxIsoValue.Year}].");
        }
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Format(DateInterval range) => Format(range.Start) + "/" + Format(range.End);

    private static string Describe(TimePrecision precision) => precision switch
    {
        TimePrecision.Exact => "exact",
        TimePrecision.Day => "day",
        TimePrecision.Week => "week",
        TimePrecision.Month => "month",
        _ => "year",
    };

    private static string Describe(DayPart part) => part switch
    {
        DayPart.Morning => "morning",
        DayPart.Afternoon => "afternoon",
        DayPart.Evening => "evening",
        _ => "night",
    };
}
