using System.Collections.Immutable;
using System.Reflection;
using ConflictModel.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConflictModel.Generators.Tests;

/// <summary>The pipeline caches: edits elsewhere regenerate nothing they do not touch.</summary>
public class IncrementalTests
{
    private static readonly TestAdditionalText Checkpoint = new("/s/checkpoint.event.json", Schemas.Checkpoint);
    private static readonly TestAdditionalText Barriers = new("/s/barriers.event.json", Schemas.Barriers);

    private static GeneratorDriver FirstRun(out Compilation compilation)
    {
        compilation = GeneratorHarness.Compilation("namespace Consumer; public class Program { }");
        return GeneratorHarness.Driver([Checkpoint, Barriers]).RunGenerators(compilation);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs);

    [Fact]
    public void An_unrelated_csharp_edit_regenerates_nothing()
    {
        var driver = FirstRun(out var compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; class Unrelated { int X => 1; }", GeneratorHarness.ParseOptions));

        driver = driver.RunGenerators(edited);

        var result = driver.GetRunResult().Results.Single();
        foreach (var step in new[] { TrackingNames.Parse, TrackingNames.Index, TrackingNames.Referenced, TrackingNames.Analyze, TrackingNames.Units, TrackingNames.Exports })
        {
            Assert.All(Outputs(driver, step), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_schema_leaves_the_other_schemas_outputs_cached()
    {
        var driver = FirstRun(out var compilation);
        var changed = new TestAdditionalText(Checkpoint.Path, Schemas.Checkpoint.Replace("A checkpoint set up on a road.", "A road checkpoint."));

        driver = driver.ReplaceAdditionalText(Checkpoint, changed).RunGenerators(compilation);

        // The index holds names only, so a change of doc leaves it unchanged.
        Assert.All(Outputs(driver, TrackingNames.Index), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));

        var units = Outputs(driver, TrackingNames.Units).ToList();
        var barriers = units.Single(o => ((SchemaUnit?)o.Value)?.HintName == "Consumer.BarriersTypes.g.cs");
        var checkpoint = units.Single(o => ((SchemaUnit?)o.Value)?.HintName == "Consumer.Checkpoint.g.cs");
        Assert.True(barriers.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, barriers.Reason.ToString());
        Assert.Equal(IncrementalStepRunReason.Modified, checkpoint.Reason);

        // The catalog lists names only: unchanged too.
        Assert.All(Outputs(driver, TrackingNames.Exports), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Moving_a_schema_line_moves_its_diagnostic_but_regenerates_no_source()
    {
        // An unknown key gives a warning whose position moves with the text.
        var withWarning = Schemas.Checkpoint.Replace("\"version\": 2,", "\"version\": 2, \"colour\": \"red\",");
        var original = new TestAdditionalText(Checkpoint.Path, withWarning);
        var compilation = GeneratorHarness.Compilation("namespace Consumer; public class Program { }");
        var driver = GeneratorHarness.Driver([original, Barriers]).RunGenerators(compilation);
        var before = driver.GetRunResult().Diagnostics.Single(d => d.Id == "CM0010").Location.GetLineSpan().StartLinePosition.Line;

        driver = driver.ReplaceAdditionalText(original, new TestAdditionalText(Checkpoint.Path, "\n\n" + withWarning)).RunGenerators(compilation);

        var after = driver.GetRunResult().Diagnostics.Single(d => d.Id == "CM0010").Location.GetLineSpan().StartLinePosition.Line;
        Assert.Equal(before + 2, after);
        var analyzed = Outputs(driver, TrackingNames.Analyze).Single(o => ((AnalyzedSchema)o.Value).Unit?.HintName == "Consumer.Checkpoint.g.cs");
        Assert.Equal(IncrementalStepRunReason.Modified, analyzed.Reason);
        var unit = Outputs(driver, TrackingNames.Units).Single(o => ((SchemaUnit?)o.Value)?.HintName == "Consumer.Checkpoint.g.cs");
        Assert.Equal(IncrementalStepRunReason.Unchanged, unit.Reason);
    }

    [Fact]
    public void The_pipeline_model_holds_no_roslyn_symbols_compilations_or_syntax()
    {
        var forbidden = new[] { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel) };
        var modelTypes = typeof(SchemaFile).Assembly.GetTypes().Where(t => t.Namespace == typeof(SchemaFile).Namespace).ToList();
        Assert.Contains(typeof(SchemaUnit), modelTypes);

        foreach (var type in modelTypes)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
            {
                Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(field.FieldType) || field.FieldType.IsAssignableFrom(f) && field.FieldType != typeof(object));
            }
        }
    }

    [Fact]
    public void Model_records_compare_by_value_including_arrays()
    {
        var a = GeneratorHarness.RunOnce(("/s/checkpoint.event.json", Schemas.Checkpoint), ("/s/barriers.event.json", Schemas.Barriers));
        var b = GeneratorHarness.RunOnce(("/s/checkpoint.event.json", Schemas.Checkpoint), ("/s/barriers.event.json", Schemas.Barriers));

        var unitsA = a.Result.Results.Single().TrackedSteps[TrackingNames.Units].SelectMany(s => s.Outputs).Select(o => o.Value).ToImmutableArray();
        var unitsB = b.Result.Results.Single().TrackedSteps[TrackingNames.Units].SelectMany(s => s.Outputs).Select(o => o.Value).ToImmutableArray();
        Assert.Equal(2, unitsA.Length);
        for (var i = 0; i < unitsA.Length; i++)
        {
            Assert.True(Equals(unitsA[i], unitsB[i]), $"unit {i} differs");
            Assert.Equal(unitsA[i]!.GetHashCode(), unitsB[i]!.GetHashCode());
        }

        Assert.NotSame(unitsA[0], unitsB[0]);
    }
}
