using System.Text;
using System.Text.Json.Nodes;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Tests.Support;

namespace ConflictModel.Cli.Tests;

public sealed class JsonArrayReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(int.MaxValue)]
    public async Task Events_and_their_lines_do_not_depend_on_how_the_data_arrives(int chunk)
    {
        // Ten copies of the seed (about 400 KiB indented) cross the reader's 64 KiB buffer many times.
        var lines = Enumerable.Repeat(Repo.SeedLines, 10).SelectMany(l => l).ToArray();
        lines[^1] = SeedData.With(lines[^1], "about", new JsonArray(JsonValue.Create(string.Empty)));
        var json = SeedData.IndentedArray(lines);
        var starts = SeedData.ElementLines(json);

        var records = await ReadAsync(json, chunk);

        Assert.Equal(lines.Length, records.Count);
        Assert.Equal(starts.Select(s => (long)s), records.Select(r => r.Line));
        Assert.All(records, r => Assert.NotNull(r.Event));
        Assert.Equal("seed-withdrawal-sievierodonetsk", records[0].Event!.Id);
        Assert.Equal(Repo.SeedLines.Length, records.Select(r => r.Event!.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public async Task A_bad_element_is_skipped_with_its_line_and_reading_goes_on(int chunk)
    {
        var json = "[\n" + Repo.SeedLines[0] + ",\n42,\n{\"type\":\"strike\"},\n" + Repo.SeedLines[1] + "\n]";

        var records = await ReadAsync(json, chunk);

        Assert.Equal(4, records.Count);
        Assert.NotNull(records[0].Event);
        Assert.Equal(new Diagnostic("test.json", 3, "$", "expected an event object, found a number"), records[1].Error);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(4, records[2].Error!.Line);
        Assert.NotNull(records[3].Event);
    }

    [Fact]
    public async Task A_byte_order_mark_and_a_single_object_are_accepted()
    {
        var records = await ReadAsync("\uFEFF" + Repo.SeedLines[0], chunk: 2);

        Assert.Equal("seed-withdrawal-sievierodonetsk", Assert.Single(records).Event!.Id);
    }

    [Theory]
    [InlineData("", "no JSON")]
    [InlineData("\"text\"", "expected an event object or an array of events, found a string")]
    [InlineData("[] []", "invalid after a single JSON value")]
    [InlineData("[{\"type\": }]", "$.type")]
    public async Task Data_that_is_not_an_array_of_events_ends_the_read_with_one_problem(string json, string expected)
    {
        var records = await ReadAsync(json, chunk: 5);

        var problem = Assert.Single(records).Error!;
        Assert.Contains(expected, problem.ToString());
        Assert.Equal(1, problem.Line);
    }

    private static async Task<List<EventRecord>> ReadAsync(string json, int chunk)
    {
        using var stream = new TricklingStream(Encoding.UTF8.GetBytes(json), chunk);
        var records = new List<EventRecord>();
        await foreach (var record in new JsonArrayFormat().ReadAsync(stream, "test.json", CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>A stream that returns at most <c>chunk</c> bytes per read, as a pipe may.</summary>
    private sealed class TricklingStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
