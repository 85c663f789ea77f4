using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// A file format events can be read from or written to, known to the CLI by name and file extensions. New formats
/// (ACLED or UCDP exports, PLOVER, CloudEvents, Parquet) implement this and are added to <see cref="FormatRegistry"/>.
/// </summary>
internal interface IFormat
{
    /// <summary>The name given to <c>--from</c>, <c>--to</c> and <c>--format</c>, e.g. <c>jsonl</c> (lower case).</summary>
    string Name { get; }

    /// <summary>A short description for messages and help.</summary>
    string Description { get; }

    /// <summary>The file extensions that imply the format, with their dot, e.g. <c>.jsonl</c> (lower case).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether <see cref="ReadAsync"/> is supported.</summary>
    bool CanRead { get; }

    /// <summary>Whether <see cref="WriteAsync"/> is supported.</summary>
    bool CanWrite { get; }

    /// <summary>
    /// Reads every record of the input in order, each an event or the problem that kept it from being read; reading
    /// goes on past bad records wherever the format allows it.
    /// </summary>
    /// <param name="input">The data.</param>
    /// <param name="source">The input's name for diagnostics, e.g. the path as given.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records.</returns>
    IAsyncEnumerable<EventRecord> ReadAsync(Stream input, string source, CancellationToken cancellationToken);

    /// <summary>Writes the events in order, streaming them where the format allows.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="events">The events.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The events the format could not hold (e.g. a statement in ACLED's categories), each as a message; empty when all were written.</returns>
    Task<IReadOnlyList<string>> WriteAsync(Stream output, IAsyncEnumerable<ConflictEvent> events, CancellationToken cancellationToken);
}
