namespace ConflictModel.Cli;

/// <summary>One record read from an input: the event, or the problem that kept it from being read.</summary>
/// <param name="Line">The 1-based line where the record starts.</param>
/// <param name="Event">The event, when it was read.</param>
/// <param name="Error">The problem, when it was not.</param>
internal sealed record EventRecord(long Line, ConflictEvent? Event, Diagnostic? Error);
