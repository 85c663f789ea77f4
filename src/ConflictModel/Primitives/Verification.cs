using System;

namespace ConflictModel;

/// <summary>
/// How far a reported fact has been verified, and by whom: for example "Reuters could not immediately verify the report"
/// is <c>Verification.Unverified("Reuters")</c>.
/// </summary>
/// <remarks>
/// <para>Equality is value equality over all properties.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Verification
{
    /// <summary>
    /// Creates a verification with the given status.
    /// </summary>
    /// <param name="status">The status.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined <see cref="VerificationStatus"/> value.</exception>
    public Verification(VerificationStatus status)
    {
        // An explicit range check rather than Enum.IsDefined, which uses reflection.
        if (status is < VerificationStatus.Confirmed or > VerificationStatus.Denied)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Status is not a defined VerificationStatus value.");
        }

        Status = status;
    }

    /// <summary>
    /// Gets the status.
    /// </summary>
    public VerificationStatus Status { get; }

    /// <summary>
    /// Gets who confirmed, claimed, could not verify, disputed or denied the fact, for example "Reuters" or "Russia";
    /// null if not stated.
    /// </summary>
    public string? By { get; init; }

    /// <summary>
    /// Gets a free-text note, for example the wording of a denial; null if none.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>Creates a <see cref="VerificationStatus.Confirmed"/> verification.</summary>
    /// <param name="by">Who confirmed it, or null.</param>
    /// <returns>The verification.</returns>
    public static Verification Confirmed(string? by = null) => new(VerificationStatus.Confirmed) { By = by };

    /// <summary>Creates a <see cref="VerificationStatus.Claimed"/> verification.</summary>
    /// <param name="by">Who claims it, or null.</param>
    /// <returns>The verification.</returns>
    public static Verification Claimed(string? by = null) => new(VerificationStatus.Claimed) { By = by };

    /// <summary>Creates an <see cref="VerificationStatus.Unverified"/> verification.</summary>
    /// <param name="by">Who could not verify it (for example the reporting outlet), or null.</param>
    /// <returns>The verification.</returns>
    public static Verification Unverified(string? by = null) => new(VerificationStatus.Unverified) { By = by };

    /// <summary>Creates a <see cref="VerificationStatus.Disputed"/> verification.</summary>
    /// <param name="by">Who disputes it, or null.</param>
    /// <returns>The verification.</returns>
    public static Verification Disputed(string? by = null) => new(VerificationStatus.Disputed) { By = by };

    /// <summary>Creates a <see cref="VerificationStatus.Denied"/> verification.</summary>
    /// <param name="by">Who denied it, or null.</param>
    /// <returns>The verification.</returns>
    public static Verification Denied(string? by = null) => new(VerificationStatus.Denied) { By = by };
}
