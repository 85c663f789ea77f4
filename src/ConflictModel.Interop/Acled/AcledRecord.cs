namespace ConflictModel.Interop.Acled;

/// <summary>One row of an ACLED CSV file: the event read from it, or the error that kept it from being read.</summary>
/// <param name="LineNumber">The 1-based line of the file the row starts on (the header is line 1).</param>
/// <param name="Event">The event, when the row was read; null otherwise.</param>
/// <param name="Error">Why the row could not be read, naming the source, the line and the cell; null when it was read.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AcledRecord(long LineNumber, ConflictEvent? Event, string? Error);
