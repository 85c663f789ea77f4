using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Serialization;

/// <summary>
/// Streams JSON Lines (<c>*.jsonl</c>: one event per line) in both directions, in memory that stays flat whatever
/// the file's size: only the current line and a fixed buffer are held.
/// </summary>
/// <remarks>Thread-safe: each call works on its own buffers.</remarks>
public static class JsonLines
{
    /// <summary>The default longest line: 16 MiB; see <see cref="ConflictJsonLimits.MaxLineLength"/>.</summary>
    public const int DefaultMaxLineLength = 16 * 1024 * 1024;

    // Large reads: each one of an asynchronous file is a hop through the thread pool, a cost paid per read, not per byte.
    private const int ChunkSize = 512 * 1024;

    /// <summary>
    /// Reads every line of a JSON Lines stream as a record holding its event or its error, and goes on past bad
    /// lines. Blank lines are skipped; a UTF-8 byte order mark and CR LF line ends are accepted.
    /// </summary>
    /// <param name="utf8">The stream.</param>
    /// <param name="source">The file or source name, for error messages.</param>
    /// <param name="limits">Bounds on line length, depth, string and list lengths; <see cref="ConflictJsonLimits.Default"/> when null. A line longer than the limit is reported and skipped.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One record per non-blank line, in order.</returns>
    public static async IAsyncEnumerable<JsonLinesRecord> ReadRecordsAsync(
        Stream utf8,
        string? source = null,
        ConflictJsonLimits? limits = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        limits ??= ConflictJsonLimits.Default;
        var maxLineLength = limits.MaxLineLength;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var state = new LineState(source, limits);
        var batch = new List<PendingLine>();
        try
        {
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    buffer = Grow(buffer, filled, maxLineLength, ref state);
                    filled = state.Filled;
                }

                var read = await utf8.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                filled += read;
                var consumed = state.TakeLines(buffer.AsSpan(0, filled), final: read == 0, batch);
                foreach (var line in batch)
                {
                    // Each line is read just before it is handed over, not the chunk's lines all first: the events
                    // a consumer has done with die young instead of living through a collection beside the rest.
                    yield return line.Record ?? state.Read(buffer, line);
                }

                batch.Clear();
                if (read == 0)
                {
                    yield break;
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads the events of a JSON Lines stream, throwing at the first bad line.</summary>
    /// <param name="utf8">The stream.</param>
    /// <param name="source">The file or source name, for error messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ConflictJsonException">A line is not a valid event; the exception names the file, line and path.</exception>
    public static async IAsyncEnumerable<ConflictEvent> ReadAsync(Stream utf8, string? source = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var record in ReadRecordsAsync(utf8, source, null, cancellationToken).ConfigureAwait(false))
        {
            yield return record.Event ?? throw record.Error!;
        }
    }

    /// <summary>Reads the events of a JSON Lines file, throwing at the first bad line.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ConflictJsonException">A line is not a valid event.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async IAsyncEnumerable<ConflictEvent> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await foreach (var value in ReadAsync(stream, path, cancellationToken).ConfigureAwait(false))
        {
            yield return value;
        }
    }

    /// <summary>Writes events as JSON Lines: one compact object and a line feed per event.</summary>
    /// <param name="utf8">The stream.</param>
    /// <param name="values">The events.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    public static async Task WriteAsync(Stream utf8, IAsyncEnumerable<ConflictEvent> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(values);
        var buffer = new ArrayBufferWriter<byte>(ChunkSize * 2);
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        await foreach (var value in values.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteLine(writer, buffer, value);
            if (buffer.WrittenCount >= ChunkSize)
            {
                await utf8.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await utf8.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes events as JSON Lines.</summary>
    /// <param name="utf8">The stream.</param>
    /// <param name="values">The events.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    public static Task WriteAsync(Stream utf8, IEnumerable<ConflictEvent> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        return WriteAsync(utf8, ToAsync(values), cancellationToken);
    }

    private static void WriteLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, ConflictEvent value)
    {
        writer.Reset(buffer);
        ConflictJson.Write(writer, value);
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
    }

#pragma warning disable CS1998 // An iterator over an in-memory sequence has nothing to await.
    private static async IAsyncEnumerable<ConflictEvent> ToAsync(IEnumerable<ConflictEvent> values)
#pragma warning restore CS1998
    {
        foreach (var value in values)
        {
            yield return value;
        }
    }

    private static byte[] Grow(byte[] buffer, int filled, int maxLineLength, ref LineState state)
    {
        if (buffer.Length >= maxLineLength + 2)
        {
            // The line is longer than allowed: drop what is held and skip to its end.
            state.SkipOverlong();
            state.Filled = 0;
            state.Searched = 0;
            return buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxLineLength + 2));
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        state.Filled = filled;
        return larger;
    }

    /// <summary>What the reader knows between chunks: line numbers and whether it is skipping an over-long line.</summary>
    private struct LineState(string? source, ConflictJsonLimits limits)
    {
        private readonly int maxLineLength = limits.MaxLineLength;

        private long _lineNumber;
        private bool _skipping;
        private long _skippedLine;

        public int Filled;

        // How many bytes at the start of the data are a line's beginning already searched for its end. A stream that
        // returns a few bytes at a time would otherwise make every read search the whole held line again: quadratic.
        public int Searched;

        public void SkipOverlong()
        {
            if (!_skipping)
            {
                _skipping = true;
                _skippedLine = _lineNumber + 1;
            }
        }

        /// <summary>Reads the complete lines in <paramref name="data"/>; returns how many bytes they took.</summary>
        public int TakeLines(ReadOnlySpan<byte> data, bool final, List<PendingLine> records)
        {
            var consumed = 0;
            while (consumed < data.Length)
            {
                var rest = data[consumed..];
                var from = consumed == 0 ? Math.Min(Searched, rest.Length) : 0;
                var end = rest[from..].IndexOf((byte)'\n');
                end = end < 0 ? -1 : end + from;
                if (end < 0 && !final)
                {
                    Searched = rest.Length;
                    return consumed;
                }

                var line = end < 0 ? rest : rest[..end];
                var start = consumed;
                consumed += end < 0 ? rest.Length : end + 1;
                if (_skipping)
                {
                    EndSkipped(records);
                    continue;
                }

                _lineNumber++;
                if (line.Length > maxLineLength)
                {
                    records.Add(TooLong());
                    continue;
                }

                if (_lineNumber == 1 && line.StartsWith("\uFEFF"u8))
                {
                    line = line[3..];
                    start += 3;
                }

                if (line.Length > 0 && line[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }

                if (line.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                records.Add(new PendingLine(_lineNumber, start, line.Length, null));
            }

            if (final && _skipping)
            {
                // The stream ended right after the part of an over-long last line that was dropped (no line feed, and
                // nothing left of it in the buffer): the line still gets its record.
                EndSkipped(records);
            }

            Searched = 0;
            return consumed;
        }

        /// <summary>The record of a line <see cref="TakeLines"/> found, read from where it lies in <paramref name="data"/>.</summary>
        public readonly JsonLinesRecord Read(byte[] data, PendingLine line)
        {
            try
            {
                return new JsonLinesRecord(line.LineNumber, ConflictJson.Deserialize(data.AsSpan(line.Start, line.Length), null, limits), null);
            }
            catch (ConflictJsonException e)
            {
                return new JsonLinesRecord(line.LineNumber, null, e.InSource(source, line.LineNumber - 1));
            }
        }

        /// <summary>Reports the over-long line being skipped, now that its end is reached.</summary>
        private void EndSkipped(List<PendingLine> records)
        {
            _skipping = false;
            _lineNumber = _skippedLine;
            records.Add(TooLong());
        }

        // The error record of the current line, which is longer than the limit.
        private readonly PendingLine TooLong() =>
            PendingLine.Done(new JsonLinesRecord(_lineNumber, null, new ConflictJsonException($"line longer than {maxLineLength} bytes", 0).Locate(1, 0, null, 0).InSource(source, _lineNumber - 1)));
    }

    // A line found in the buffer, to be read when its turn comes; or a record already made (a line too long to read).
    private readonly record struct PendingLine(long LineNumber, int Start, int Length, JsonLinesRecord? Record)
    {
        public static PendingLine Done(JsonLinesRecord record) => new(record.LineNumber, 0, 0, record);
    }
}
