using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// JSON (<c>.json</c>): an array of event objects, or a single event object. Read element by element, so a bad
/// event is reported with the line where it starts and skipped; written as one compact array.
/// </summary>
internal sealed class JsonArrayFormat : IFormat
{
    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public string Description => "JSON: an array of event objects (or one event object)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc/>
    public bool CanRead => true;

    /// <inheritdoc/>
    public bool CanWrite => true;

    /// <inheritdoc/>
    public IAsyncEnumerable<EventRecord> ReadAsync(Stream input, string source, CancellationToken cancellationToken) =>
        JsonArrayReader.ReadAsync(input, source, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>The array is followed by a line feed, as text files end.</remarks>
    public async Task<IReadOnlyList<string>> WriteAsync(Stream output, IAsyncEnumerable<ConflictEvent> events, CancellationToken cancellationToken)
    {
        await ConflictJson.SerializeArrayAsync(output, events, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }
}
