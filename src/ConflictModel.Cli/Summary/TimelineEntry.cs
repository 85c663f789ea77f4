using System;
using NodaTime;

namespace ConflictModel.Cli.Summary;

/// <summary>One event on the timeline: when, what kind, which, and a short description.</summary>
/// <param name="Day">When it is dated, or null when it has no time.</param>
/// <param name="Instant">Its instant, for an exact time (orders events within a day).</param>
/// <param name="Type">Its wire type.</param>
/// <param name="Id">Its id.</param>
/// <param name="Description">Where it happened, or who acted or spoke.</param>
/// <param name="Sequence">Its position in the input (orders events dated alike).</param>
internal sealed record TimelineEntry(DayKey? Day, Instant? Instant, string Type, string Id, string Description, long Sequence) : IComparable<TimelineEntry>
{
    /// <summary>Orders by day (undated last), then instant, then input order.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns>The order.</returns>
    public int CompareTo(TimelineEntry? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byDay = (Day, other.Day) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        if (byDay != 0)
        {
            return byDay;
        }

        var byInstant = Nullable.Compare(Instant, other.Instant);
        return byInstant != 0 ? byInstant : Sequence.CompareTo(other.Sequence);
    }
}
