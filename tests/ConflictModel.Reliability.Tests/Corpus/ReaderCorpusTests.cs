using System.Text;
using ConflictModel.Reliability.Tests.Properties;
using ConflictModel.Reliability.Tests.Support;
using ConflictModel.Serialization;

namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>Every corpus input gives exactly its expected outcome, alone and as one line of a JSON Lines file.</summary>
public sealed class ReaderCorpusTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Source = "corpus.json";

    public static TheoryData<string> Names() => ReaderCorpus.Names();

    [Fact]
    public void The_corpus_is_large_and_covers_every_outcome()
    {
        output.WriteLine($"{ReaderCorpus.All.Count} cases: {ReaderCorpus.Working.Count()} as expected today, {ReaderCorpus.All.Count(c => c.Bug is not null)} tagged with an open bug; "
            + $"{ReaderCorpus.All.Count(c => c.Expected is Fails)} fail, {ReaderCorpus.All.Count(c => c.Expected is Reads)} read; {ReaderCorpus.All.Count(c => c.Name.StartsWith("truncated:", StringComparison.Ordinal))} truncations");
        Assert.True(ReaderCorpus.All.Count >= 150, $"only {ReaderCorpus.All.Count} cases");
        Assert.Contains(ReaderCorpus.All, c => c.Expected is Fails);
        Assert.Contains(ReaderCorpus.All, c => c.Expected is Reads { Unknown: true });
        Assert.Contains(ReaderCorpus.All, c => c.Expected is Reads { Kept.Length: > 0 });
        Assert.Contains(ReaderCorpus.All, c => c.Expected is Reads { Problems.Length: > 0, Kept.Length: 0 });
        Assert.True(ReaderCorpus.All.Count(c => c.Name.StartsWith("truncated:", StringComparison.Ordinal)) >= 40);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Reading_gives_the_expected_outcome(string name)
    {
        var c = ReaderCorpus.Get(name);
        switch (c.Expected)
        {
            case Fails fails:
                var error = ReadFailing(c.Input, Source);
                AssertLocated(error, fails, Source, fails.Line);
                break;
            case Reads reads:
                var value = Read(c.Input);
                AssertRead(value, reads);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void As_a_line_of_a_json_lines_file_it_damages_only_its_own_line(string name)
    {
        var c = ReaderCorpus.Get(name);
        if (c.Input.Contains((byte)'\n'))
        {
            return; // a multi-line document is several lines of a JSON Lines file; covered by JsonLinesCorpusTests.
        }

        var before = Repo.SeedBytes[0];
        var after = Repo.SeedBytes[1];
        var file = Utf8.Raw(before, "\n", c.Input, "\n", after, "\n");
        var records = RoundTripTests.ReadAll(new MemoryStream(file), "corpus.jsonl");

        var blank = c.Input.All(b => b is (byte)' ' or (byte)'\t');
        Assert.Equal(blank ? [1L, 3L] : [1L, 2L, 3L], records.Select(r => r.LineNumber));
        Assert.Equal(Repo.SeedLines[0], ConflictJson.Serialize(records[0].Event!));
        Assert.Equal(Repo.SeedLines[1], ConflictJson.Serialize(records[^1].Event!));
        if (blank)
        {
            return;
        }

        var record = records[1];
        if (c.Input.Length > JsonLines.DefaultMaxLineLength)
        {
            Assert.Null(record.Event);
            Assert.Equal($"line longer than {JsonLines.DefaultMaxLineLength} bytes", record.Error!.Problem);
            Assert.Equal(2, record.Error.LineNumber);
            return;
        }

        switch (c.Expected)
        {
            case Fails fails:
                Assert.Null(record.Event);
                AssertLocated(record.Error!, fails, "corpus.jsonl", line: 2);
                break;
            case Reads reads:
                Assert.True(record.Error is null, record.Error?.Message);
                AssertRead(record.Event!, reads);
                break;
        }
    }

    internal static ConflictJsonException ReadFailing(byte[] input, string? source)
    {
        try
        {
            var value = ConflictJson.Deserialize(input, source);
            throw new Xunit.Sdk.XunitException($"read without error as {value.Type}: {Show.Text(ConflictJson.Serialize(value), 500)}");
        }
        catch (ConflictJsonException e)
        {
            return e;
        }
    }

    internal static ConflictEvent Read(byte[] input)
    {
        try
        {
            return ConflictJson.Deserialize(input);
        }
        catch (ConflictJsonException e)
        {
            throw new Xunit.Sdk.XunitException("expected a read, got: " + e.Message);
        }
    }

    internal static void AssertLocated(ConflictJsonException error, Fails fails, string source, long line)
    {
        var message = error.Message;
        Assert.True(fails.Path == error.Path, $"path: expected {fails.Path}, found {error.Path ?? "(none)"}; message: {Trim(message)}");
        Assert.True(error.LineNumber == line, $"line: expected {line}, found {error.LineNumber?.ToString() ?? "(none)"}; message: {Trim(message)}");
        Assert.Equal(source, error.File);
        Assert.NotNull(error.BytePositionInLine);
        Assert.True(error.BytePositionInLine >= 0);
        if (fails.Problem is not null)
        {
            Assert.Contains(fails.Problem, error.Problem, StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrWhiteSpace(error.Problem));
        Assert.StartsWith($"{source}:{line}: {fails.Path}: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.True(message.Length < 2000, "the message is " + message.Length + " characters long");
    }

    internal static void AssertRead(ConflictEvent value, Reads reads)
    {
        Assert.Equal(reads.Type, value.Type);
        Assert.Equal(reads.Unknown, value is UnknownEvent);
        Assert.Equal(reads.Kept, value.UnknownFields.Select(f => f.Name));
        Assert.Equal(reads.Problems, value.Validate().Select(p => p.Path));

        // What was read is written and read back unchanged (a known kind is written at its current version).
        var written = ConflictJson.Serialize(value);
        EventNormal.AssertSame(value, ConflictJson.Deserialize(written));
        Assert.Equal(written, ConflictJson.Serialize(ConflictJson.Deserialize(Encoding.UTF8.GetBytes(written))));
    }

    private static string Trim(string message) => message.Length > 300 ? message[..300] + "…" : message;
}
