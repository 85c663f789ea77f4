using System.Text;
using ConflictModel.Reliability.Tests.Properties;
using ConflictModel.Reliability.Tests.Support;
using ConflictModel.Serialization;
using CsCheck;
using Xunit.Abstractions;

namespace ConflictModel.Reliability.Tests.Fuzz;

/// <summary>
/// Fuzz target 2, <c>JsonLines.ReadRecordsAsync</c>: files of good, damaged, blank, CRLF, BOM-led and over-long lines,
/// read through a stream that hands out random chunk sizes, give exactly the records that reading each line on its
/// own gives (same line numbers, same events, same errors), never throw and never hang.
/// </summary>
public sealed class JsonLinesFuzzTests(ITestOutputHelper output)
{
    private const long CiIterations = 6_000;
    private const string Source = "fuzz.jsonl";

    /// <summary>One generated file: its bytes, the line limit (null for the default) and how the stream chunks reads.</summary>
    public sealed record LinesInput(byte[] Data, int? MaxLineLength, ulong ChunkSeed, int MaxChunk)
    {
        public override string ToString() =>
            $"limit {MaxLineLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"}, chunks up to {MaxChunk} (seed {ChunkSeed}), {Data.Length} bytes:\n{Show.Bytes(Data, 6000)}";
    }

    [Fact]
    public void Fuzz_json_lines_reader_matches_reading_each_line_alone()
    {
        Campaign.Run(
            "fuzz JSON Lines reader",
            Campaign.Iterations(CiIterations),
            Generate,
            Check,
            input => input.ToString(),
            output,
            minimize: (input, fails) => input with { Data = Minimizer.Bytes(input.Data, d => fails(input with { Data = d }), maxAttempts: 1500) });
    }

    [Fact]
    public void Fuzz_json_lines_reader_the_oracle_can_fail()
    {
        // The oracle is not vacuous: a reader that lost a line or renumbered one would not match it.
        var file = Utf8.Raw(Repo.SeedBytes[0], "\n", Repo.SeedBytes[1], "\n");
        var expected = Oracle(file, null);
        Assert.Equal(2, expected.Count);
        var actual = ReadChunked(new LinesInput(file, null, 1, 7));
        Assert.Null(Mismatch(expected, actual));
        Assert.NotNull(Mismatch(expected, actual.Take(1).ToList()));
        Assert.NotNull(Mismatch(expected, [actual[0], actual[1] with { LineNumber = 3 }]));
    }

    internal static LinesInput Generate(PCG pcg)
    {
        var data = new List<byte>();
        if (pcg.Next(8) == 0)
        {
            data.AddRange("\uFEFF"u8.ToArray());
        }

        var lines = 1 + (int)pcg.Next(8);
        for (var i = 0; i < lines; i++)
        {
            byte[] line = pcg.Next(12) switch
            {
                0 => [],
                1 => Utf8.Bytes(pcg.Next(2) == 0 ? "   \t " : "\r"),
                2 or 3 => Repo.SeedBytes[(int)pcg.Next((uint)Repo.SeedBytes.Count)],
                4 or 5 => Utf8.Bytes(EventJsonGen.Any(pcg, multiLine: false).Input),
                6 => Mutator.HostileTokens[pcg.Next((uint)Mutator.HostileTokens.Length)],
                _ => Mutator.Mutate(Repo.SeedBytes[(int)pcg.Next((uint)Repo.SeedBytes.Count)], pcg, Repo.SeedBytes),
            };
            data.AddRange(line);
            if (i < lines - 1 || pcg.Next(3) != 0)
            {
                data.AddRange(pcg.Next(4) == 0 ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
            }
        }

        var bytes = data.ToArray();
        if (pcg.Next(3) == 0)
        {
            // Damage across lines too: joined, split, truncated.
            bytes = Mutator.Mutate(bytes, pcg, Repo.SeedBytes);
        }

        int? limit = pcg.Next(4) == 0 ? 2 + (int)pcg.Next(3000) : null;
        if (pcg.Next(400) == 0)
        {
            // Now and then a line longer than the reader's 512 KiB buffer, to go through its growing and skipping.
            var size = 500_000 + (int)pcg.Next(700_000);
            bytes = [.. bytes, .. Utf8.Bytes("{\"type\":\"strike\",\"notes\":\""), .. Enumerable.Repeat((byte)'x', size), .. "\"}\n"u8.ToArray(), .. Repo.SeedBytes[0]];
            limit = pcg.Next(2) == 0 ? limit ?? 1000 : null;
        }

        return new LinesInput(bytes, limit, pcg.Next64(), pcg.Next(3) == 0 ? 1 + (int)pcg.Next(16) : 1 + (int)pcg.Next(100_000));
    }

    internal static void Check(LinesInput input)
    {
        var expected = Oracle(input.Data, input.MaxLineLength);
        var actual = ReadChunked(input);
        if (Mismatch(expected, actual) is { } difference)
        {
            throw new LinesMismatchException(difference);
        }

        foreach (var record in actual.Where(r => r.Error is not null))
        {
            var error = record.Error!;
            if (error.Message.Contains("   at ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("an error message holds a stack trace: " + error.Message);
            }

            if (error.LineNumber is { } line && line != record.LineNumber)
            {
                throw new LinesMismatchException($"line {record.LineNumber}: the error says line {line}");
            }
        }
    }

    /// <summary>What reading each line of <paramref name="data"/> on its own gives, by the documented rules.</summary>
    internal static List<Expected> Oracle(byte[] data, int? maxLineLength)
    {
        var max = maxLineLength ?? JsonLines.DefaultMaxLineLength;
        var limits = maxLineLength is null ? null : new ConflictJsonLimits { MaxLineLength = max };
        var result = new List<Expected>();
        var start = 0;
        for (var number = 1L; start < data.Length; number++)
        {
            var end = Array.IndexOf(data, (byte)'\n', start);
            var line = data.AsSpan(start, (end < 0 ? data.Length : end) - start);
            start = end < 0 ? data.Length : end + 1;
            if (line.Length > max)
            {
                result.Add(new Expected(number, null, $"line longer than {max} bytes", null));
                continue;
            }

            if (number == 1 && line.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }

            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            try
            {
                result.Add(new Expected(number, ConflictJson.Deserialize(line, null, limits), null, null));
            }
            catch (ConflictJsonException e)
            {
                result.Add(new Expected(number, null, e.Problem, e.Path));
            }
        }

        return result;
    }

    internal sealed record Expected(long LineNumber, ConflictEvent? Event, string? Problem, string? Path);

    internal static List<JsonLinesRecord> ReadChunked(LinesInput input, string source = Source)
    {
        var limits = input.MaxLineLength is { } m ? new ConflictJsonLimits { MaxLineLength = m } : null;
        using var stream = new ChunkedStream(input.Data, input.ChunkSeed, input.MaxChunk);
        return Drain.ToList(JsonLines.ReadRecordsAsync(stream, source, limits));
    }

    internal static string? Mismatch(List<Expected> expected, List<JsonLinesRecord> actual, string source = Source)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            if (i >= actual.Count)
            {
                return $"no record for line {expected[i].LineNumber} (expected {(expected[i].Event is null ? "error: " + expected[i].Problem : "an event")})";
            }

            if (i >= expected.Count)
            {
                return $"an extra record for line {actual[i].LineNumber}";
            }

            var (e, a) = (expected[i], actual[i]);
            if (e.LineNumber != a.LineNumber)
            {
                return $"record {i}: line {a.LineNumber}, expected line {e.LineNumber}";
            }

            if ((a.Event is null) == (a.Error is null))
            {
                return $"line {a.LineNumber}: a record must hold an event or an error, not {(a.Event is null ? "neither" : "both")}";
            }

            if (e.Event is not null)
            {
                if (a.Event is null)
                {
                    return $"line {a.LineNumber}: expected an event, found error {a.Error!.Message}";
                }

                if (!e.Event.Equals(a.Event))
                {
                    return $"line {a.LineNumber}: another event than reading the line alone gives";
                }
            }
            else
            {
                if (a.Error is null)
                {
                    return $"line {a.LineNumber}: expected error '{e.Problem}', found an event";
                }

                if (a.Error.Problem != e.Problem || a.Error.Path != e.Path || a.Error.File != source)
                {
                    return $"line {a.LineNumber}: expected error {e.Path}: {e.Problem}, found {a.Error.File}: {a.Error.Path}: {a.Error.Problem}";
                }
            }
        }

        return null;
    }
}

/// <summary>The records differ from what reading each line alone gives.</summary>
public sealed class LinesMismatchException(string message) : Exception(message);

/// <summary>A read-only stream that returns at most a random number of bytes per read, to move line ends across chunk edges.</summary>
internal sealed class ChunkedStream(byte[] data, ulong seed, int maxChunk) : Stream
{
    private readonly PCG _pcg = new(7, seed);
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = Math.Min(Math.Min(buffer.Length, data.Length - _position), 1 + (int)_pcg.Next((uint)maxChunk));
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
