using System;
using System.Globalization;
using NodaTime;

namespace ConflictModel.Cli.Summary;

/// <summary>
/// The day an event is dated to for counting and ordering: the first day of <see cref="EventTime.ToDateInterval"/>,
/// with the precision of the date (<c>exact</c>, <c>day</c>, <c>range</c> for a span of days, <c>week</c>, <c>month</c>, <c>year</c>).
/// </summary>
/// <param name="Day">The first day the event may have happened on.</param>
/// <param name="Precision">How precisely it is dated.</param>
internal readonly record struct DayKey(LocalDate Day, DayPrecision Precision) : IComparable<DayKey>
{
    /// <summary>The key of an event time.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The key.</returns>
    public static DayKey Of(EventTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var span = time.ToDateInterval();
        var precision = time.Precision switch
        {
            TimePrecision.Exact => DayPrecision.Exact,
            TimePrecision.Day when time.Date is null => DayPrecision.Range,
            TimePrecision.Day => DayPrecision.Day,
            TimePrecision.Week => DayPrecision.Week,
            TimePrecision.Month => DayPrecision.Month,
            _ => DayPrecision.Year,
        };
        return new DayKey(span.Start, precision);
    }

    /// <summary>The day as <c>2022-06-24</c>.</summary>
    public string DayText => Day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The precision as a word: <c>day</c>, <c>range</c>, …</summary>
    public string PrecisionText => Precision.ToString().ToLowerInvariant();

    /// <summary>Orders by day, then the more precise first.</summary>
    /// <param name="other">The other key.</param>
    /// <returns>The order.</returns>
    public int CompareTo(DayKey other)
    {
        var byDay = Day.CompareTo(other.Day);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>Whether this key sorts before another.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(DayKey left, DayKey right) => left.CompareTo(right) < 0;

    /// <summary>Whether this key sorts after another.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(DayKey left, DayKey right) => left.CompareTo(right) > 0;

    /// <summary>Whether this key sorts before or with another.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(DayKey left, DayKey right) => left.CompareTo(right) <= 0;

    /// <summary>Whether this key sorts after or with another.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(DayKey left, DayKey right) => left.CompareTo(right) >= 0;
}
