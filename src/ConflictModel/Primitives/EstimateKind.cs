namespace ConflictModel;

/// <summary>
/// The form in which a report states a count; see <see cref="Estimate"/>.
/// </summary>
public enum EstimateKind
{
    /// <summary>An exact number, for example "48 cruise missiles".</summary>
    Exact,

    /// <summary>An inclusive range of numbers, for example "between 10 and 20".</summary>
    Range,

    /// <summary>A lower bound, for example "at least 17".</summary>
    AtLeast,

    /// <summary>An upper bound, for example "up to 30" or "at most 30".</summary>
    AtMost,

    /// <summary>An approximate number, for example "about 50".</summary>
    Approximate,

    /// <summary>An order of magnitude in words, for example "hundreds of civilians"; see <see cref="Quantifier"/>.</summary>
    Qualifier,
}
