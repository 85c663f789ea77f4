using System.Runtime.CompilerServices;
using System.Text;

namespace ConflictModel.Generators.Emit;

/// <summary>An indenting text builder for generated C#. Always "\n" line ends, so output is byte-identical everywhere.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    [MethodImpl(Hot.Optimized)]
    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    [MethodImpl(Hot.Optimized)]
    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    [MethodImpl(Hot.Optimized)]
    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a <c>&lt;summary&gt;</c> (and optional <c>&lt;remarks&gt;</c>) doc comment; text is XML-escaped.</summary>
    public CodeWriter Doc(string summary, string? remarks = null)
    {
        WriteDocElement("summary", summary);
        if (!string.IsNullOrEmpty(remarks))
        {
            WriteDocElement("remarks", remarks!);
        }

        return this;
    }

    private void WriteDocElement(string element, string text)
    {
        Line($"/// <{element}>");
        // Every character C# takes as a line end must start a new comment line, or the rest would fall out of the comment.
        foreach (var line in text.Replace("\r\n", "\n").Split('\n', '\r', '\u0085', '\u2028', '\u2029'))
        {
            Line("/// " + line.TrimEnd());
        }

        Line($"/// </{element}>");
    }

    public override string ToString() => _builder.ToString();
}
