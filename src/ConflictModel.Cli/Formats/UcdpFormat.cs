using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Ucdp;

namespace ConflictModel.Cli.Formats;

/// <summary>UCDP's Georeferenced Event Dataset as CSV (49 columns); read only; <c>.ucdp.csv</c>, or <c>--from ucdp</c>.</summary>
internal sealed class UcdpFormat : IFormat
{
    /// <inheritdoc/>
    public string Name => "ucdp";

    /// <inheritdoc/>
    public string Description => "UCDP GED CSV (read only)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".ucdp.csv"];

    /// <inheritdoc/>
    public bool CanRead => true;

    /// <inheritdoc/>
    public bool CanWrite => false;

    /// <inheritdoc/>
    public async IAsyncEnumerable<EventRecord> ReadAsync(Stream input, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var records = UcdpGedReader.ReadAsync(reader, source, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (records.ConfigureAwait(false))
        {
            while (true)
            {
                UcdpRecord? record = null;
                string? unreadable = null;
                try
                {
                    if (!await records.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    record = records.Current;
                }
                catch (InvalidDataException e)
                {
                    unreadable = e.Message;
                }

                if (record is null)
                {
                    // A header without a required column: nothing can be read.
                    yield return new EventRecord(1, null, new Diagnostic(source, 1, null, unreadable!));
                    yield break;
                }

                yield return new EventRecord(record.LineNumber, record.Event, record.Error is { } error ? new Diagnostic(source, record.LineNumber, null, error) : null);
            }
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> WriteAsync(Stream output, IAsyncEnumerable<ConflictEvent> events, CancellationToken cancellationToken) =>
        throw new NotSupportedException("UCDP GED is read only.");
}
