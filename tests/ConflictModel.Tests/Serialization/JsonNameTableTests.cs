using System;
using System.Text;
using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

public class JsonNameTableTests
{
    // Names of every length class the table treats differently: 1-3 bytes (packed), 4-7 (two overlapping 4-byte
    // words), 8-16 (two overlapping 8-byte words), over 16 (words, then bytes), several sharing a length, and pairs
    // that share their first or last eight bytes.
    private static readonly string[] Names =
    [
        "a", "by", "low", "kind", "role", "name", "country", "latitude", "longitude", "state-forces",
        "tens-of-thousands", "hundreds-of-thousands", "international-organization", "international-xrganization",
        "aaaaaaaa-middle-zzzzzzzz", "aaaaaaaa-muddle-zzzzzzzz",
    ];

    private static readonly JsonNameTable Table = new(Names);

    [Fact]
    public void Every_name_is_found_at_its_position()
    {
        Assert.Equal(Names.Length, Table.Count);
        for (var i = 0; i < Names.Length; i++)
        {
            Assert.Equal(i, Table.IndexOf(Encoding.UTF8.GetBytes(Names[i])));
            Assert.Equal(Names[i], Table[i]);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("b")]
    [InlineData("bz")]
    [InlineData("lox")]
    [InlineData("kine")]
    [InlineData("Kind")]
    [InlineData("countrz")]
    [InlineData("latitudE")]
    [InlineData("state_forces")]
    [InlineData("hundreds-of-thousandz")]
    [InlineData("aaaaaaaa-maddle-zzzzzzzz")] // same first and last eight bytes as two names, same length
    [InlineData("international-organizatio")]
    [InlineData("international-organizationn")]
    [InlineData("a name longer than every name in the table")]
    public void Other_text_is_not_found(string text)
    {
        Assert.Equal(-1, Table.IndexOf(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("""{"kind":1}""", 3)]
    [InlineData("""{"state-forces":1}""", 9)]
    [InlineData("""{"st\u0061te-forces":1}""", 9)] // escaped: compared after unescaping
    [InlineData("""{"\u006Bind":1}""", 3)]
    [InlineData("""{"kinds":1}""", -1)]
    [InlineData("""{"k\u0069nds":1}""", -1)]
    public void A_property_name_token_is_matched_as_its_unescaped_text(string json, int expected)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        Assert.Equal(JsonTokenType.PropertyName, reader.TokenType);
        Assert.Equal(expected, Table.IndexOf(ref reader));
    }

    [Fact]
    public void A_string_value_token_is_matched_too()
    {
        var reader = new Utf8JsonReader("""["longitude","\u0072ole"]"""u8);
        reader.Read();
        reader.Read();
        Assert.Equal(8, Table.IndexOf(ref reader));
        reader.Read();
        Assert.Equal(4, Table.IndexOf(ref reader));
    }

    [Fact]
    public void A_token_split_across_segments_is_matched()
    {
        var first = new Segment(Encoding.UTF8.GetBytes("""{"state-fo"""));
        var last = first.Append(Encoding.UTF8.GetBytes("""rces":1}"""));
        var reader = new Utf8JsonReader(new System.Buffers.ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), isFinalBlock: true, state: default);
        reader.Read();
        reader.Read();
        Assert.True(reader.HasValueSequence);
        Assert.Equal(9, Table.IndexOf(ref reader));
    }

    [Fact]
    public void An_escaped_token_too_long_to_be_a_name_is_not_found()
    {
        var json = "{\"" + string.Concat(System.Linq.Enumerable.Repeat("\\u0061", 300)) + "\":1}";
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        Assert.Equal(-1, Table.IndexOf(ref reader));
    }

    [Fact]
    public void A_long_name_written_wholly_in_escapes_is_found()
    {
        // 60 bytes of name, 360 bytes escaped: each escape stands for one byte in six.
        var name = new string('a', 59) + "z";
        var table = new JsonNameTable("kind", name);
        var json = "[\"" + string.Concat(System.Linq.Enumerable.Select(name, c => $"\\u{(int)c:x4}")) + "\"]";
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();

        Assert.Equal(360, reader.ValueSpan.Length);
        Assert.Equal(1, table.IndexOf(ref reader));
    }

    [Fact]
    public void Names_must_be_distinct()
    {
        var repeated = Assert.Throws<ArgumentException>(() => new JsonNameTable("kind", "role", "kind"));
        Assert.Contains("'kind' is repeated", repeated.Message, StringComparison.Ordinal);
        var longRepeated = Assert.Throws<ArgumentException>(() => new JsonNameTable("international-organization", "international-organization"));
        Assert.Contains("repeated", longRepeated.Message, StringComparison.Ordinal);
        Assert.Contains("'' is repeated", Assert.Throws<ArgumentException>(() => new JsonNameTable("", "kind", "")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new JsonNameTable("kind", null!));
        Assert.Throws<ArgumentNullException>(() => new JsonNameTable(null!));
    }

    [Theory]
    [InlineData("{\"\":1}", 1)]
    [InlineData("{\"kind\":1}", 0)]
    [InlineData("{\"\\u0000\":1}", -1)]
    public void The_empty_name_is_a_name_like_any_other(string json, int expected)
    {
        var table = new JsonNameTable("kind", "");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();

        Assert.Equal(expected, table.IndexOf(ref reader));
    }

    [Fact]
    public void Names_of_one_length_sharing_their_outer_words_are_told_apart()
    {
        var table = new JsonNameTable("aaaaaaaa-middle-zzzzzzzz", "aaaaaaaa-muddle-zzzzzzzz");
        Assert.Equal(0, table.IndexOf("aaaaaaaa-middle-zzzzzzzz"u8));
        Assert.Equal(1, table.IndexOf("aaaaaaaa-muddle-zzzzzzzz"u8));
        Assert.Equal(-1, table.IndexOf("aaaaaaaa-maddle-zzzzzzzz"u8));
    }

    private sealed class Segment : System.Buffers.ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
