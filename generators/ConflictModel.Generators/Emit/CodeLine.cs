using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ConflictModel.Generators.Emit;

/// <summary>
/// An interpolated line written straight into a <see cref="CodeWriter"/>'s builder, indented, instead of first into a
/// string of its own: most of what the emitters allocated were such strings, each written once and dropped.
/// </summary>
[InterpolatedStringHandler]
internal readonly ref struct CodeLine
{
    private readonly StringBuilder _builder;
    private readonly int _start;
    private readonly int _indented;

    public CodeLine(int literalLength, int formattedCount, CodeWriter writer)
    {
        _builder = writer.Builder;
        _start = _builder.Length;
        _builder.Append('\t', writer.Indent);
        _indented = _builder.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendLiteral(string text) => _builder.Append(text);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendFormatted(string? text) => _builder.Append(text);

    /// <summary>Writes the text as a C# string literal, escaping it into the builder.</summary>
    public void AppendFormatted(QuotedText text) => Text.AppendLiteral(_builder, text.Value);

    public void AppendFormatted(int value) => _builder.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Ends the line; a line that came out empty gets no indent, as <see cref="CodeWriter.Line(string)"/> writes it.</summary>
    public void End()
    {
        if (_builder.Length == _indented)
        {
            _builder.Length = _start;
        }

        _builder.Append('\n');
    }
}
