using System.Globalization;
using System.Text;
using ConflictModel.Interop.Acled;
using ConflictModel.Reliability.Tests.Support;
using ConflictModel.Serialization;
using CsCheck;
using CsvHelper;
using CsvHelper.Configuration;
using Xunit.Abstractions;

namespace ConflictModel.Reliability.Tests.Fuzz;

/// <summary>
/// Fuzz target 4, the ACLED CSV reader (<c>AcledReader.ReadAsync</c>): rows of the shared ACLED samples (or the seed
/// events exported as ACLED CSV), damaged as bytes and as cells, never make it throw: every row gives one record, an
/// event or an error naming the source and the row's line, and every event it gives validates and survives JSON.
/// </summary>
public sealed class AcledFuzzTests(ITestOutputHelper output)
{
    private const long CiIterations = 10_000;
    private const string Source = "fuzz.csv";

    /// <summary>The header line and the raw rows (each with its line end) the inputs are made of.</summary>
    private static readonly Lazy<(string Header, string[] Rows)> Samples = new(LoadSamples);

    [Fact]
    public void Fuzz_acled_reader_damaged_rows_give_records_never_exceptions()
    {
        Assert.True(Samples.Value.Rows.Length >= 40, $"only {Samples.Value.Rows.Length} sample rows");
        Campaign.Run(
            "fuzz ACLED CSV reader",
            Campaign.Iterations(CiIterations),
            Generate,
            Check,
            input => Show.Bytes(input, 6000),
            output,
            minimize: (input, fails) => Minimizer.Bytes(input, fails, maxAttempts: 800));
    }

    [Fact]
    public void Fuzz_acled_reader_the_check_can_fail()
    {
        // Undamaged samples read as events; the check rejects an error that names the wrong line.
        var data = Encoding.UTF8.GetBytes(Samples.Value.Header + string.Concat(Samples.Value.Rows.Take(5)));
        var records = Read(data);
        Assert.Equal(5, records.Count(r => r.Event is not null));
        Assert.Throws<InvalidOperationException>(() => CheckRecords([new AcledRecord(2, null, Source + ", line 3: x")]));
    }

    internal static byte[] Generate(PCG pcg)
    {
        var (header, rows) = Samples.Value;
        var text = new StringBuilder();
        text.Append(pcg.Next(10) switch
        {
            0 => string.Empty,
            1 => "\uFEFF" + header,
            2 => header.Replace("latitude,", string.Empty, StringComparison.Ordinal),
            3 => header.Replace("notes", "event_date", StringComparison.Ordinal),
            _ => header,
        });
        var count = (int)pcg.Next(6);
        for (var i = 0; i < count; i++)
        {
            var row = rows[pcg.Next((uint)rows.Length)];
            text.Append(pcg.Next(3) == 0 ? DamageCells(row, pcg) : row);
            if (pcg.Next(15) == 0)
            {
                text.Append(pcg.Next(2) == 0 ? "\r\n" : "\n");
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return pcg.Next(2) == 0 ? Mutator.Mutate(bytes, pcg, [bytes]) : bytes;
    }

    private static readonly string[] HostileCells =
    [
        "", " ", "\"", "\"\"", "x\"y", "\"a\nb\"", "-1", "0", "1e400", "NaN", "91", "-181", "2022-02-30", "30-06-2022", "2022-6-1", "9999-12-31",
        "0001-01-01", "-45.8644", "1.5", "99999999999999999999", "Protests", "Battles", "Unknown type", "Armed clash", "Peaceful protest",
        "Civilians (Argentina)", "\u00e9\u4e2d\ud83d\ude00", "\u0000", "\uFEFF", new string('x', 5000),
    ];

    /// <summary>Replaces, removes or adds cells of a raw row (quoted cells with commas or line breaks stay whole).</summary>
    private static string DamageCells(string row, PCG pcg)
    {
        var cells = SplitCells(row.TrimEnd('\r', '\n'));
        switch (pcg.Next(4))
        {
            case 0:
                cells.RemoveAt((int)pcg.Next((uint)cells.Count));
                break;
            case 1:
                cells.Insert((int)pcg.Next((uint)cells.Count + 1), HostileCells[pcg.Next((uint)HostileCells.Length)]);
                break;
            default:
                var at = (int)pcg.Next((uint)cells.Count);
                var value = HostileCells[pcg.Next((uint)HostileCells.Length)];
                cells[at] = value.Contains(',', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal) || (value.Contains('"', StringComparison.Ordinal) && pcg.Next(2) == 0)
                    ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                    : value;
                break;
        }

        return string.Join(',', cells) + (pcg.Next(4) == 0 ? "\r\n" : "\n");
    }

    private static List<string> SplitCells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in row)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    internal static void Check(byte[] input) => CheckRecords(Read(input));

    internal static List<AcledRecord> Read(byte[] input)
    {
        using var reader = new StreamReader(new MemoryStream(input), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return Drain.ToList(AcledReader.ReadAsync(reader, Source));
    }

    internal static void CheckRecords(List<AcledRecord> records)
    {
        var previous = 0L;
        foreach (var record in records)
        {
            if (record.LineNumber <= previous)
            {
                throw new InvalidOperationException($"line {record.LineNumber} after line {previous}");
            }

            previous = record.LineNumber;
            if ((record.Event is null) == (record.Error is null))
            {
                throw new InvalidOperationException($"line {record.LineNumber}: a record must hold an event or an error");
            }

            if (record.Error is { } error)
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"{Source}, line {record.LineNumber}: ");
                if (!error.StartsWith(prefix, StringComparison.Ordinal) || error.Length == prefix.Length || error.Contains("   at ", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"line {record.LineNumber}: a malformed error: {error}");
                }

                continue;
            }

            var value = record.Event!;
            _ = value.Validate();
            var json = ConflictJson.Serialize(value);
            var back = ConflictJson.Deserialize(json);
            if (!EventNormal.Same(value, back))
            {
                throw new InvalidOperationException($"line {record.LineNumber}: the event does not survive JSON: {json}");
            }

            using var csv = new StringWriter();
            _ = AcledWriter.WriteAsync(csv, [value]).GetAwaiter().GetResult();
        }
    }

    private static (string Header, string[] Rows) LoadSamples()
    {
        var folder = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data", "acled"));
        var texts = new[] { "argentina_2022_sample.csv", "by_subtype_sample.csv" }.Select(n => Path.Combine(folder, n)).Where(File.Exists).Select(File.ReadAllText).ToList();
        if (texts.Count == 0)
        {
            // Without the shared samples, the seed events exported as ACLED CSV serve.
            using var writer = new StringWriter();
            var events = Repo.SeedLines.Select(l => ConflictJson.Deserialize(l)).ToList();
            _ = AcledWriter.WriteAsync(writer, events).GetAwaiter().GetResult();
            texts.Add(writer.ToString());
        }

        string? header = null;
        var rows = new List<string>();
        foreach (var text in texts)
        {
            using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture));
            var first = true;
            while (parser.Read())
            {
                var raw = parser.RawRecord;
                if (first)
                {
                    header ??= raw.EndsWith('\n') ? raw : raw + "\n";
                    first = false;
                    continue;
                }

                rows.Add(raw.EndsWith('\n') ? raw : raw + "\n");
            }
        }

        return (header!, rows.ToArray());
    }
}
