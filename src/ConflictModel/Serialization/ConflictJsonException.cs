using System;
using System.Globalization;
using System.Text;

namespace ConflictModel.Serialization;

/// <summary>
/// The one exception ConflictModel's JSON readers throw for malformed or invalid data: it names the file (when
/// known), the line, the byte position and the JSON path of the problem.
/// </summary>
/// <remarks>Thread-safe once thrown: its state does not change.</remarks>
public sealed class ConflictJsonException : Exception
{
    /// <summary>Creates an exception for a problem at a byte offset of the data being read.</summary>
    /// <param name="problem">What is wrong, e.g. "latitude 91 is outside -90..90".</param>
    /// <param name="bytePosition">The byte offset of the offending token from the start of the data, or -1 when unknown.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ConflictJsonException(string problem, long bytePosition = -1, Exception? innerException = null)
        : base(problem, innerException)
    {
        Problem = problem;
        BytePosition = bytePosition;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The byte offset of the problem from the start of the data (of the line, for JSON Lines), or -1 when unknown.</summary>
    public long BytePosition { get; private set; }

    /// <summary>The 1-based line of the problem, or null when unknown.</summary>
    public long? LineNumber { get; private set; }

    /// <summary>The 0-based byte position within that line, or null when unknown.</summary>
    public long? BytePositionInLine { get; private set; }

    /// <summary>The JSON path of the problem, e.g. <c>$.targets[1].place.point.latitude</c>, or null when unknown.</summary>
    /// <remarks>
    /// A property name longer than 64 characters appears cut to its first 64, in brackets and marked with an ellipsis,
    /// e.g. <c>$['xxxx…']</c>, so a path (and the <see cref="Message"/>) stays short whatever the data holds. A property
    /// name that does not decode (bytes that are not UTF-8, or a <c>\u</c> escape of a lone surrogate) cannot be shown:
    /// the path of a problem at or under it is that of the object holding it.
    /// </remarks>
    public string? Path { get; private set; }

    /// <summary>The file or source being read, when known.</summary>
    public string? File { get; private set; }

    /// <summary>
    /// Whether <see cref="BytePosition"/> is the end of a value kept whole that holds text which does not decode,
    /// rather than the text itself: whoever has the document locates the text.
    /// </summary>
    internal bool TextInsideValue { get; init; }

    /// <summary>The message: <c>file:line: $.path: problem</c>, with the parts that are known.</summary>
    public override string Message
    {
        get
        {
            var builder = new StringBuilder();
            if (File is not null)
            {
                builder.Append(File).Append(':');
            }

            if (LineNumber is { } line)
            {
                builder.Append(line.ToString(CultureInfo.InvariantCulture)).Append(':');
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            if (Path is not null)
            {
                builder.Append(Path).Append(": ");
            }

            return builder.Append(Problem).ToString();
        }
    }

    /// <summary>Returns a copy located at a line, byte position and path (values already known are kept).</summary>
    internal ConflictJsonException Locate(long? lineNumber, long? bytePositionInLine, string? path, long bytePosition)
    {
        LineNumber ??= lineNumber;
        BytePositionInLine ??= bytePositionInLine;
        Path ??= path;
        if (BytePosition < 0)
        {
            BytePosition = bytePosition;
        }

        return this;
    }

    /// <summary>Records the file or source being read.</summary>
    internal ConflictJsonException InSource(string? source, long lineOffset = 0)
    {
        File ??= source;
        if (LineNumber is { } line && lineOffset != 0)
        {
            LineNumber = line + lineOffset;
        }

        return this;
    }
}
