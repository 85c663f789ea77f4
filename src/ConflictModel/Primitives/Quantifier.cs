namespace ConflictModel;

/// <summary>
/// A count stated in words rather than digits, such as "hundreds"; see <see cref="Estimate.RangeOf(Quantifier)"/>
/// for the numeric range each one is taken to imply.
/// </summary>
public enum Quantifier
{
    /// <summary>"A few": taken as 2 to 4.</summary>
    Few,

    /// <summary>"Several": taken as 3 to 9.</summary>
    Several,

    /// <summary>"Dozens": taken as 24 to 99.</summary>
    Dozens,

    /// <summary>"Hundreds": taken as 200 to 999.</summary>
    Hundreds,

    /// <summary>"Thousands": taken as 2,000 to 9,999.</summary>
    Thousands,

    /// <summary>"Tens of thousands": taken as 20,000 to 99,999.</summary>
    TensOfThousands,

    /// <summary>"Hundreds of thousands": taken as 200,000 to 999,999.</summary>
    HundredsOfThousands,

    /// <summary>"Millions": taken as 2,000,000 to 9,999,999.</summary>
    Millions,
}
