using System.Text.Json;
using ConflictModel.Cli.Tests.Support;

namespace ConflictModel.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Json_lines_to_json_and_back_gives_the_same_bytes()
    {
        var json = _dir.File("article.json");
        var back = _dir.File("article.jsonl");

        var there = await Tool.RunAsync("convert", Repo.SeedJsonl, json);
        var again = await Tool.RunAsync("convert", json, back);

        Assert.True(there.ExitCode == 0, there.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("converted 41 events from jsonl to json: 0 skipped", there.Err);
        using (var document = JsonDocument.Parse(File.ReadAllBytes(json)))
        {
            Assert.Equal(41, document.RootElement.GetArrayLength());
        }

        Assert.Equal(File.ReadAllBytes(Repo.SeedJsonl), File.ReadAllBytes(back));
    }

    [Fact]
    public async Task An_indented_json_array_converts_to_the_seed_lines()
    {
        var json = _dir.Write("indented.json", SeedData.IndentedArray(Repo.SeedLines));
        var ndjson = _dir.File("article.ndjson");

        var result = await Tool.RunAsync("convert", json, ndjson);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllBytes(Repo.SeedJsonl), File.ReadAllBytes(ndjson));
    }

    [Fact]
    public async Task Records_that_cannot_be_read_are_reported_and_skipped_and_the_rest_converted()
    {
        var input = _dir.WriteLines("truncated.jsonl", SeedData.WithTruncatedLine(5));
        var output = _dir.File("out.jsonl");

        var result = await Tool.RunAsync("convert", input, output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(input + ":5: $.", result.Err);
        Assert.Contains("converted 40 events from jsonl to json", result.Err.Replace("to jsonl", "to json", StringComparison.Ordinal));
        var expected = Repo.SeedLines.Where((_, index) => index != 4);
        Assert.Equal(expected, File.ReadAllLines(output));
    }

    [Fact]
    public async Task Standard_input_and_output_need_the_formats()
    {
        var seed = await File.ReadAllTextAsync(Repo.SeedJsonl);

        var result = await Tool.RunWithInputAsync(seed, "convert", "-", "-", "--from", "jsonl", "--to", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(41, document.RootElement.GetArrayLength());
        Assert.Equal("seed-withdrawal-sievierodonetsk", document.RootElement[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("-", "out.json", "--from")]
    [InlineData("IN", "-", "--to")]
    public async Task A_dash_without_its_format_is_a_usage_error(string input, string output, string option)
    {
        var result = await Tool.RunWithInputAsync(string.Empty, "convert", input == "IN" ? Repo.SeedJsonl : input, output == "-" ? output : _dir.File(output));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option + " is required", result.Err);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_that_lists_the_known_ones()
    {
        var result = await Tool.RunAsync("convert", Repo.SeedJsonl, _dir.File("out.xml"), "--to", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown format 'xml'", result.Err);
        Assert.Contains("json, jsonl", result.Err);
        Assert.False(File.Exists(_dir.File("out.xml")));
    }

    [Fact]
    public async Task Converting_a_file_onto_itself_is_refused()
    {
        var path = _dir.WriteLines("same.jsonl", Repo.SeedLines);

        var result = await Tool.RunAsync("convert", path, path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Repo.SeedLines, File.ReadAllLines(path));
    }

    [Fact]
    public async Task A_missing_input_is_a_usage_error_and_no_output_is_written()
    {
        var output = _dir.File("out.json");

        var result = await Tool.RunAsync("convert", _dir.File("missing.jsonl"), output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("conflictmodel: file not found: ", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task An_output_folder_that_does_not_exist_is_an_io_error_without_a_stack_trace()
    {
        var result = await Tool.RunAsync("convert", Repo.SeedJsonl, Path.Combine(_dir.Path, "no", "such", "out.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("conflictmodel: ", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }
}
