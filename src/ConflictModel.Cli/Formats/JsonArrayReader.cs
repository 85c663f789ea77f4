using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using ConflictModel.Serialization;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// Streams the events of a JSON array (or of a single event object) element by element, in memory bounded by the
/// largest event: it finds each element's bytes with <see cref="Utf8JsonReader"/> (its start is the
/// <see cref="Utf8JsonReader.TokenStartIndex"/> of its <c>StartObject</c>, which gives its line) and reads them with
/// <see cref="ConflictJson.Deserialize(ReadOnlySpan{byte}, string?, ConflictJsonLimits?)"/>. An element that is not a valid event is
/// reported with its line and skipped; malformed JSON ends the read, since nothing after it can be trusted.
/// </summary>
internal sealed class JsonArrayReader
{
    /// <summary>The largest event accepted, in bytes; as for a line of JSON Lines.</summary>
    public const int MaxEventLength = JsonLines.DefaultMaxLineLength;

    private const int InitialBufferSize = 64 * 1024;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = ConflictJson.MaxDepth };

    private readonly string _source;
    private readonly LineCounter _lines = new();
    private JsonReaderState _state = new(Options);
    private Phase _phase;
    private int _elementStart = -1;
    private int _pendingStart;

    private JsonArrayReader(string source) => _source = source;

    private enum Phase
    {
        Start,
        InArray,
        Done,
    }

    /// <summary>Whether reading has stopped at malformed data.</summary>
    private bool Stopped { get; set; }

    /// <summary>Reads the records of a JSON array or single event object.</summary>
    /// <param name="utf8">The data.</param>
    /// <param name="source">The input's name for diagnostics.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One record per element, in order; a final record for malformed JSON, if any.</returns>
    public static async IAsyncEnumerable<EventRecord> ReadAsync(Stream utf8, string source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var reader = new JsonArrayReader(source);
        var buffer = new byte[InitialBufferSize];
        var filled = 0;
        var atStart = true;
        var records = new List<EventRecord>();
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length >= MaxEventLength)
                {
                    yield return reader.TooLong(buffer);
                    yield break;
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxEventLength));
            }

            var read = await utf8.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            filled += read;
            var final = read == 0;
            if (atStart)
            {
                if (filled < 3 && !final)
                {
                    continue;
                }

                atStart = false;
                if (buffer.AsSpan(0, filled).StartsWith("\uFEFF"u8))
                {
                    buffer.AsSpan(3, filled - 3).CopyTo(buffer);
                    filled -= 3;
                }
            }

            var consumed = reader.Scan(buffer.AsSpan(0, filled), final, records);
            foreach (var record in records)
            {
                yield return record;
            }

            records.Clear();
            if (final || reader.Stopped)
            {
                yield break;
            }

            reader._lines.Drop(buffer.AsSpan(0, filled), consumed);
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
        }
    }

    /// <summary>Reads the complete elements in <paramref name="data"/>; returns how many bytes they took.</summary>
    private int Scan(ReadOnlySpan<byte> data, bool final, List<EventRecord> records)
    {
        if (final && _phase == Phase.Start && data.Trim(" \t\r\n"u8).IsEmpty)
        {
            Stopped = true;
            records.Add(new EventRecord(1, null, new Diagnostic(_source, 1, null, "no JSON: expected an event object or an array of events")));
            return data.Length;
        }

        var reader = new Utf8JsonReader(data, final, _state);
        _elementStart = -1;
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var beforeConsumed = (int)reader.BytesConsumed;
                if (!reader.Read())
                {
                    _state = reader.CurrentState;
                    return (int)reader.BytesConsumed;
                }

                switch (_phase)
                {
                    case Phase.Start when reader.TokenType == JsonTokenType.StartArray:
                        _phase = Phase.InArray;
                        continue;
                    case Phase.Start when reader.TokenType == JsonTokenType.StartObject:
                        // A single event object rather than an array: read it as the one element.
                        break;
                    case Phase.InArray when reader.TokenType == JsonTokenType.EndArray:
                        _phase = Phase.Done;
                        continue;
                    case Phase.InArray:
                        break;
                    default:
                        var at = _lines.LineAt(data, (int)reader.TokenStartIndex);
                        var expected = _phase == Phase.Start ? "expected an event object or an array of events" : "unexpected content after the events";
                        records.Add(new EventRecord(at, null, new Diagnostic(_source, at, null, $"{expected}, found {Describe(reader.TokenType)}")));
                        Stopped = true;
                        return data.Length;
                }

                var start = (int)reader.TokenStartIndex;
                var tokenType = reader.TokenType;
                _elementStart = start;
                if (!reader.TrySkip())
                {
                    // The element is not all in the buffer yet: start again from before it once more data is read.
                    _state = before;
                    _pendingStart = start - beforeConsumed;
                    return beforeConsumed;
                }

                var line = _lines.LineAt(data, start);
                _elementStart = -1;
                records.Add(tokenType == JsonTokenType.StartObject
                    ? Read(data[start..(int)reader.BytesConsumed], line)
                    : new EventRecord(line, null, new Diagnostic(_source, line, "$", "expected an event object, found " + Describe(tokenType))));
                if (_phase == Phase.Start)
                {
                    _phase = Phase.Done;
                }
            }
        }
        catch (JsonException e)
        {
            Stopped = true;
            records.Add(Malformed(data, e));
            return data.Length;
        }
    }

    private EventRecord Read(ReadOnlySpan<byte> element, long line)
    {
        try
        {
            return new EventRecord(line, ConflictJson.Deserialize(element), null);
        }
        catch (ConflictJsonException e)
        {
            return new EventRecord(line, null, new Diagnostic(_source, line + (e.LineNumber ?? 1) - 1, e.Path, e.Problem));
        }
    }

    /// <summary>The record for malformed JSON: located within its event (with a JSON path) when it is inside one.</summary>
    private EventRecord Malformed(ReadOnlySpan<byte> data, JsonException e)
    {
        if (_elementStart >= 0)
        {
            var line = _lines.LineAt(data, _elementStart);
            var located = Read(data[_elementStart..], line);
            if (located.Error is not null)
            {
                return located;
            }
        }

        var at = e.LineNumber is { } zeroBased ? zeroBased + 1 : (long?)null;
        return new EventRecord(at ?? 0, null, new Diagnostic(_source, at, e.Path, Clean(e.Message)));
    }

    private EventRecord TooLong(byte[] buffer)
    {
        var line = _lines.LineAt(buffer, _pendingStart);
        return new EventRecord(line, null, new Diagnostic(_source, line, null, string.Create(CultureInfo.InvariantCulture, $"an event longer than {MaxEventLength:N0} bytes; reading stopped")));
    }

    private static string Clean(string message)
    {
        // System.Text.Json appends "LineNumber: … | BytePositionInLine: …"; the diagnostic gives the line itself.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
