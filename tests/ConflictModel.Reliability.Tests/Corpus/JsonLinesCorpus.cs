using ConflictModel.Reliability.Tests.Support;

namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>
/// A JSON Lines file made of the 41 seed events with damaged lines among them: each damaged line either fails at a
/// known path, reads as an unknown kind, or (blank) gives no record at all.
/// </summary>
internal static class JsonLinesCorpus
{
    /// <summary>One line of the file: its text, and what reading it gives (null: a blank line, no record).</summary>
    public sealed record Line(string Label, byte[] Bytes, Outcome? Expected, string? SeedId = null);

    private static string Deep(int n) => new string('[', n) + new string(']', n);

    /// <summary>The damaged lines, each with its outcome; none of them contains a line feed.</summary>
    public static readonly (string Label, byte[] Bytes, Outcome? Expected)[] Damaged =
    [
        ("a seed line cut in the middle", Utf8.Bytes(Repo.SeedLines[3][..200]), new Fails(TruncationOracle.PathAtEnd(Utf8.Bytes(Repo.SeedLines[3][..200])))),
        ("a raw NUL in a string", Utf8.Raw(ReaderCorpus.Strike()[..^1], ",\"notes\":\"a", 0, "\"}"), new Fails("$.notes")),
        ("trailing garbage", Utf8.Bytes(Repo.SeedLines[4] + " x"), new Fails("$")),
        ("two events on one line", Utf8.Bytes(Repo.SeedLines[5] + Repo.SeedLines[6]), new Fails("$")),
        ("an empty array", Utf8.Bytes("[]"), new Fails("$", "expected an event object, found an array")),
        ("an empty object", Utf8.Bytes("{}"), new Fails("$", "missing required property 'type'")),
        ("null", Utf8.Bytes("null"), new Fails("$", "found null")),
        ("a closing brace", Utf8.Bytes("}"), new Fails("$")),
        ("latitude 91", Utf8.Bytes(ReaderCorpus.Strike("\"where\":{\"name\":\"x\",\"point\":{\"latitude\":91,\"longitude\":0}}")), new Fails("$.where.point.latitude", "outside -90..90")),
        ("month precision on the 15th", Utf8.Bytes(ReaderCorpus.Strike("\"when\":{\"precision\":\"month\",\"date\":\"2022-06-15\"}")), new Fails("$.when.date", "precision 'month'")),
        ("a duplicate id", Utf8.Bytes("{\"type\":\"strike\",\"id\":\"d1\",\"id\":\"d2\",\"attacker\":{\"name\":\"x\"}}"), new Fails("$.id", "duplicate property 'id'")),
        ("a negative estimate", Utf8.Bytes(ReaderCorpus.Strike("\"munitions\":-5")), new Fails("$.munitions", "negative")),
        ("nesting far beyond 64", Utf8.Bytes(ReaderCorpus.Strike("\"deep\":" + Deep(5000))), new Fails("$.deep" + string.Concat(Enumerable.Repeat("[0]", 63)), "depth")),
        ("a type that names a .NET type", Utf8.Bytes("{\"type\":\"System.IO.File, System.IO\",\"id\":\"u1\"}"), Reads.AsUnknown("System.IO.File, System.IO", "$.type")),
        ("an empty line", [], null),
        ("spaces and tabs", Utf8.Bytes("  \t "), null),
        ("a carriage return alone", Utf8.Bytes("\r"), null),
    ];

    /// <summary>The whole file: seed line i, then damaged line i (while there are damaged lines), in order.</summary>
    public static List<Line> Lines()
    {
        var lines = new List<Line>();
        for (var i = 0; i < Repo.SeedLines.Count; i++)
        {
            var id = System.Text.Json.JsonDocument.Parse(Repo.SeedLines[i]).RootElement.GetProperty("id").GetString();
            lines.Add(new Line("seed " + id, Repo.SeedBytes[i], Reads.Valid(System.Text.Json.JsonDocument.Parse(Repo.SeedLines[i]).RootElement.GetProperty("type").GetString()!), id));
            if (i < Damaged.Length)
            {
                lines.Add(new Line(Damaged[i].Label, Damaged[i].Bytes, Damaged[i].Expected));
            }
        }

        return lines;
    }

    /// <summary>The file's bytes, lines ended by <paramref name="newline"/>, with a BOM first when asked, and no final line end when asked.</summary>
    public static byte[] File(IReadOnlyList<Line> lines, string newline = "\n", bool bom = false, bool finalNewline = true)
    {
        var data = new List<byte>();
        if (bom)
        {
            data.AddRange([0xEF, 0xBB, 0xBF]);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            data.AddRange(lines[i].Bytes);
            if (i < lines.Count - 1 || finalNewline)
            {
                data.AddRange(Utf8.Bytes(newline));
            }
        }

        return data.ToArray();
    }
}
