using System.Text.RegularExpressions;
using ConflictModel.Cli.Tests.Support;

namespace ConflictModel.Cli.Tests;

public sealed class SummarizeCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_seed_dataset_is_summarized_by_kind_actor_place_and_day()
    {
        var result = await Tool.RunAsync("summarize", Repo.SeedJsonl);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Err);
        Assert.Contains("41 events, 2022-02-24 to 2022-06-30", result.Out);
        Assert.Matches(new Regex(@"^  strike +6$", RegexOptions.Multiline), result.Out);
        Assert.Matches(new Regex(@"^  statement +17$", RegexOptions.Multiline), result.Out);
        Assert.Matches(new Regex(@"^  Oleksandr Stryuk +2$", RegexOptions.Multiline), result.Out);
        Assert.Matches(new Regex(@"^  Sievierodonetsk +3$", RegexOptions.Multiline), result.Out);
        Assert.Matches(new Regex(@"^  2022-06-25  day +14$", RegexOptions.Multiline), result.Out);
        Assert.Matches(new Regex(@"^  2022-06-17  range +1$", RegexOptions.Multiline), result.Out);
    }

    [Fact]
    public async Task The_report_fits_80_columns_and_has_no_colour_when_redirected()
    {
        var result = await Tool.RunAsync("summarize", Repo.SeedJsonl);

        Assert.All(result.OutLines, line => Assert.True(line.Length <= 80, $"{line.Length}: {line}"));
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public async Task The_timeline_has_one_line_per_event_in_date_order()
    {
        var result = await Tool.RunAsync("summarize", "--width", "160", Repo.SeedJsonl);

        var timeline = result.OutLines.SkipWhile(l => l != "Timeline").Skip(1).ToArray();
        Assert.Equal(41, timeline.Length);
        var dates = timeline.Select(l => l.Trim()[..10]).ToArray();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Matches(@"^  2022-02-24  day +ground-assault +seed-ground-assault-invasion +Ukraine$", timeline[0]);
        Assert.Contains(timeline, l => Regex.IsMatch(l, @"2022-06-24  range +statement +seed-statement-stryuk-tv +Oleksandr Stryuk$"));
        Assert.Contains(timeline, l => l.Contains("seed-ground-assault-sievierodonetsk-industrial-zone  Sievierodonetsk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreadable_records_are_reported_and_left_out()
    {
        var path = _dir.WriteLines("truncated.jsonl", SeedData.WithTruncatedLine(5));

        var result = await Tool.RunAsync("summarize", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(path + ":5: $.", result.Err);
        Assert.Contains("1 record could not be read", result.Err);
        Assert.Contains("40 events", result.Out);
    }

    [Fact]
    public async Task A_json_array_is_summarized_as_its_lines_are()
    {
        var json = _dir.Write("article.json", SeedData.IndentedArray(Repo.SeedLines));

        var fromJson = await Tool.RunAsync("summarize", json);
        var fromLines = await Tool.RunAsync("summarize", Repo.SeedJsonl);

        Assert.Equal(fromLines.Out.Replace(Repo.SeedJsonl, json, StringComparison.Ordinal), fromJson.Out);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var result = await Tool.RunAsync("summarize", _dir.File("missing.jsonl"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("file not found", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task A_width_too_small_is_a_usage_error()
    {
        var result = await Tool.RunAsync("summarize", "--width", "10", Repo.SeedJsonl);

        Assert.Equal(2, result.ExitCode);
    }
}
