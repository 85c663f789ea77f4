using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace ConflictModel.Generators.Emit;

/// <summary>
/// An indenting text builder for generated C#. Always "\n" line ends, so output is byte-identical everywhere. Indents
/// are tabs: with four spaces a level, indentation was a seventh of all generated text, which the generator writes and
/// the compiler parses again in every build.
/// </summary>
internal sealed class CodeWriter
{
    // One builder kept per thread between writers: a schema's file is tens of kilobytes, and growing a new builder for
    // each of 500 schemas allocated as much again as the output itself in fresh memory, which a cold compiler pays in
    // page faults.
    [ThreadStatic]
    private static StringBuilder? s_spare;

    // Every character C# takes as a line end.
    private static readonly char[] LineEnds = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    private StringBuilder _builder;
    private int _indent;

    /// <summary>What <see cref="CodeLine"/> writes into.</summary>
    internal StringBuilder Builder => _builder;

    internal int Indent => _indent;

    public CodeWriter()
    {
        _builder = s_spare ?? new StringBuilder(16 * 1024);
        s_spare = null;
    }

    [MethodImpl(Hot.Optimized)]
    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append('\t', _indent);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes an interpolated line without making a string of it first.</summary>
    [MethodImpl(Hot.Optimized)]
    public CodeWriter Line([InterpolatedStringHandlerArgument("")] CodeLine line)
    {
        line.End();
        return this;
    }

    /// <summary>Writes an interpolated line, then opens a block.</summary>
    [MethodImpl(Hot.Optimized)]
    public CodeWriter Open([InterpolatedStringHandlerArgument("")] CodeLine line)
    {
        line.End();
        Line("{");
        _indent++;
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
        // A one-line text keeps its element on one line, as hand-written docs do: a third of the comment lines fewer.
        if (text.IndexOfAny(LineEnds) < 0)
        {
            Line($"/// <{element}>{text.TrimEnd()}</{element}>");
            return;
        }

        Line($"/// <{element}>");
        // Every character C# takes as a line end must start a new comment line, or the rest would fall out of the comment.
        foreach (var line in text.Replace("\r\n", "\n").Split(LineEnds))
        {
            Line("/// " + line.TrimEnd());
        }

        Line($"/// </{element}>");
    }

    /// <summary>The text written, after which this writer's builder goes back to the thread's spare and the writer must not be used.</summary>
    public string Finish()
    {
        var text = _builder.ToString();
        if (s_spare is null || s_spare.Capacity < _builder.Capacity)
        {
            _builder.Clear();
            s_spare = _builder;
        }

        _builder = null!;
        return text;
    }
}
