using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Tests;

/// <summary>Each diagnostic id, reported at the exact line and column of the mistake (both 1-based here).</summary>
public class DiagnosticTests
{
    private static Diagnostic Single(string id, string json, string path = "/s/bad.event.json")
    {
        var run = GeneratorHarness.RunOnce((path, json));
        Assert.Null(run.Result.Results.Single().Exception);
        var found = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"expected one {id}, got: {string.Join(" | ", run.GeneratorDiagnostics)}");
        Assert.Equal(path, found[0].Location.GetLineSpan().Path);
        return found[0];
    }

    private static (int Line, int Column) Start(Diagnostic d)
    {
        var start = d.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    [Fact]
    public void CM0001_invalid_json_points_at_the_offending_character()
    {
        var d = Single("CM0001", "{\n  \"event\": \"Strike\",\n  \"type\": \"strike\"\n  \"version\": 1\n}");
        Assert.Equal((4, 3), Start(d));
        Assert.Contains("expected ',' or '}'", d.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void CM0001_truncated_file_reports_end_of_file()
    {
        var d = Single("CM0001", "{\n  \"event\": \"Strike\",\n  \"fields\": {");
        Assert.Equal((3, 14), Start(d));
        Assert.Contains("end of file", d.GetMessage());
    }

    [Fact]
    public void CM0002_missing_type()
    {
        var d = Single("CM0002", "{\n  \"event\": \"Strike\",\n  \"fields\": {}\n}");
        Assert.Equal((1, 1), Start(d));
        Assert.Contains("'type'", d.GetMessage());
    }

    [Fact]
    public void CM0002_missing_event()
    {
        var d = Single("CM0002", "{ \"type\": \"strike\" }");
        Assert.Contains("'event'", d.GetMessage());
    }

    [Fact]
    public void CM0002_field_without_type()
    {
        var d = Single("CM0002", "{\n  \"event\": \"Strike\", \"type\": \"strike\",\n  \"fields\": {\n    \"attacker\": { \"required\": true }\n  }\n}");
        Assert.Equal((4, 5), Start(d));
    }

    [Fact]
    public void CM0003_unknown_field_type_points_at_the_type()
    {
        var d = Single("CM0003", "{\n  \"event\": \"Strike\", \"type\": \"strike\",\n  \"fields\": {\n    \"attacker\": { \"type\": \"Actr\" }\n  }\n}");
        Assert.Equal((4, 27), Start(d));
        Assert.Contains("'Actr'", d.GetMessage());
    }

    [Fact]
    public void CM0004_duplicate_field()
    {
        var d = Single("CM0004", "{\n  \"event\": \"Strike\", \"type\": \"strike\",\n  \"fields\": {\n    \"harm\": \"Casualties\",\n    \"harm\": \"string\"\n  }\n}");
        Assert.Equal((5, 5), Start(d));
    }

    [Fact]
    public void CM0004_field_renamed_from_a_name_another_field_uses()
    {
        var d = Single("CM0004", "{ \"event\": \"Strike\", \"type\": \"strike\", \"fields\": {\n  \"harm\": \"Casualties\",\n  \"toll\": { \"type\": \"Casualties\", \"renamedFrom\": \"harm\" } } }");
        Assert.Equal((3, 50), Start(d));
    }

    [Fact]
    public void CM0005_duplicate_wire_type_across_files()
    {
        var run = GeneratorHarness.RunOnce(
            ("/s/a.event.json", "{ \"event\": \"Strike\", \"type\": \"strike\" }"),
            ("/s/b.event.json", "{ \"event\": \"Bombing\",\n  \"type\": \"strike\" }"));
        var found = run.GeneratorDiagnostics.Where(d => d.Id == "CM0005").ToList();
        Assert.Equal(2, found.Count);
        var inB = found.Single(d => d.Location.GetLineSpan().Path == "/s/b.event.json");
        Assert.Equal((2, 11), Start(inB));
        Assert.Contains("/s/a.event.json", inB.GetMessage());
    }

    [Fact]
    public void CM0006_invalid_identifier_for_a_field()
    {
        var d = Single("CM0006", "{ \"event\": \"Strike\", \"type\": \"strike\",\n  \"fields\": { \"48-hour\": \"int\" } }");
        Assert.Equal((2, 15), Start(d));
        Assert.Contains("'48Hour'", d.GetMessage());
    }

    [Fact]
    public void CM0006_invalid_event_name()
    {
        var d = Single("CM0006", "{ \"event\": \"Air Strike\", \"type\": \"strike\" }");
        Assert.Equal((1, 12), Start(d));
    }

    [Fact]
    public void CM0007_enum_with_no_values()
    {
        var d = Single("CM0007", "{ \"enums\": {\n  \"Empty\": [] } }");
        Assert.Equal((2, 3), Start(d));
    }

    [Fact]
    public void CM0008_field_since_after_schema_version()
    {
        var d = Single("CM0008", "{ \"event\": \"Strike\", \"type\": \"strike\", \"version\": 2,\n  \"fields\": { \"harm\": { \"type\": \"Casualties\", \"since\": 3 } } }");
        Assert.Equal((2, 56), Start(d));
        Assert.Contains("version 3", d.GetMessage());
    }

    [Fact]
    public void CM0009_wrong_json_type_for_a_key()
    {
        var d = Single("CM0009", "{ \"event\": \"Strike\", \"type\": \"strike\",\n  \"fields\": { \"harm\": { \"type\": \"Casualties\", \"required\": \"yes\" } } }");
        Assert.Equal((2, 59), Start(d));
        Assert.Contains("true or false", d.GetMessage());
    }

    [Fact]
    public void CM0010_unknown_key_is_a_warning()
    {
        var d = Single("CM0010", "{ \"event\": \"Strike\", \"type\": \"strike\",\n  \"fields\": { \"harm\": { \"type\": \"Casualties\", \"reqired\": true } } }");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal((2, 47), Start(d));
    }

    [Fact]
    public void CM0011_type_declared_in_two_files()
    {
        var run = GeneratorHarness.RunOnce(
            ("/s/a.event.json", "{ \"enums\": { \"Side\": [\"a\"] } }"),
            ("/s/b.event.json", "{ \"enums\": { \"Side\": [\"b\"] } }"));
        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "CM0011"));
    }

    [Fact]
    public void CM0011_type_named_like_a_built_in()
    {
        var d = Single("CM0011", "{ \"records\": { \"Place\": { \"fields\": {} } } }");
        Assert.Contains("built-in", d.GetMessage());
    }

    [Fact]
    public void CM0011_event_named_like_an_enum_or_record_of_its_schema()
    {
        var d = Single("CM0011", "{ \"event\": \"Zone\", \"type\": \"zone\",\n  \"enums\": { \"Zone\": [\"a\"] } }");
        Assert.Equal((1, 12), Start(d));
        var r = Single("CM0011", "{ \"event\": \"Zone\", \"type\": \"zone\",\n  \"records\": { \"Zone\": { \"fields\": {} } } }");
        Assert.Equal((1, 12), Start(r));
    }

    [Fact]
    public void CM0011_event_named_like_a_record_of_another_schema_in_its_namespace()
    {
        var run = GeneratorHarness.RunOnce(
            ("/s/a.event.json", "{ \"event\": \"Zone\", \"type\": \"zone\" }"),
            ("/s/b.event.json", "{\n  \"records\": { \"Zone\": { \"fields\": {} } } }"));
        var found = run.GeneratorDiagnostics.Where(d => d.Id == "CM0011").OrderBy(d => d.Location.GetLineSpan().Path).ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal(("/s/a.event.json", (1, 12)), (found[0].Location.GetLineSpan().Path, Start(found[0])));
        Assert.Equal(("/s/b.event.json", (2, 16)), (found[1].Location.GetLineSpan().Path, Start(found[1])));

        // In another namespace, the two are different types.
        var apart = GeneratorHarness.RunOnce(
            ("/s/a.event.json", "{ \"event\": \"Zone\", \"type\": \"zone\", \"namespace\": \"Other\" }"),
            ("/s/b.event.json", "{ \"records\": { \"Zone\": { \"fields\": {} } } }"));
        Assert.Empty(apart.GeneratorDiagnostics);
        Assert.Empty(apart.CompileErrors);
    }

    [Theory]
    [InlineData("\"Zone\": [\"a\"], \"zone\": [\"b\"]", "")]
    [InlineData("\"Zone\": [\"a\"]", "\"ZoneWire\": { \"fields\": {} }")]
    public void CM0011_names_that_give_the_same_csharp_type(string enums, string records)
    {
        var run = GeneratorHarness.RunOnce(("/s/bad.event.json", "{ \"enums\": { " + enums + " }, \"records\": { " + records + " } }"));
        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "CM0011"));
    }

    [Theory]
    [InlineData("System", "Type", "a type in the referenced assembly 'System.Runtime'")]
    [InlineData("System", "Uri", "a type in the referenced assembly 'System.Runtime'")]
    [InlineData("ConflictModel", "Actor", "a type in the referenced assembly 'ConflictModel'")]
    [InlineData("ConflictModel", "ConflictEvent", "a type in the referenced assembly 'ConflictModel'")]
    [InlineData("System.Text.Json", "Utf8JsonReader", "a type in the referenced assembly 'System.Text.Json'")]
    [InlineData("ConflictModel", "Serialization", "a namespace in the referenced assembly 'ConflictModel'")]
    public void CM0027_event_named_like_a_referenced_type_or_namespace(string ns, string name, string taken)
    {
        var d = Single("CM0027", "{ \"type\": \"e\", \"namespace\": \"" + ns + "\",\n  \"event\": \"" + name + "\" }");
        Assert.Equal((2, 12), Start(d));
        Assert.Equal($"The name '{ns}.{name}' is already taken by {taken}", d.GetMessage());
    }

    [Fact]
    public void CM0027_enum_or_record_named_like_a_referenced_type()
    {
        var e = Single("CM0027", "{ \"namespace\": \"System\",\n  \"enums\": { \"Uri\": [\"a\"] } }");
        Assert.Equal((2, 14), Start(e));
        var r = Single("CM0027", "{ \"namespace\": \"ConflictModel\",\n  \"records\": { \"Place\": { \"fields\": {} } } }");
        Assert.Equal((2, 16), Start(r));
    }

    [Fact]
    public void CM0027_namespace_named_like_a_referenced_type()
    {
        var d = Single("CM0027", "{ \"event\": \"E\", \"type\": \"e\",\n  \"namespace\": \"ConflictModel.Actor.Events\" }");
        Assert.Equal((2, 16), Start(d));
        Assert.Equal("The name 'ConflictModel.Actor' is already taken by a type in the referenced assembly 'ConflictModel'", d.GetMessage());
    }

    [Fact]
    public void CM0027_type_named_like_a_namespace_of_the_schemas()
    {
        var run = GeneratorHarness.RunOnce(
            ("/s/a.event.json", "{ \"event\": \"A\", \"type\": \"a\", \"namespace\": \"Newsroom.Events\" }"),
            ("/s/b.event.json", "{ \"type\": \"b\", \"namespace\": \"Newsroom\",\n  \"event\": \"Events\" }"));
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CM0027", d.Id);
        Assert.Equal(("/s/b.event.json", (2, 12)), (d.Location.GetLineSpan().Path, Start(d)));
        Assert.Equal("The name 'Newsroom.Events' is already taken by a namespace (the types of '/s/a.event.json' are in 'Newsroom.Events')", d.GetMessage());
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void CM0027_type_named_like_the_root_namespace()
    {
        var schema = new TestAdditionalText("/s/bad.event.json", "{ \"type\": \"app\", \"namespace\": \"Newsroom\",\n  \"event\": \"App\" }");
        var driver = GeneratorHarness.Driver([schema], rootNamespace: "Newsroom.App").RunGenerators(GeneratorHarness.Compilation());
        var d = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("CM0027", d.Id);
        Assert.Equal((2, 12), Start(d));
        Assert.Equal("The name 'Newsroom.App' is already taken by a namespace (the root namespace 'Newsroom.App' holds the event catalog)", d.GetMessage());
    }

    [Fact]
    public void CM0012_min_greater_than_max_and_misapplied_constraints()
    {
        var d = Single("CM0012", "{ \"event\": \"E\", \"type\": \"e\",\n  \"fields\": { \"n\": { \"type\": \"int\", \"min\": 5, \"max\": 1 } } }");
        Assert.Equal((2, 44), Start(d));
        var e = Single("CM0012", "{ \"event\": \"E\", \"type\": \"e\", \"fields\": { \"s\": { \"type\": \"string\", \"minItems\": 1 } } }");
        Assert.Contains("minItems applies only to list fields", e.GetMessage());
    }

    [Fact]
    public void CM0013_invalid_pattern()
    {
        var d = Single("CM0013", "{ \"event\": \"E\", \"type\": \"e\",\n  \"fields\": { \"s\": { \"type\": \"string\", \"pattern\": \"([a-z\" } } }");
        Assert.Equal((2, 51), Start(d));
    }

    [Fact]
    public void CM0014_duplicate_enum_value()
    {
        var d = Single("CM0014", "{ \"enums\": { \"K\": [\"air-strike\", \"airStrike\"] } }");
        Assert.Equal((1, 34), Start(d));
    }

    [Fact]
    public void CM0015_field_named_like_an_envelope_member()
    {
        var d = Single("CM0015", "{ \"event\": \"E\", \"type\": \"e\",\n  \"fields\": { \"when\": \"date\" } }");
        Assert.Equal((2, 15), Start(d));
        Assert.Contains("'When'", d.GetMessage());
    }

    [Fact]
    public void CM0016_version_below_one()
    {
        var d = Single("CM0016", "{ \"event\": \"E\", \"type\": \"e\", \"version\": 0 }");
        Assert.Equal((1, 41), Start(d));
    }

    [Fact]
    public void CM0017_invalid_wire_type()
    {
        var d = Single("CM0017", "{ \"event\": \"E\", \"type\": \"Air Strike\" }");
        Assert.Equal((1, 25), Start(d));
    }

    [Theory]
    [InlineData("A..B")]
    [InlineData("1x")]
    [InlineData("Ns.class")]
    [InlineData("a b")]
    [InlineData("@class")]
    public void CM0026_invalid_namespace(string ns)
    {
        var d = Single("CM0026", "{ \"event\": \"E\", \"type\": \"e\",\n  \"namespace\": \"" + ns + "\" }");
        Assert.Equal((2, 16), Start(d));
    }

    [Theory]
    [InlineData("getHashCode", "event")]
    [InlineData("toString", "event")]
    [InlineData("readJson", "event")]
    [InlineData("currentVersion", "event")]
    [InlineData("equals", "record")]
    [InlineData("jsonSchema", "record")]
    public void CM0015_fields_named_like_generated_members(string field, string owner)
    {
        var json = owner == "event"
            ? "{ \"event\": \"E\", \"type\": \"e\", \"fields\": { \"" + field + "\": \"string\" } }"
            : "{ \"records\": { \"R\": { \"fields\": { \"" + field + "\": \"string\" } } } }";

        Single("CM0015", json);
    }

    [Fact]
    public void CM0006_a_type_named_var_is_refused()
    {
        Single("CM0006", "{ \"event\": \"var\", \"type\": \"v\" }");
    }

    [Fact]
    public void Every_descriptor_has_a_title_a_help_text_and_a_help_link()
    {
        foreach (var descriptor in Diagnostics.Descriptors.ById.Values)
        {
            Assert.Matches("^CM[0-9]{4}$", descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
            Assert.EndsWith(descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }
}
