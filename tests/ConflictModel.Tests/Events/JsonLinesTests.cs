using System.Runtime.CompilerServices;
using System.Text;
using ConflictModel.Serialization;
using ConflictModel.Tests.Seed;

namespace ConflictModel.Tests.Events;

public class JsonLinesTests
{
    private static async Task<List<JsonLinesRecord>> Records(string text, int maxLineLength = JsonLines.DefaultMaxLineLength)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var records = new List<JsonLinesRecord>();
        await foreach (var r in JsonLines.ReadRecordsAsync(stream, "data.jsonl", new ConflictJsonLimits { MaxLineLength = maxLineLength }))
        {
            records.Add(r);
        }

        return records;
    }

    private static async Task<string> Write(IEnumerable<ConflictEvent> events)
    {
        using var stream = new MemoryStream();
        await JsonLines.WriteAsync(stream, events);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task The_seed_dataset_writes_one_line_per_event_and_reads_back_equal()
    {
        var events = SeedArticle.Build();

        var text = await Write(events);
        var read = await Records(text);

        Assert.Equal(events.Count, text.Count(c => c == '\n'));
        Assert.All(read, r => Assert.Null(r.Error));
        Assert.Equal(events, read.Select(r => r.Event));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), read.Select(r => r.LineNumber));
    }

    [Fact]
    public async Task Damaged_lines_are_reported_with_their_line_numbers_and_the_good_ones_around_them_read()
    {
        var good = (await Write(SeedArticle.Build().Take(3))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join('\n', good[0], "{\"type\":\"strike\",\"id\":", good[1], "not json at all", "", good[2]) + "\n";

        var records = await Records(text);

        Assert.Equal([1L, 2, 3, 4, 6], records.Select(r => r.LineNumber));
        Assert.Equal(3, records.Count(r => r.Event is not null));
        var truncated = records[1].Error!;
        Assert.Equal(2, truncated.LineNumber);
        Assert.StartsWith("data.jsonl:2: ", truncated.Message);
        Assert.Equal(4, records[3].Error!.LineNumber);
    }

    [Fact]
    public async Task Reading_without_records_stops_at_the_first_bad_line()
    {
        var text = await Write(SeedArticle.Build().Take(2)) + "{\"type\":\"strike\",\"id\":\"s\",\"attacker\":{\"name\":\"a\"},\"munitions\":{\"kind\":\"exact\",\"value\":-1}}\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var seen = 0;

        var e = await Assert.ThrowsAsync<ConflictJsonException>(async () =>
        {
            await foreach (var _ in JsonLines.ReadAsync(stream, "bad.jsonl"))
            {
                seen++;
            }
        });

        Assert.Equal(2, seen);
        Assert.Equal(3, e.LineNumber);
        Assert.Equal("$.munitions.value", e.Path);
        Assert.Equal("bad.jsonl", e.File);
    }

    [Fact]
    public async Task A_bom_crlf_line_ends_and_blank_lines_are_accepted()
    {
        var lines = (await Write(SeedArticle.Build().Take(2))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = "\uFEFF" + lines[0] + "\r\n\r\n   \r\n" + lines[1];

        var records = await Records(text);

        Assert.Equal([1L, 4], records.Select(r => r.LineNumber));
        Assert.All(records, r => Assert.NotNull(r.Event));
    }

    [Fact]
    public async Task An_overlong_line_is_reported_and_skipped()
    {
        var lines = (await Write(SeedArticle.Build().Take(2))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var longest = lines.Max(l => Encoding.UTF8.GetByteCount(l));
        var overlong = "{\"type\":\"x\",\"id\":\"" + new string('a', longest * 4) + "\"}";
        var text = lines[0] + "\n" + overlong + "\n" + lines[1] + "\n";

        var records = await Records(text, maxLineLength: longest + 10);

        Assert.Equal(3, records.Count);
        Assert.NotNull(records[0].Event);
        Assert.Equal(2, records[1].LineNumber);
        Assert.Contains("line longer than", records[1].Error!.Message);
        Assert.NotNull(records[2].Event);
        Assert.Equal(3, records[2].LineNumber);
    }

    [Fact]
    public async Task Lines_spanning_many_read_chunks_are_read_whole()
    {
        var seed = SeedArticle.Build();
        var events = Enumerable.Range(0, 3000).Select(i => seed[i % seed.Count] with { Id = "e" + i, About = [] }).ToList();

        var read = await Records(await Write(events));

        Assert.Equal(events, read.Select(r => r.Event));
    }

    [Fact]
    public async Task An_event_the_consumer_has_moved_past_is_not_held_by_the_reader()
    {
        // Every line of the seed in one read chunk: the reader holds the chunk, but not the events of lines already handed over.
        var text = await Write(SeedArticle.Build());
        await using var records = JsonLines.ReadRecordsAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))).GetAsyncEnumerator();
        var first = FirstEvent(records);

        Assert.True(await records.MoveNextAsync());
        Assert.Equal(2, records.Current.LineNumber);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(first.IsAlive);
    }

    // Apart, so no local of the test keeps the first event alive. A memory stream completes its reads at once.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FirstEvent(IAsyncEnumerator<JsonLinesRecord> records)
    {
        Assert.True(records.MoveNextAsync().AsTask().GetAwaiter().GetResult());
        Assert.Equal(1, records.Current.LineNumber);
        return new WeakReference(records.Current.Event ?? throw new InvalidOperationException("the first line did not read"));
    }
}
