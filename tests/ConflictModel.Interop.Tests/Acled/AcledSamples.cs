using System.Globalization;
using ConflictModel.Interop.Acled;
using CsvHelper;
using CsvHelper.Configuration;

namespace ConflictModel.Interop.Tests.Acled;

/// <summary>The shared ACLED samples, read in place, and CSV helpers for comparing files cell by cell.</summary>
internal static class AcledSamples
{
    public const string Argentina = "argentina_2022_sample.csv";
    public const string BySubtype = "by_subtype_sample.csv";

    public static string Path(string name) => SharedData.File("acled", name);

    public static string Text(string name) => System.IO.File.ReadAllText(Path(name));

    /// <summary>Reads every record of a CSV text.</summary>
    public static async Task<List<AcledRecord>> ImportAsync(string csvText, string? source = null)
    {
        var records = new List<AcledRecord>();
        using var reader = new StringReader(csvText);
        await foreach (var record in AcledReader.ReadAsync(reader, source))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Reads a sample and asserts that every row gave an event.</summary>
    public static async Task<List<ConflictEvent>> ImportSampleAsync(string name)
    {
        var records = await ImportAsync(Text(name), name);
        var errors = records.Where(r => r.Error is not null).Select(r => r.Error).ToList();
        Assert.Empty(errors);
        return records.Select(r => r.Event!).ToList();
    }

    public static async Task<string> ExportAsync(IEnumerable<ConflictEvent> events)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var result = await AcledWriter.WriteAsync(writer, events);
        Assert.Empty(result.Problems);
        return writer.ToString();
    }

    /// <summary>Parses CSV text with CsvHelper into its header and rows, independently of the code under test.</summary>
    public static (string[] Header, List<string[]> Rows) Parse(string csvText)
    {
        using var reader = new StringReader(csvText);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        Assert.True(parser.Read(), "no header");
        var header = parser.Record!;
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return (header, rows);
    }

    /// <summary>Writes rows as CSV text the way ACLED does (CR LF, minimal quoting).</summary>
    public static string Format(string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return writer.ToString();
    }

    /// <summary>The sample with some columns removed, in memory.</summary>
    public static string WithoutColumns(string name, params string[] columns)
    {
        var (header, rows) = Parse(Text(name));
        var keep = Enumerable.Range(0, header.Length).Where(i => !columns.Contains(header[i])).ToArray();
        return Format(keep.Select(i => header[i]).ToArray(), rows.Select(r => keep.Select(i => r[i]).ToArray()));
    }
}
