namespace ConflictModel.Serialization;

/// <summary>One line of a JSON Lines file: the event read from it, or the error that kept it from being read.</summary>
/// <param name="LineNumber">The 1-based line number in the file.</param>
/// <param name="Event">The event, when the line was read.</param>
/// <param name="Error">The error, when it was not; it names the file, line and JSON path.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record JsonLinesRecord(long LineNumber, ConflictEvent? Event, ConflictJsonException? Error);
