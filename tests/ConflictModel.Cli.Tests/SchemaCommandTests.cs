using System.Text.Json;
using ConflictModel.Cli.Tests.Support;

namespace ConflictModel.Cli.Tests;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_kind_s_schema_is_printed()
    {
        var result = await Tool.RunAsync("schema", "strike");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"$id\": \"urn:conflictmodel:schema:strike:1\"", result.Out);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public async Task Out_writes_one_file_per_kind()
    {
        var result = await Tool.RunAsync("schema", "--out", _dir.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = EventCatalog.Kinds.Select(k => k.Type + ".schema.json").Order(StringComparer.Ordinal);
        var written = Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, written);
        Assert.Contains("\"$id\": \"urn:conflictmodel:schema:withdrawal:1\"", File.ReadAllText(_dir.File("withdrawal.schema.json")));
        Assert.Contains($"wrote {EventCatalog.Kinds.Count} schemas", result.Err);
    }

    [Fact]
    public async Task Out_with_a_type_writes_that_kind_only_into_a_new_folder()
    {
        var folder = Path.Combine(_dir.Path, "schemas");

        var result = await Tool.RunAsync("schema", "statement", "--out", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("statement.schema.json", Path.GetFileName(Assert.Single(Directory.GetFiles(folder))));
    }

    [Fact]
    public async Task An_unknown_type_is_a_usage_error_that_lists_the_known_types()
    {
        var result = await Tool.RunAsync("schema", "parade");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown event type 'parade'", result.Err);
        Assert.Contains("strike", result.Err);
        Assert.Contains("withdrawal", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Without_arguments_the_kinds_are_listed_within_80_columns()
    {
        var result = await Tool.RunAsync("schema");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("TYPE", result.OutLines[0]);
        Assert.Equal(EventCatalog.Kinds.Count + 1, result.OutLines.Length);
        var strike = Assert.Single(result.OutLines, l => l.StartsWith("strike ", StringComparison.Ordinal));
        Assert.Matches(@"^strike\s+1\s+Strike\s+A remote attack", strike);
        Assert.All(result.OutLines, line => Assert.True(line.Length <= 80, line));
    }

    [Theory]
    [InlineData("Something an actor said: a claim. Link it.", "Something an actor said: a claim.")]
    [InlineData("Forces moving, e.g. troops. More.", "Forces moving, e.g. troops.")]
    [InlineData("No full stop", "No full stop")]
    public void The_first_sentence_of_a_doc_ignores_abbreviations(string doc, string expected) =>
        Assert.Equal(expected, Commands.SchemaCommand.FirstSentence(doc));
}
