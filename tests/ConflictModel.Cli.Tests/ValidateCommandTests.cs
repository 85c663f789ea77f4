using System.Text.Json.Nodes;
using ConflictModel.Cli.Tests.Support;

namespace ConflictModel.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_seed_dataset_is_valid()
    {
        var result = await Tool.RunAsync("validate", Repo.SeedJsonl);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("checked 41 events in 1 file: 0 invalid", result.Err);
    }

    [Fact]
    public async Task A_truncated_line_is_reported_with_its_line_and_the_other_lines_are_still_checked()
    {
        var lines = SeedData.WithTruncatedLine(5);
        lines[SeedData.HirskeWithdrawalLine - 1] = SeedData.With(lines[SeedData.HirskeWithdrawalLine - 1], "from", new JsonArray());
        var path = _dir.WriteLines("truncated.jsonl", lines);

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Collection(
            result.OutLines.DistinctBy(l => l.Split(": ")[0]),
            first => Assert.StartsWith(path + ":5: $.", first),
            later => Assert.StartsWith($"{path}:{SeedData.HirskeWithdrawalLine}: $.from: ", later));
        Assert.Contains("checked 41 events in 1 file: 2 invalid", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task A_withdrawal_from_no_place_is_reported_at_from()
    {
        var withdrawal = SeedData.With(Repo.SeedLines[0], "from", new JsonArray());
        var path = _dir.WriteLines("invalid.jsonl", [Repo.SeedLines[1], withdrawal]);

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.NotEmpty(result.OutLines);
        Assert.All(result.OutLines, line => Assert.StartsWith(path + ":2: $.from: ", line));
        Assert.Contains("checked 2 events in 1 file: 1 invalid", result.Err);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error_without_a_stack_trace()
    {
        var missing = _dir.File("missing.jsonl");

        var result = await Tool.RunAsync("validate", Repo.SeedJsonl, missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"conflictmodel: file not found: {missing}", result.Err.Trim());
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task A_folder_is_a_usage_error()
    {
        var result = await Tool.RunAsync("validate", _dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a file", result.Err);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-x")]
    public async Task An_unknown_option_is_a_usage_error(string option)
    {
        var result = await Tool.RunAsync("validate", option, Repo.SeedJsonl);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Err);
        Assert.DoesNotContain("file not found", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task A_missing_path_is_a_usage_error()
    {
        var result = await Tool.RunAsync("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("conflictmodel: ", result.Err);
    }

    [Fact]
    public async Task An_unknown_extension_is_a_usage_error_that_names_the_option()
    {
        var path = _dir.Write("events.txt", Repo.SeedLines[0]);

        var result = await Tool.RunAsync("validate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--format", result.Err);
        Assert.True((await Tool.RunAsync("validate", "--format", "jsonl", path)).ExitCode == 0);
    }

    [Fact]
    public async Task An_invalid_event_in_a_json_array_is_reported_at_the_line_where_its_object_starts()
    {
        var lines = Repo.SeedLines;
        lines[SeedData.HirskeWithdrawalLine - 1] = SeedData.With(lines[SeedData.HirskeWithdrawalLine - 1], "from", new JsonArray());
        var json = SeedData.IndentedArray(lines);
        var path = _dir.Write("events.json", json);
        var start = SeedData.ElementLines(json)[SeedData.HirskeWithdrawalLine - 1];

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.All(result.OutLines, line => Assert.StartsWith($"{path}:{start}: $.from: ", line));
        Assert.Contains("checked 41 events in 1 file: 1 invalid", result.Err);
    }

    [Fact]
    public async Task An_unreadable_event_in_a_json_array_is_reported_at_its_line_and_path_and_the_rest_are_read()
    {
        var lines = Repo.SeedLines;
        lines[2] = SeedData.With(lines[2], "id", JsonValue.Create(string.Empty));
        var json = SeedData.IndentedArray(lines);
        var path = _dir.Write("events.json", json);
        var idLine = json.Split('\n').Select((text, index) => (text, index)).First(l => l.text.Contains("\"id\": \"\"")).index + 1;

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith($"{path}:{idLine}: $.id: ", Assert.Single(result.OutLines));
        Assert.Contains("checked 41 events in 1 file: 1 invalid", result.Err);
    }

    [Fact]
    public async Task Malformed_json_is_reported_at_its_line_and_path()
    {
        var json = SeedData.IndentedArray(Repo.SeedLines);
        var broken = json.Replace("\"kind\": \"claim\"", "\"kind\": claim", StringComparison.Ordinal);
        var line = broken.Split('\n').Select((text, index) => (text, index)).First(l => l.text.Contains("\"kind\": claim")).index + 1;
        var path = _dir.Write("broken.json", broken);

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith($"{path}:{line}: $.kind: ", Assert.Single(result.OutLines));
    }

    [Fact]
    public async Task A_truncated_json_file_is_reported_not_thrown()
    {
        var json = SeedData.IndentedArray(Repo.SeedLines);
        var path = _dir.Write("truncated.json", json[..(json.Length / 2)]);

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith(path + ":", Assert.Single(result.OutLines));
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task A_json_file_with_one_event_object_is_read()
    {
        var path = _dir.Write("one.json", SeedData.IndentedArray([Repo.SeedLines[0]]).Trim()[1..^1]);

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("checked 1 event in 1 file: 0 invalid", result.Err);
    }

    [Fact]
    public async Task Several_files_and_standard_input_are_checked_together_and_repeated_ids_reported()
    {
        var other = _dir.WriteLines("other.jsonl", [Repo.SeedLines[3]]);

        var result = await Tool.RunWithInputAsync(Repo.SeedLines[3] + "\n", "validate", other, "-", "--format", "jsonl");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("<stdin>:1: $.id: ", Assert.Single(result.OutLines));
        Assert.Contains(other + ":1", result.Out);
        Assert.Contains("checked 2 events in 2 files: 1 invalid", result.Err);
    }

    [Fact]
    public async Task An_envelope_value_kept_as_not_understood_is_reported()
    {
        var line = SeedData.With(Repo.SeedLines[0], "when", JsonNode.Parse("""{"precision":"decade","date":"2020-01-01"}"""));
        var path = _dir.WriteLines("kept.jsonl", [line]);

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith(path + ":1: $.when: ", Assert.Single(result.OutLines));
    }

    [Fact]
    public async Task An_unknown_event_type_is_reported()
    {
        var path = _dir.WriteLines("unknown.jsonl", [SeedData.With(Repo.SeedLines[0], "type", JsonValue.Create("parade"))]);

        var result = await Tool.RunAsync("validate", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(path + ":1: $.type: ", result.Out);
    }
}
