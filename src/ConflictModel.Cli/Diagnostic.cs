using System.Globalization;
using System.Text;
using ConflictModel.Serialization;

namespace ConflictModel.Cli;

/// <summary>One problem in the data, printed as <c>file:line: $.json.path: message</c> (the parts that are known).</summary>
/// <param name="Source">The file as named on the command line, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">The 1-based line of the problem, or of the event it is in; null when unknown.</param>
/// <param name="Path">The JSON path within the event, e.g. <c>$.from</c>; null when unknown.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record Diagnostic(string Source, long? Line, string? Path, string Message)
{
    /// <summary>The diagnostic for a record that could not be read.</summary>
    /// <param name="error">The reader's exception.</param>
    /// <param name="source">The file, when the exception does not name one.</param>
    /// <param name="line">The line, when the exception does not give one.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic From(ConflictJsonException error, string source, long? line) =>
        new(error.File ?? source, error.LineNumber ?? line, error.Path, error.Problem);

    /// <summary>The diagnostic as <c>file:line: $.path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Source).Append(':');
        if (Line is { } line)
        {
            text.Append(line.ToString(CultureInfo.InvariantCulture)).Append(':');
        }

        text.Append(' ');
        if (Path is not null)
        {
            text.Append(Path).Append(": ");
        }

        return text.Append(Message).ToString();
    }
}
