using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ConflictModel.Cli.Text;

namespace ConflictModel.Cli.Summary;

/// <summary>
/// Writes an <see cref="EventSummary"/> as plain text laid out for a terminal's width: a headline, counts by kind,
/// actor, place and day in aligned columns, and the timeline. Headings are bold only when colour is on.
/// </summary>
internal static class SummaryReport
{
    private const string Indent = "  ";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="source">The input's name.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="width">The width to fit.</param>
    /// <param name="useColor">Whether headings may be bold.</param>
    public static void Write(TextWriter writer, string source, EventSummary summary, int width, bool useColor)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        Heading(writer, "Summary of " + source, useColor);
        var headline = Plural.Of(summary.Events, "event");
        if (summary.First is { } first && summary.Last is { } last)
        {
            headline += $", {Day(first)} to {Day(last)}";
        }

        writer.WriteLine(Indent + headline);
        writer.WriteLine(Indent + $"{Plural.Of(summary.Kinds.Count, "kind")}, {Plural.Of(summary.Actors.Count, "actor")}, {Plural.Of(summary.Places.Count, "place")}");

        Counts(writer, "By kind", summary.Kinds, width, useColor);
        Counts(writer, "By actor", summary.Actors, width, useColor);
        Counts(writer, "By place", summary.Places, width, useColor);
        Days(writer, summary, width, useColor);
        Timeline(writer, summary.Timeline(), width, useColor);
    }

    private static void Counts(TextWriter writer, string title, Tally<string> tally, int width, bool useColor)
    {
        writer.WriteLine();
        Heading(writer, title, useColor);
        if (tally.Count == 0)
        {
            writer.WriteLine(Indent + "(none)");
            return;
        }

        var table = new TextTable(new TextColumn(MinWidth: 12), new TextColumn(AlignRight: true));
        foreach (var (name, count) in tally.ByCount(StringComparer.Ordinal))
        {
            table.Add(name, Count(count));
        }

        table.WriteTo(writer, width, Indent);
    }

    private static void Days(TextWriter writer, EventSummary summary, int width, bool useColor)
    {
        writer.WriteLine();
        Heading(writer, "By day", useColor);
        var table = new TextTable(new TextColumn(), new TextColumn(), new TextColumn(AlignRight: true));
        foreach (var (day, count) in summary.Days.ByKey(Comparer<DayKey>.Default))
        {
            table.Add(day.DayText, day.PrecisionText, Count(count));
        }

        if (summary.Undated > 0)
        {
            table.Add("undated", string.Empty, Count(summary.Undated));
        }

        if (table.Count == 0)
        {
            writer.WriteLine(Indent + "(none)");
            return;
        }

        table.WriteTo(writer, width, Indent);
    }

    private static void Timeline(TextWriter writer, IReadOnlyList<TimelineEntry> entries, int width, bool useColor)
    {
        writer.WriteLine();
        Heading(writer, "Timeline", useColor);
        if (entries.Count == 0)
        {
            writer.WriteLine(Indent + "(none)");
            return;
        }

        // Too wide a table gives up description first, then the middle of ids, then the end of long type names.
        var table = new TextTable(
            new TextColumn(),
            new TextColumn(),
            new TextColumn(MinWidth: 14, ShrinkOrder: 2),
            new TextColumn(MinWidth: 24, ShrinkOrder: 1, EllipsisInMiddle: true),
            new TextColumn(MinWidth: 12, ShrinkOrder: 0));
        foreach (var entry in entries)
        {
            table.Add(
                entry.Day?.DayText ?? "undated",
                entry.Day?.PrecisionText ?? string.Empty,
                entry.Type,
                entry.Id,
                entry.Description);
        }

        table.WriteTo(writer, width, Indent);
    }

    private static void Heading(TextWriter writer, string text, bool useColor) =>
        writer.WriteLine(useColor ? Bold + text + Reset : text);

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Day(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
