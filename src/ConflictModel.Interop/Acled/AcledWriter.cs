using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;
using CsvHelper.Configuration;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// Writes events as ACLED's CSV export: a header of the 31 columns in ACLED's order, then one row per event,
/// with CR LF line ends and quotes only where a cell needs them, as ACLED writes it.
/// </summary>
/// <remarks>
/// <para>
/// Each cell is computed from the model (the category from the kind and its fields, <c>inter1</c>/<c>inter2</c> from
/// <see cref="Actor.Kind"/>, <c>iso</c>, <c>country</c> and <c>region</c> from <see cref="Place.Country"/>, the date from
/// <see cref="AcledMapping.FromEventTime"/>, <c>interaction</c> and <c>year</c> from those, and so on), except where the
/// event came from ACLED (<see cref="Origin.Dataset"/> <c>acled</c>) and its origin keeps the cell: the kept cell wins.
/// Events read by <see cref="AcledReader"/> therefore write back cell for cell as they were read.
/// </para>
/// <para>
/// Extra columns: the header takes, after the 31, the extra columns kept on the first written event's origin, in their
/// order; every row then writes its own kept value of each (empty when it has none). Events from the same file share
/// them, so reading and writing a file keeps them; a later event with an extra column the header lacks is written
/// without it, and the loss is reported.
/// </para>
/// <para>
/// Kinds ACLED has no category for (<c>Statement</c>, <c>Withdrawal</c>, <c>Sanction</c>, unknown kinds, …) are skipped
/// and reported in <see cref="AcledWriteResult.Problems"/>, rather than filed under Strategic developments / Other, which
/// would present a report as an event on the ground.
/// </para>
/// <para>Thread-safe: each call works on its own state.</para>
/// </remarks>
public static class AcledWriter
{
    /// <summary>Writes events as ACLED CSV.</summary>
    /// <param name="writer">Where to write; flushed at the end and not closed.</param>
    /// <param name="events">The events.</param>
    /// <param name="ct">Cancels the write.</param>
    /// <returns>How many rows were written, and the events skipped or written without a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static async Task<AcledWriteResult> WriteAsync(TextWriter writer, IAsyncEnumerable<ConflictEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        var problems = new List<string>();
        var written = 0;
        var position = 0;
        string[]? extras = null;
        var csv = new CsvWriter(writer, configuration, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            await foreach (var conflictEvent in events.WithCancellation(ct).ConfigureAwait(false))
            {
                position++;
                if (conflictEvent is null)
                {
                    problems.Add(Describe(position, null, "is null; skipped."));
                    continue;
                }

                var origin = conflictEvent.Origin is { Dataset: AcledMapping.Dataset } acled ? acled : null;
                var cells = AcledRow.Render(conflictEvent, (column, computed) => origin?[AcledColumns.Names[column]] ?? computed);
                if (cells is null)
                {
                    problems.Add(Describe(position, conflictEvent.Id, $"is a '{conflictEvent.Type}', for which ACLED has no category; skipped."));
                    continue;
                }

                if (extras is null)
                {
                    extras = ExtrasOf(origin);
                    await WriteHeaderAsync(csv, extras).ConfigureAwait(false);
                }

                foreach (var cell in cells)
                {
                    csv.WriteField(cell);
                }

                foreach (var extra in extras)
                {
                    csv.WriteField(origin?[extra] ?? string.Empty);
                }

                ReportLostExtras(origin, extras, position, conflictEvent.Id, problems);
                await csv.NextRecordAsync().ConfigureAwait(false);
                written++;
            }

            if (extras is null)
            {
                await WriteHeaderAsync(csv, []).ConfigureAwait(false);
            }

            await csv.FlushAsync().ConfigureAwait(false);
        }

        return new AcledWriteResult(written, problems);
    }

    /// <summary>Writes events as ACLED CSV.</summary>
    /// <param name="writer">Where to write; flushed at the end and not closed.</param>
    /// <param name="events">The events.</param>
    /// <param name="ct">Cancels the write.</param>
    /// <returns>How many rows were written, and the events skipped or written without a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static Task<AcledWriteResult> WriteAsync(TextWriter writer, IEnumerable<ConflictEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return WriteAsync(writer, ToAsync(events, ct), ct);
    }

    private static async Task WriteHeaderAsync(CsvWriter csv, string[] extras)
    {
        foreach (var name in AcledColumns.Names)
        {
            csv.WriteField(name);
        }

        foreach (var name in extras)
        {
            csv.WriteField(name);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
    }

    private static string[] ExtrasOf(Origin? origin)
    {
        var extras = new List<string>();
        if (origin is not null)
        {
            foreach (var field in origin.Fields)
            {
                if (!AcledColumns.IsStandard(field.Name) && !extras.Contains(field.Name))
                {
                    extras.Add(field.Name);
                }
            }
        }

        return [.. extras];
    }

    private static void ReportLostExtras(Origin? origin, string[] extras, int position, string id, List<string> problems)
    {
        if (origin is null)
        {
            return;
        }

        foreach (var field in origin.Fields)
        {
            if (!AcledColumns.IsStandard(field.Name) && Array.IndexOf(extras, field.Name) < 0)
            {
                problems.Add(Describe(position, id, $"has the extra column \"{field.Name}\", which the header (taken from the first event) lacks; its value was not written."));
            }
        }
    }

    private static string Describe(int position, string? id, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"event {position}{(id is null ? string.Empty : " (" + id + ")")} {text}");

    private static async IAsyncEnumerable<ConflictEvent> ToAsync(IEnumerable<ConflictEvent> events, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var conflictEvent in events)
        {
            ct.ThrowIfCancellationRequested();
            yield return conflictEvent;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
