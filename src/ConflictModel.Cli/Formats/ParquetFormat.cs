using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Parquet;

namespace ConflictModel.Cli.Formats;

/// <summary>A columnar Parquet export (<c>.parquet</c>) for DuckDB, Spark and other engines; write only, in row groups.</summary>
internal sealed class ParquetFormat : IFormat
{
    /// <inheritdoc/>
    public string Name => "parquet";

    /// <inheritdoc/>
    public string Description => "Parquet export (write only)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".parquet"];

    /// <inheritdoc/>
    public bool CanRead => false;

    /// <inheritdoc/>
    public bool CanWrite => true;

    /// <inheritdoc/>
    public IAsyncEnumerable<EventRecord> ReadAsync(Stream input, string source, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Parquet export is write only.");

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> WriteAsync(Stream output, IAsyncEnumerable<ConflictEvent> events, CancellationToken cancellationToken)
    {
        await ParquetExport.WriteAsync(output, events, null, cancellationToken).ConfigureAwait(false);
        return [];
    }
}
