using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Acled;

namespace ConflictModel.Cli.Formats;

/// <summary>ACLED's CSV export (31 columns); <c>.acled.csv</c>, or <c>--from acled</c> for any <c>.csv</c>.</summary>
internal sealed class AcledFormat : IFormat
{
    /// <inheritdoc/>
    public string Name => "acled";

    /// <inheritdoc/>
    public string Description => "ACLED CSV export";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".acled.csv"];

    /// <inheritdoc/>
    public bool CanRead => true;

    /// <inheritdoc/>
    public bool CanWrite => true;

    /// <inheritdoc/>
    public async IAsyncEnumerable<EventRecord> ReadAsync(Stream input, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        await foreach (var record in AcledReader.ReadAsync(reader, source, cancellationToken).ConfigureAwait(false))
        {
            yield return new EventRecord(record.LineNumber, record.Event, record.Error is { } error ? new Diagnostic(source, record.LineNumber, null, error) : null);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> WriteAsync(Stream output, IAsyncEnumerable<ConflictEvent> events, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var result = await AcledWriter.WriteAsync(writer, events, cancellationToken).ConfigureAwait(false);
            return result.Problems;
        }
    }
}
