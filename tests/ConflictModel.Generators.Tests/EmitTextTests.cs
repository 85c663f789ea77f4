using ConflictModel.Generators.Emit;
using ConflictModel.Generators.Json;
using ConflictModel.Generators.Naming;

namespace ConflictModel.Generators.Tests;

/// <summary>The small text helpers every emitted line goes through, on the fast paths and off them.</summary>
public class EmitTextTests
{
    [Fact]
    public void An_interpolated_line_is_indented_and_an_empty_one_is_not()
    {
        var w = new CodeWriter();
        var name = "Lead";
        var empty = string.Empty;
        w.Open($"class {name}");
        w.Line($"int {name}{1} = {42};");
        w.Line($"{empty}");
        w.Line("plain");
        w.Close();

        Assert.Equal("class Lead\n{\n\tint Lead1 = 42;\n\n\tplain\n}\n", w.Finish());
    }

    [Fact]
    public void Generated_files_indent_with_tabs_only()
    {
        // Emitters write continuation lines of their own (initialisers, switch cases, array items): none may fall back
        // to spaces, or files would mix the two and grow again.
        var run = GeneratorHarness.RunOnce(("/schemas/strike.event.json", Schemas.Sketch), ("/schemas/checkpoint.event.json", Schemas.Checkpoint));
        var lines = run.HintNames.SelectMany(hint => run.Source(hint).Split('\n').Select(line => (hint, line))).ToList();

        Assert.Contains(lines, l => l.line.StartsWith("\t\t\t", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.line.TrimStart('\t').StartsWith(' '));
    }

    [Fact]
    public void Json_fragments_separate_members_at_every_depth_past_the_first_eight()
    {
        // Ten levels: the builder's per-level flags start with room for eight.
        var json = new JsonText().StartObject().Prop("a", "x");
        for (var depth = 0; depth < 10; depth++)
        {
            json.Name("n" + depth).StartArray().Number(depth).StartObject();
        }

        json.Name("deep").Bool(true).Name("after").Number(1);
        for (var depth = 0; depth < 10; depth++)
        {
            json.EndObject().Str("s" + (9 - depth)).EndArray();
        }

        json.Name("z").StartArray().EndArray().EndObject();

        var expected = "{\"a\":\"x\"";
        for (var depth = 0; depth < 10; depth++)
        {
            expected += ",\"n" + depth + "\":[" + depth + ",{";
        }

        expected = expected.Replace(",{,", ",{") + "\"deep\":true,\"after\":1";
        for (var depth = 9; depth >= 0; depth--)
        {
            expected += "},\"s" + depth + "\"]";
        }

        Assert.Equal(expected + ",\"z\":[]}", json.ToString());
    }

    [Fact]
    public void A_writer_after_a_finished_one_starts_empty()
    {
        var first = new CodeWriter();
        first.Line("first");
        Assert.Equal("first\n", first.Finish());

        var second = new CodeWriter();
        second.Line("second");
        Assert.Equal("second\n", second.Finish());
    }

    [Theory]
    [InlineData("lead", "\"lead\"")]
    [InlineData("", "\"\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("sep\u2028", "\"sep\\u2028\"")]
    public void Literals_are_quoted_and_escaped_only_where_needed(string value, string expected) =>
        Assert.Equal(expected, Text.Literal(value));

    [Theory]
    [InlineData("lead", "\"lead\"")]
    [InlineData("", "\"\"")]
    [InlineData("{\"a\":\"b\\\\c\"}", "\"{\\\"a\\\":\\\"b\\\\\\\\c\\\"}\"")]
    [InlineData("line\nbreak\u2028", "\"line\\nbreak\\u2028\"")]
    public void Quoted_text_is_escaped_straight_into_the_line_as_the_literal_would_be(string value, string expected)
    {
        var w = new CodeWriter();
        w.Open("class C");
        w.Line($"const string X = {Text.Quote(value)};");
        w.Close();

        Assert.Equal($"class C\n{{\n\tconst string X = {expected};\n}}\n", w.Finish());
        Assert.Equal(expected, Text.Quote(value).ToString());
        Assert.Equal(expected, Text.Literal(value));
    }

    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"\"", "")]
    [InlineData("\"tab\\there\"", "tab\there")]
    [InlineData("\"quote \\\" inside\"", "quote \" inside")]
    [InlineData("\"\\u00e9t\\u00e9\"", "été")]
    public void Schema_strings_read_with_and_without_escapes(string json, string expected) =>
        Assert.Equal(expected, Assert.IsType<JsonScalar>(JsonReader.Read(json)).Text);

    [Fact]
    public void An_unterminated_schema_string_is_still_an_error_at_its_start()
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Read("  \"open"));
        Assert.Contains("unterminated string", error.Message);
        Assert.Equal(2, error.Position);
    }

    [Theory]
    [InlineData("cruise-missile", "CruiseMissile")]
    [InlineData("renamedFrom", "RenamedFrom")]
    [InlineData("snake_case.with/parts", "SnakeCaseWithParts")]
    [InlineData("--", "")]
    public void Wire_names_become_pascal_case(string wire, string expected) =>
        Assert.Equal(expected, Names.ToPascalCase(wire));
}
