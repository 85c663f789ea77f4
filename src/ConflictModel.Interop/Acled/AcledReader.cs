using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using CsvHelper;
using CsvHelper.Configuration;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// Reads ACLED's CSV export (<c>event_id_cnty, event_date, year, …, tags, timestamp</c>) as events of the most specific
/// kind, row by row, in memory that stays flat whatever the file's size.
/// </summary>
/// <remarks>
/// <para>
/// Only <c>event_id_cnty</c>, <c>event_date</c>, <c>event_type</c>, <c>sub_event_type</c> and <c>actor1</c> are required;
/// any other column may be missing (its cells count as empty), and columns ACLED does not define are kept. Column names
/// are matched exactly (ACLED's lower case). How the cells become an event is described on <see cref="AcledMapping"/>;
/// in short, the envelope gets <c>Id = "acled-" + event_id_cnty</c>, the time, the place (with the country's alpha-2 code
/// from ACLED's numeric <c>iso</c>), one <see cref="SourceRef"/> per <c>;</c>-separated source, the notes, and
/// <c>fatalities</c> as <see cref="ConflictModel.Events.Casualties.Killed"/> on the kind's harm where it has one.
/// </para>
/// <para>
/// Every cell the model cannot give back exactly — ACLED's own columns without a field (<c>region</c>, <c>source_scale</c>,
/// <c>tags</c>, <c>timestamp</c>, …), quirks such as the export's "Demostrations", associated actors a kind has no place
/// for, a day of a month-precision date that is not the 15th — is kept as text on the event's <see cref="Origin"/>
/// (dataset <c>acled</c>, record id <c>event_id_cnty</c>), together with every extra column, in the file's column order.
/// <see cref="AcledWriter"/> writes the kept cells back, so a file read and written again is the same cell for cell.
/// </para>
/// <para>Thread-safe: each call works on its own state.</para>
/// </remarks>
public static class AcledReader
{
    /// <summary>
    /// Reads every row of an ACLED CSV file as a record holding its event or its error, and goes on past rows that
    /// cannot be converted. A file without a header, or whose header lacks a required column, gives one error record
    /// (line 1) and nothing else.
    /// </summary>
    /// <param name="reader">The CSV text; it is read to its end and not closed.</param>
    /// <param name="source">The file or source name, for error messages.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>One record per row, in order; its line number is the line the row starts on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static async IAsyncEnumerable<AcledRecord> ReadAsync(
        TextReader reader,
        string? source = null,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ct.ThrowIfCancellationRequested();
        var badData = new BadData();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badData.Field ??= args.Field,
            IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(reader, configuration, leaveOpen: true);
        if (!await parser.ReadAsync().ConfigureAwait(false))
        {
            yield return new AcledRecord(1, null, Message(source, 1, "the file is empty; expected a header row naming ACLED's columns."));
            yield break;
        }

        var header = (string[])parser.Record!.Clone();
        if (header.Length > 0 && header[0].StartsWith('\uFEFF'))
        {
            header[0] = header[0][1..];
        }

        if (CheckHeader(header) is { } headerError)
        {
            yield return new AcledRecord(1, null, Message(source, 1, headerError));
            yield break;
        }

        var positions = new int[header.Length];
        for (var j = 0; j < header.Length; j++)
        {
            positions[j] = AcledColumns.IndexOf(header[j]);
        }

        while (await parser.ReadAsync().ConfigureAwait(false))
        {
            ct.ThrowIfCancellationRequested();
            var record = parser.Record!;
            var start = StartLine(parser);
            if (badData.Field is not null)
            {
                badData.Field = null;
                yield return new AcledRecord(start, null, Message(source, start, "the row's quoting is malformed (a quote inside an unquoted cell)."));
                continue;
            }

            yield return Convert(header, positions, record, start, source);
        }
    }

    // The parser's RawRow is the line a record ends on (blank lines skipped before it included); the record starts as many
    // lines earlier as it has line breaks inside quotes.
    private static long StartLine(CsvParser parser)
    {
        var raw = parser.RawRecord;
        var breaks = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        if (raw.Length > 0 && raw[^1] is '\n' or '\r')
        {
            breaks--;
        }

        return parser.RawRow - breaks;
    }

    private static string? CheckHeader(string[] header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (!seen.Add(name))
            {
                return $"the header names the column \"{name}\" twice.";
            }
        }

        var missing = new List<string>();
        foreach (var required in AcledColumns.Required)
        {
            if (!seen.Contains(AcledColumns.Names[required]))
            {
                missing.Add(AcledColumns.Names[required]);
            }
        }

        return missing.Count switch
        {
            0 => null,
            1 => $"the header lacks the required column {missing[0]}.",
            _ => $"the header lacks the required columns {string.Join(", ", missing)}.",
        };
    }

    private static AcledRecord Convert(string[] header, int[] positions, string[] record, long line, string? source)
    {
        if (record.Length != header.Length)
        {
            return new AcledRecord(line, null, Message(
                source, line, $"the row has {record.Length} cells, but the header names {header.Length} columns."));
        }

        var raw = new string?[AcledColumns.Count];
        for (var j = 0; j < record.Length; j++)
        {
            if (positions[j] >= 0)
            {
                raw[positions[j]] = record[j];
            }
        }

        ConflictEvent conflictEvent;
        try
        {
            conflictEvent = AcledRow.ToEvent(raw);
        }
        catch (FormatException e)
        {
            return new AcledRecord(line, null, Message(source, line, e.Message));
        }
        catch (ArgumentException e)
        {
            return new AcledRecord(line, null, Message(source, line, e.Message));
        }
        catch (OverflowException e)
        {
            // A date at the edge of the calendar whose week or month runs past it.
            return new AcledRecord(line, null, Message(source, line, e.Message));
        }

        // Render the event as the export would and keep each cell it does not give back exactly.
        var kept = new bool[AcledColumns.Count];
        AcledRow.Render(conflictEvent, (column, computed) =>
        {
            var cell = raw[column];
            if (cell is null)
            {
                return computed;
            }

            kept[column] = !string.Equals(cell, computed, StringComparison.Ordinal);
            return cell;
        });

        var fields = new List<OriginField>();
        for (var j = 0; j < record.Length; j++)
        {
            if (positions[j] < 0 || kept[positions[j]])
            {
                fields.Add(new OriginField(header[j], record[j]));
            }
        }

        return new AcledRecord(line, conflictEvent with
        {
            Origin = new Origin
            {
                Dataset = AcledMapping.Dataset,
                RecordId = raw[AcledColumns.EventIdCnty],
                Fields = new ValueList<OriginField>(fields),
            },
        }, null);
    }

    private static string Message(string? source, long line, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{source ?? "ACLED CSV"}, line {line}: {text}");

    // The parser reports bad data through a callback; the loop reads and clears it after each row.
    private sealed class BadData
    {
        public string? Field { get; set; }
    }
}
