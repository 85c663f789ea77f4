using ConflictModel.Reliability.Tests.Generator;
using ConflictModel.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace ConflictModel.Reliability.Tests.Fuzz;

/// <summary>
/// Fuzz target 3, the schema generator (and CI's generator robustness check): thousands of damaged built-in schemas,
/// damaged lock files and random schemas, each beside a good guard schema, never make the generator throw, give only
/// CMxxxx diagnostics, and leave the guard's generated code exactly as it is alone.
/// </summary>
public sealed class GeneratorFuzzTests(ITestOutputHelper output)
{
    private const long CiIterations = 3_000;

    /// <summary>One input in this many also compiles the generated code when the generator reports no error (CONFLICTMODEL_FUZZ_COMPILE_ONE_IN).</summary>
    private static uint CompileOneIn =>
        Environment.GetEnvironmentVariable("CONFLICTMODEL_FUZZ_COMPILE_ONE_IN") is { Length: > 0 } text ? uint.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 8;

    [Fact]
    public void Fuzz_generator_damaged_and_random_schemas_never_break_it()
    {
        Campaign.Run(
            "fuzz schema generator",
            Campaign.Iterations(CiIterations, generator: true),
            pcg => SchemaGen.Generate(pcg, CompileOneIn),
            GeneratorProperties.Check,
            input => input.ToString(),
            output,
            hangLimit: TimeSpan.FromSeconds(60));
        foreach (var (key, count) in GeneratorProperties.Stats.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {key}: {count:N0}");
        }
    }

    [Fact]
    public void Fuzz_generator_the_guard_schema_generates_cleanly_and_the_check_can_fail()
    {
        Assert.NotEmpty(GeneratorProperties.GuardSources.Value);
        GeneratorProperties.Check(new SchemaGen.SchemaInput("/s/broken.event.json", "{ \"event\": ", [], "control", Compile: true));

        // A schema that takes the guard's wire type makes the guard fail, and the check notices.
        var clash = SchemaSamples.Guard.Replace("\"ZzGuardReport\"", "\"Other\"", StringComparison.Ordinal).Replace("\"ZzGuardMode\"", "\"OtherMode\"", StringComparison.Ordinal).Replace("\"ZzGuardDetail\"", "\"OtherDetail\"", StringComparison.Ordinal);
        Assert.Throws<GeneratorMisbehavedException>(() => GeneratorProperties.Check(new SchemaGen.SchemaInput("/s/clash.event.json", clash, [], "control")));
    }
}
