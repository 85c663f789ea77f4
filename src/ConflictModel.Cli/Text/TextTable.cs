using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConflictModel.Cli.Text;

/// <summary>
/// Aligned columns of plain text that fit a given width: columns are as wide as their widest cell, and when the
/// table is too wide the columns allowed to shrink do so, their cells cut with an ellipsis.
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private const char Ellipsis = '…';

    private readonly TextColumn[] _columns;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates an empty table.</summary>
    /// <param name="columns">The columns.</param>
    public TextTable(params TextColumn[] columns) => _columns = columns;

    /// <summary>The number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">One cell per column.</param>
    public void Add(params string[] cells)
    {
        if (cells.Length != _columns.Length)
        {
            throw new ArgumentException($"expected {_columns.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table, each line starting with <paramref name="indent"/> and no longer than <paramref name="width"/> where the columns allow.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="width">The width to fit.</param>
    /// <param name="indent">The text before each line.</param>
    public void WriteTo(TextWriter writer, int width, string indent = "")
    {
        var widths = Widths(width - indent.Length);
        if (_columns.Any(c => c.Header is not null))
        {
            WriteRow(writer, indent, widths, _columns.Select(c => c.Header ?? string.Empty).ToArray());
        }

        foreach (var row in _rows)
        {
            WriteRow(writer, indent, widths, row);
        }
    }

    /// <summary>Cuts text to a width with an ellipsis at its end or in its middle.</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The width.</param>
    /// <param name="inMiddle">Whether to keep the start and the end.</param>
    /// <returns>The text, at most <paramref name="width"/> characters.</returns>
    public static string Fit(string text, int width, bool inMiddle = false)
    {
        if (text.Length <= width)
        {
            return text;
        }

        if (width <= 1)
        {
            return width == 1 ? Ellipsis.ToString() : string.Empty;
        }

        if (!inMiddle)
        {
            return string.Concat(text.AsSpan(0, width - 1).TrimEnd(), Ellipsis.ToString());
        }

        var head = width / 2;
        var tail = width - 1 - head;
        return string.Concat(text.AsSpan(0, head), Ellipsis.ToString(), text.AsSpan(text.Length - tail));
    }

    private int[] Widths(int available)
    {
        var widths = new int[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            widths[i] = Math.Max(_columns[i].Header?.Length ?? 0, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length));
        }

        var excess = widths.Sum() + (Gap.Length * (widths.Length - 1)) - available;
        foreach (var i in Enumerable.Range(0, _columns.Length).Where(i => _columns[i].MinWidth is not null).OrderBy(i => _columns[i].ShrinkOrder))
        {
            if (excess <= 0)
            {
                break;
            }

            var cut = Math.Min(excess, widths[i] - Math.Min(widths[i], _columns[i].MinWidth!.Value));
            widths[i] -= cut;
            excess -= cut;
            if (widths[i] == 0)
            {
                excess -= Gap.Length;
            }
        }

        return widths;
    }

    private void WriteRow(TextWriter writer, string indent, int[] widths, string[] cells)
    {
        var line = new System.Text.StringBuilder(indent);
        var first = true;
        for (var i = 0; i < cells.Length; i++)
        {
            if (widths[i] == 0)
            {
                continue;
            }

            if (!first)
            {
                line.Append(Gap);
            }

            first = false;
            var cell = Fit(cells[i], widths[i], _columns[i].EllipsisInMiddle);
            line.Append(_columns[i].AlignRight ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}
