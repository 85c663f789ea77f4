namespace ConflictModel.Cli.Summary;

/// <summary>How precisely an event is dated, for the summary; the more precise sort first.</summary>
internal enum DayPrecision
{
    /// <summary>An instant.</summary>
    Exact,

    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>Only a span of days ("during the last several days").</summary>
    Range,

    /// <summary>An ISO week.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,
}
