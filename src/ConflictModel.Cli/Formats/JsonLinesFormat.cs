using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;

namespace ConflictModel.Cli.Formats;

/// <summary>JSON Lines: one event object per line (<c>.jsonl</c>, <c>.ndjson</c>); a bad line is reported and skipped.</summary>
internal sealed class JsonLinesFormat : IFormat
{
    /// <inheritdoc/>
    public string Name => "jsonl";

    /// <inheritdoc/>
    public string Description => "JSON Lines: one event object per line";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <inheritdoc/>
    public bool CanRead => true;

    /// <inheritdoc/>
    public bool CanWrite => true;

    /// <inheritdoc/>
    public async IAsyncEnumerable<EventRecord> ReadAsync(Stream input, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in JsonLines.ReadRecordsAsync(input, source, null, cancellationToken).ConfigureAwait(false))
        {
            yield return new EventRecord(
                record.LineNumber,
                record.Event,
                record.Error is { } error ? Diagnostic.From(error, source, record.LineNumber) : null);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> WriteAsync(Stream output, IAsyncEnumerable<ConflictEvent> events, CancellationToken cancellationToken)
    {
        await JsonLines.WriteAsync(output, events, cancellationToken).ConfigureAwait(false);
        return [];
    }
}
