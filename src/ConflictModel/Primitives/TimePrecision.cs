namespace ConflictModel;

/// <summary>
/// How precisely a report dates an event; see <see cref="EventTime"/>.
/// </summary>
public enum TimePrecision
{
    /// <summary>The moment is known as an instant on the global time line (for example a timestamped statement).</summary>
    Exact,

    /// <summary>The event is known to a calendar day (for example "on Friday"), or to lie in a known span of days.</summary>
    Day,

    /// <summary>The event is known to an ISO week (Monday to Sunday), for example "last week".</summary>
    Week,

    /// <summary>The event is known to a calendar month, for example "this month".</summary>
    Month,

    /// <summary>The event is known to a calendar year, for example "this year".</summary>
    Year,
}
