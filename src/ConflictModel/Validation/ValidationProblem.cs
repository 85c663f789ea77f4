namespace ConflictModel;

/// <summary>One problem found by <see cref="ConflictEvent.Validate"/>: where, as a JSON path, and what.</summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.targets[1].name</c>.</param>
/// <param name="Message">What is wrong, e.g. "is required".</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValidationProblem(string Path, string Message)
{
    /// <summary>The problem as <c>path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Path + ": " + Message;
}
