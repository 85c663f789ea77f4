namespace ConflictModel;

/// <summary>
/// How far a reported fact has been verified; see <see cref="Verification"/>.
/// </summary>
public enum VerificationStatus
{
    /// <summary>Independently confirmed, for example by the reporting outlet or a second party.</summary>
    Confirmed,

    /// <summary>Asserted by a party (typically one side of the conflict) and not independently confirmed.</summary>
    Claimed,

    /// <summary>Explicitly stated as not (yet) verified, for example "Reuters could not immediately verify the report".</summary>
    Unverified,

    /// <summary>Contested: other sources give a conflicting account.</summary>
    Disputed,

    /// <summary>Denied by a party, typically the one said to be responsible.</summary>
    Denied,
}
