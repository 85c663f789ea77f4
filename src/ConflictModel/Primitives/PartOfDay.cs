namespace ConflictModel;

/// <summary>
/// The part of the day a report places an event in, in the local time of the place unless the report says otherwise.
/// </summary>
/// <remarks>
/// These are the report's own coarse terms, not fixed clock ranges: "at night" is recorded as
/// <see cref="Night"/> without deciding which hours that covers.
/// </remarks>
public enum PartOfDay
{
    /// <summary>In the morning ("in the morning", "at dawn").</summary>
    Morning,

    /// <summary>In the afternoon ("in the afternoon", "at midday").</summary>
    Afternoon,

    /// <summary>In the evening ("in the evening", "at dusk").</summary>
    Evening,

    /// <summary>At night ("at night", "overnight").</summary>
    Night,
}
