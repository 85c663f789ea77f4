namespace ConflictModel.Generators.Tests;

public class RobustnessTests
{
    [Fact]
    public void A_malformed_schema_beside_a_good_one_gives_diagnostics_and_the_good_one_still_generates()
    {
        var run = GeneratorHarness.RunOnce(
            ("/s/broken.event.json", "{ \"event\": \"Broken\", \"type\": \"broken\", \"fields\": { \"x\": { \"type\": "),
            ("/s/checkpoint.event.json", Schemas.Checkpoint),
            ("/s/barriers.event.json", Schemas.Barriers));

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CM0001" && d.Location.GetLineSpan().Path == "/s/broken.event.json");
        Assert.Contains("Consumer.Checkpoint.g.cs", run.HintNames);
        Assert.DoesNotContain(run.HintNames, h => h.Contains("Broken"));
        Assert.Empty(run.CompileErrors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"just a string\"")]
    [InlineData("{ \"event\": 1, \"type\": [], \"fields\": 7 }")]
    [InlineData("{ \"event\": \"E\", \"type\": \"e\", \"fields\": { \"a\": 5, \"b\": { \"type\": 3 } } }")]
    [InlineData("{ \"enums\": { \"A\": { \"doc\": 1 } }, \"records\": { \"R\": [] } }")]
    [InlineData("{ \"event\": \"E\", \"type\": \"e\", \"version\": 99999999999999999999 }")]
    [InlineData("{ \"event\": \"E\", \"type\": \"e\", \"fields\": { \"a\": { \"type\": \"int[][]\" } } }")]
    [InlineData("\uFEFF{ \"event\": \"E\", \"type\": \"e\" } trailing")]
    [InlineData("{ \"event\": \"E\\u0000\", \"type\": \"e\\uZZZZ\" }")]
    public void Garbage_never_throws_and_always_yields_a_diagnostic(string json)
    {
        var run = GeneratorHarness.RunOnce(("/s/garbage.event.json", json));

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.NotEmpty(run.GeneratorDiagnostics);
        Assert.All(run.GeneratorDiagnostics, d => Assert.StartsWith("CM", d.Id));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CM9999");
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_a_diagnostic_not_a_stack_overflow()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);
        var run = GeneratorHarness.RunOnce(("/s/deep.event.json", json));

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CM0001", d.Id);
        Assert.Contains("nesting deeper than 64", d.GetMessage());
    }

    [Fact]
    public void Files_that_are_not_schemas_are_ignored()
    {
        var run = GeneratorHarness.RunOnce(("/s/settings.json", "{ not json"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.HintNames);
    }
}
