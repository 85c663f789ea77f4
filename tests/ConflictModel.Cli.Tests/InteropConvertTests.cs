using System.Text.Json;
using ConflictModel.Cli.Tests.Support;

namespace ConflictModel.Cli.Tests;

/// <summary><c>convert</c> with the field's exchange formats, on the real records beside the repository.</summary>
public sealed class InteropConvertTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Shared(params string[] parts) => Path.Combine([Repo.Root, "..", "shared", "data", .. parts]);

    [Fact]
    public async Task Acled_csv_to_json_lines_and_back_gives_the_same_file()
    {
        var source = Shared("acled", "argentina_2022_sample.csv");
        var jsonl = _dir.File("argentina.jsonl");
        var back = _dir.File("argentina.acled.csv");

        var there = await Tool.RunAsync("convert", source, jsonl, "--from", "acled");
        var again = await Tool.RunAsync("convert", jsonl, back);

        Assert.True(there.ExitCode == 0, there.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("converted 326 events from acled to jsonl: 0 skipped", there.Err);
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(back));
    }

    [Fact]
    public async Task A_plain_csv_needs_the_format_named()
    {
        var result = await Tool.RunAsync("convert", Shared("acled", "argentina_2022_sample.csv"), _dir.File("x.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot tell the format", result.Err);
        Assert.Contains("acled", result.Err);
    }

    [Fact]
    public async Task Ucdp_ged_imports_every_row()
    {
        var jsonl = _dir.File("ged.jsonl");

        var result = await Tool.RunAsync("convert", Shared("ucdp", "ged_sample.csv"), jsonl, "--from", "ucdp");
        var validated = await Tool.RunAsync("validate", jsonl);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("converted 488 events from ucdp to jsonl: 0 skipped", result.Err);
        Assert.Equal(0, validated.ExitCode);
    }

    [Fact]
    public async Task Plover_gold_standard_records_import_and_unsupported_kinds_are_reported_on_export()
    {
        var jsonl = _dir.File("gsr.jsonl");
        var plover = _dir.File("seed.plover.json");

        var imported = await Tool.RunAsync("convert", Shared("plover", "gold_standard_records_v0.5b1.json"), jsonl, "--from", "plover");
        var exported = await Tool.RunAsync("convert", Repo.SeedJsonl, plover);

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("converted 322 events from plover to jsonl: 0 skipped", imported.Err);
        Assert.Equal(1, exported.ExitCode);
        Assert.Contains("has no PLOVER category; not written", exported.Err);
        using var document = JsonDocument.Parse(File.ReadAllBytes(plover));
        Assert.True(document.RootElement.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Cloudevents_wrap_and_unwrap_the_seed_losslessly()
    {
        var wrapped = _dir.File("seed.cloudevents.json");
        var back = _dir.File("seed.jsonl");

        var there = await Tool.RunAsync("convert", Repo.SeedJsonl, wrapped);
        var again = await Tool.RunAsync("convert", wrapped, back);

        Assert.True(there.ExitCode == 0, there.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        using (var document = JsonDocument.Parse(File.ReadAllBytes(wrapped)))
        {
            Assert.Equal("org.conflictmodel.withdrawal.v1", document.RootElement[0].GetProperty("type").GetString());
        }

        Assert.Equal(File.ReadAllBytes(Repo.SeedJsonl), File.ReadAllBytes(back));
    }

    [Fact]
    public async Task Parquet_is_written_and_cannot_be_read()
    {
        var parquet = _dir.File("seed.parquet");

        var written = await Tool.RunAsync("convert", Repo.SeedJsonl, parquet);
        var read = await Tool.RunAsync("convert", parquet, _dir.File("x.jsonl"));

        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
        Assert.Equal(2, read.ExitCode);
    }
}
