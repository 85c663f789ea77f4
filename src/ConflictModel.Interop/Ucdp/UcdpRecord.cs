using System.Diagnostics.CodeAnalysis;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// One row of a UCDP GED file as <see cref="UcdpGedReader"/> read it: the event it became, or why it could not become one.
/// </summary>
/// <param name="LineNumber">The 1-based line of the file on which the row starts (the header is line 1); a row whose
/// cells hold line breaks spans several lines and is numbered by its first.</param>
/// <param name="Event">The imported event (an <c>ArmedClash</c> or an <c>AttackOnCivilians</c>); null when the row is bad.</param>
/// <param name="Error">Why the row could not be imported, naming the column and the value; null when it was.</param>
/// <remarks>Exactly one of <see cref="Event"/> and <see cref="Error"/> is set. Immutable and thread-safe.</remarks>
public sealed record UcdpRecord(long LineNumber, ConflictEvent? Event, string? Error)
{
    /// <summary>Whether the row was imported, i.e. <see cref="Event"/> is set and <see cref="Error"/> is null.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    public bool IsSuccess => Event is not null;
}
