using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Tests;

/// <summary>The breaking-change guard: a schema checked against its published shape in <c>*.event.lock.json</c>.</summary>
public class CompatibilityTests
{
    private const string Lock = """
        { "type": "checkpoint", "version": 1,
          "fields": { "operator": { "type": "Actor", "required": true }, "lanes": { "type": "int", "required": false }, "highway": { "type": "string", "required": false } },
          "removed": ["colour"] }
        """;

    private static List<Diagnostic> Check(string schema, string lockText = Lock)
    {
        var run = GeneratorHarness.RunOnce(("/s/checkpoint.event.json", schema), ("/s/checkpoint.event.lock.json", lockText));
        Assert.Null(run.Result.Results.Single().Exception);
        return run.GeneratorDiagnostics.ToList();
    }

    private static (int Line, int Column) Start(Diagnostic d)
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    private static string Schema(string version, string fields) =>
        "{ \"event\": \"Checkpoint\", \"type\": \"checkpoint\", \"version\": " + version + ",\n  \"fields\": {\n" + fields + "\n  }\n}";

    private const string OperatorOnly = "    \"operator\": { \"type\": \"Actor\", \"required\": true }";
    private const string Operator = OperatorOnly + ",\n";

    [Fact]
    public void The_published_shape_passes()
    {
        Assert.Empty(Check(Schema("1", Operator + "    \"lanes\": \"int\",\n    \"highway\": \"string\"")));
    }

    [Fact]
    public void A_compatible_evolution_passes_new_optional_field_and_rename_with_bump_and_alias()
    {
        var schema = Schema("2", Operator + "    \"lanes\": \"int\",\n    \"road\": { \"type\": \"string\", \"renamedFrom\": \"highway\" },\n    \"barrier\": { \"type\": \"string\", \"since\": 2, \"required\": true }");

        Assert.Empty(Check(schema));
    }

    [Fact]
    public void CM0018_removing_a_field_is_an_error_at_the_event()
    {
        var d = Assert.Single(Check(Schema("2", Operator + "    \"lanes\": \"int\"")));

        Assert.Equal("CM0018", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal((1, 12), Start(d));
        Assert.Contains("'highway'", d.GetMessage());
    }

    [Fact]
    public void CM0019_changing_a_type_is_an_error_at_the_type()
    {
        var d = Assert.Single(Check(Schema("1", Operator + "    \"lanes\": \"long\",\n    \"highway\": \"string\"")));

        Assert.Equal("CM0019", d.Id);
        Assert.Equal((4, 14), Start(d));
    }

    [Fact]
    public void CM0020_making_an_optional_field_required()
    {
        var d = Assert.Single(Check(Schema("1", Operator + "    \"lanes\": { \"type\": \"int\", \"required\": true },\n    \"highway\": \"string\"")));

        Assert.Equal("CM0020", d.Id);
        Assert.Equal((4, 5), Start(d));
    }

    [Fact]
    public void CM0021_reusing_a_removed_wire_name()
    {
        var d = Assert.Single(Check(Schema("1", Operator + "    \"lanes\": \"int\",\n    \"highway\": \"string\",\n    \"colour\": \"string\"")));

        Assert.Equal("CM0021", d.Id);
        Assert.Equal((6, 5), Start(d));
    }

    [Fact]
    public void CM0022_renaming_without_a_version_bump()
    {
        var d = Assert.Single(Check(Schema("1", Operator + "    \"lanes\": \"int\",\n    \"road\": { \"type\": \"string\", \"renamedFrom\": \"highway\" }")));

        Assert.Equal("CM0022", d.Id);
        Assert.Contains("'highway' was renamed to 'road'", d.GetMessage());
    }

    [Fact]
    public void CM0023_changing_the_wire_type()
    {
        var schema = Schema("1", Operator + "    \"lanes\": \"int\",\n    \"highway\": \"string\"").Replace("\"type\": \"checkpoint\"", "\"type\": \"road-check\"");

        Assert.Equal("CM0023", Assert.Single(Check(schema)).Id);
    }

    [Fact]
    public void CM0024_lowering_the_version()
    {
        var lockAt2 = Lock.Replace("\"version\": 1", "\"version\": 2");

        Assert.Equal("CM0024", Assert.Single(Check(Schema("1", Operator + "    \"lanes\": \"int\",\n    \"highway\": \"string\""), lockAt2)).Id);
    }

    [Fact]
    public void CM0025_a_broken_lock_file_is_reported_in_the_lock_file()
    {
        var d = Assert.Single(Check(Schema("1", OperatorOnly), "{ \"type\": \"checkpoint\", "));

        Assert.Equal("CM0025", d.Id);
        Assert.Equal("/s/checkpoint.event.lock.json", d.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_breaking_change_still_generates_the_code()
    {
        var run = GeneratorHarness.RunOnce(("/s/checkpoint.event.json", Schema("1", OperatorOnly)), ("/s/checkpoint.event.lock.json", Lock));

        Assert.Contains("Consumer.Checkpoint.g.cs", run.HintNames);
        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "CM0018"));
    }
}
