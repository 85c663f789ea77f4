using ConflictModel.Reliability.Tests.Fuzz;
using ConflictModel.Reliability.Tests.Properties;
using ConflictModel.Reliability.Tests.Support;
using ConflictModel.Serialization;

namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>
/// Damaged lines among good ones: every good record around a damaged line is still read, with its own line number,
/// and every damaged line gives one error naming its line and path (or, blank, nothing).
/// </summary>
public sealed class JsonLinesCorpusTests
{
    private const string Source = "damaged.jsonl";

    public static TheoryData<string, bool, bool, int> Variants() => new()
    {
        { "\n", false, true, 100_000 },
        { "\r\n", false, true, 100_000 },
        { "\n", true, true, 100_000 },
        { "\n", false, false, 100_000 },
        { "\n", false, true, 1 },
        { "\r\n", true, false, 3 },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Good_records_around_damaged_lines_are_read_with_their_line_numbers(string newline, bool bom, bool finalNewline, int maxChunk)
    {
        var lines = JsonLinesCorpus.Lines();
        if (newline == "\r\n")
        {
            // "\r" followed by CR LF is a line holding a lone CR, which is not blank: left out of this variant.
            lines.RemoveAll(l => l.Label == "a carriage return alone");
        }

        var data = JsonLinesCorpus.File(lines, newline, bom, finalNewline);
        var records = JsonLinesFuzzTests.ReadChunked(new JsonLinesFuzzTests.LinesInput(data, null, 11, maxChunk), Source);
        AssertRecords(lines, records, Source);
    }

    [Fact]
    public void The_file_has_all_41_seed_events_and_every_kind_of_damage()
    {
        var lines = JsonLinesCorpus.Lines();
        Assert.Equal(41, lines.Count(l => l.SeedId is not null));
        Assert.Equal(JsonLinesCorpus.Damaged.Length, lines.Count(l => l.SeedId is null));
        Assert.Contains(lines, l => l.Expected is null);
        Assert.Contains(lines, l => l.Expected is Fails);
        Assert.Contains(lines, l => l.Expected is Reads { Unknown: true });
    }

    [Fact]
    public void An_over_long_line_is_reported_and_skipped_and_reading_goes_on()
    {
        var huge = Utf8.Bytes(ReaderCorpus.Strike("\"notes\":\"" + new string('x', 200_000) + "\""));
        var data = Utf8.Raw(Repo.SeedBytes[0], "\n", huge, "\n", Repo.SeedBytes[1], "\n", huge, "\n", Repo.SeedBytes[2], "\n");
        var records = JsonLinesFuzzTests.ReadChunked(new JsonLinesFuzzTests.LinesInput(data, 5_000, 3, 70_000), Source);

        Assert.Equal([1L, 2L, 3L, 4L, 5L], records.Select(r => r.LineNumber));
        Assert.Equal([Repo.SeedLines[0], Repo.SeedLines[1], Repo.SeedLines[2]], records.Where(r => r.Event is not null).Select(r => ConflictJson.Serialize(r.Event!)));
        foreach (var record in new[] { records[1], records[3] })
        {
            Assert.Equal("line longer than 5000 bytes", record.Error!.Problem);
            Assert.Equal(record.LineNumber, record.Error.LineNumber);
            Assert.Equal(Source, record.Error.File);
        }
    }

    [Fact]
    public void A_line_exactly_at_the_limit_is_read_and_one_byte_more_is_not()
    {
        var line = Repo.SeedBytes[0];
        var at = new JsonLinesFuzzTests.LinesInput(Utf8.Raw(line, "\n", line), line.Length, 5, 64);
        Assert.All(JsonLinesFuzzTests.ReadChunked(at), r => Assert.NotNull(r.Event));

        var over = new JsonLinesFuzzTests.LinesInput(Utf8.Raw(line, "\n", line), line.Length - 1, 5, 64);
        Assert.All(JsonLinesFuzzTests.ReadChunked(over), r => Assert.Equal($"line longer than {line.Length - 1} bytes", r.Error!.Problem));
    }

    [Fact]
    public void Reading_the_damaged_file_whole_or_one_byte_at_a_time_gives_the_same_records()
    {
        var data = JsonLinesCorpus.File(JsonLinesCorpus.Lines());
        var whole = RoundTripTests.ReadAll(new MemoryStream(data), Source);
        var bytewise = JsonLinesFuzzTests.ReadChunked(new JsonLinesFuzzTests.LinesInput(data, null, 1, 1), Source);
        Assert.Null(JsonLinesFuzzTests.Mismatch(JsonLinesFuzzTests.Oracle(data, null), whole, Source));
        Assert.Null(JsonLinesFuzzTests.Mismatch(JsonLinesFuzzTests.Oracle(data, null), bytewise, Source));
        Assert.Equal(JsonLinesCorpus.Lines().Count(l => l.Expected is not null), whole.Count);
    }

    internal static void AssertRecords(List<JsonLinesCorpus.Line> lines, List<JsonLinesRecord> records, string source)
    {
        var expected = lines.Select((l, i) => (Line: l, Number: (long)i + 1)).Where(x => x.Line.Expected is not null).ToList();
        Assert.Equal(expected.Select(x => x.Number), records.Select(r => r.LineNumber));
        foreach (var ((line, number), record) in expected.Zip(records))
        {
            switch (line.Expected)
            {
                case Fails fails:
                    Assert.True(record.Event is null, $"line {number} ({line.Label}) was read");
                    ReaderCorpusTests.AssertLocated(record.Error!, fails, source, number);
                    break;
                case Reads reads:
                    Assert.True(record.Error is null, $"line {number} ({line.Label}): {record.Error?.Message}");
                    ReaderCorpusTests.AssertRead(record.Event!, reads);
                    if (line.SeedId is not null)
                    {
                        Assert.Equal(line.SeedId, record.Event!.Id);
                        Assert.Equal(System.Text.Encoding.UTF8.GetString(line.Bytes), ConflictJson.Serialize(record.Event));
                    }

                    break;
            }
        }
    }
}
