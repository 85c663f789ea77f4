using System.Diagnostics;
using Basic.Reference.Assemblies;
using ConflictModel.Benchmarks.Benchmarks;
using ConflictModel.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConflictModel.Benchmarks.Generator;

/// <param name="ColdMilliseconds">The first run over all schemas in the process, step tracking off (as compilers run generators).</param>
/// <param name="EditMilliseconds">The median run after an unrelated edit, step tracking on.</param>
/// <param name="RegeneratedOnEdit">Tracked source outputs that came back New or Modified after the edits, summed.</param>
/// <param name="UntrackedEditMilliseconds">The same edits with step tracking off, as the compiler and IDE run generators.</param>
/// <param name="WarmProcessColdMilliseconds">A fresh driver's first run in a process whose JIT is warm, as a build server runs a new build.</param>
public sealed record GeneratorResult(double ColdMilliseconds, int GeneratedSources, double EditMilliseconds, int RegeneratedOnEdit, double UntrackedEditMilliseconds, double WarmProcessColdMilliseconds);

/// <summary>
/// Times ConflictModelGenerator as the compiler drives it: one cold run over the synthetic schemas (the first run in
/// this process, JIT included, untracked as a fresh build server runs it), then runs after unrelated C# edits, each adding a
/// syntax tree. An edit must regenerate nothing: every tracked source output must come back Cached or Unchanged.
/// Step tracking (needed to count) costs time of its own, so the edits are timed once more without it.
/// </summary>
public static class GeneratorTiming
{
    private const int Edits = 5;

    // Untracked edits are cheap: time more of them, after as many again untimed, so the figure is an edit in an IDE
    // that has been open a while (the edit path's code at tier 1), not the first edits after a cold start. The first
    // edit's time is printed as well.
    private const int UntrackedEdits = 15;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static GeneratorResult Run(int schemaCount, bool compileOutput, TextWriter log)
    {
        var schemas = SyntheticSchemas.Create(schemaCount).Select(s => (AdditionalText)new InMemorySchema(s.Path, s.Json)).ToList();
        MetadataReference[] references =
        [
            .. Net80.References.All,
            MetadataReference.CreateFromFile(typeof(ConflictEvent).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
        ];
        var compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText("namespace Bench; public static class Program { }", ParseOptions)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // The cold run untracked, as the compiler and the IDE run generators: step tracking keeps every step's inputs
        // and outputs, which costs a large share of a run of its own. The tracked driver that counts what edits
        // regenerate makes its first run after it, warm (its time is a note).
        var cpu = ThreadCpuMilliseconds();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        CreateDriver(schemas, tracked: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var cold = clock.Elapsed.TotalMilliseconds;
        cpu = ThreadCpuMilliseconds() - cpu;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        collections = GC.CollectionCount(0) - collections;

        clock.Restart();
        var driver = CreateDriver(schemas, tracked: true).RunGenerators(compilation);
        var trackedFirst = clock.Elapsed.TotalMilliseconds;

        var result = driver.GetRunResult();
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count != 0)
        {
            throw new InvalidOperationException($"the synthetic schemas gave {problems.Count} generator diagnostics, the first: {problems[0]}");
        }

        var generated = result.Results.Single().GeneratedSources.Length;
        log.WriteLine($"# generator: {schemaCount} schemas -> {generated} sources in {cold:F0} ms (cold, untracked; {cpu:F0} ms of this thread's CPU; {allocated / 1e6:F0} MB allocated, {collections} gen-0 collections); then a tracked driver's first run {trackedFirst:F0} ms (warm)");

        var (tracked, edited) = TimeEdits(driver, compilation, "A");
        var regenerated = 0;
        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var run in edited)
        {
            var generatorResult = run.GetRunResult().Results.Single();
            regenerated += generatorResult.TrackedOutputSteps
                .SelectMany(step => step.Value)
                .SelectMany(step => step.Outputs)
                .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
            foreach (var (name, steps) in generatorResult.TrackedSteps)
            {
                foreach (var (_, reason) in steps.SelectMany(s => s.Outputs))
                {
                    var key = name + " " + reason;
                    reasons[key] = reasons.GetValueOrDefault(key) + 1;
                }
            }
        }

        // Which pipeline steps reran on the edits: work redone even when no source output changes.
        log.WriteLine($"# generator: step outputs over {Edits} edits: {string.Join(", ", reasons.Select(r => $"{r.Key} {r.Value}"))}");

        var warmStart = System.Diagnostics.Stopwatch.StartNew();
        var untrackedDriver = CreateDriver(schemas, tracked: false).RunGenerators(compilation);
        var warmCold = warmStart.Elapsed.TotalMilliseconds;
        var (warmup, _) = TimeEdits(untrackedDriver, compilation, "B", UntrackedEdits);
        Thread.Sleep(300); // The runtime compiles hot methods at tier 1 in the background after a short delay.
        var (untracked, _) = TimeEdits(untrackedDriver, compilation, "C", UntrackedEdits);
        log.WriteLine($"# generator: unrelated edit {Median(tracked):F2} ms tracked (first {tracked[0]:F2}), {Median(untracked):F2} ms untracked (median of {UntrackedEdits} after {UntrackedEdits} untimed; the very first untracked edit {warmup[0]:F2}); {regenerated} outputs regenerated");
        log.WriteLine($"# generator: a fresh driver in this warm process, untracked: {warmCold:F2} ms for 500 schemas");

        // Last: binding the generated code fills the heap with a compilation of 500 files, and every collection during
        // the edits would then cost more (6-7 ms an edit instead of 1-2) for reasons that are not the generator's.
        if (compileOutput)
        {
            var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count != 0)
            {
                throw new InvalidOperationException($"the generated code has {errors.Count} compile errors, the first: {errors[0]}");
            }

            log.WriteLine("# generator: the generated code compiles without errors");
        }
        return new GeneratorResult(cold, generated, Median(tracked), regenerated, Median(untracked), warmCold);
    }

    private static CSharpGeneratorDriver CreateDriver(IEnumerable<AdditionalText> schemas, bool tracked) =>
        CSharpGeneratorDriver.Create(
            [new ConflictModelGenerator().AsSourceGenerator()],
            schemas,
            ParseOptions,
            new RootNamespaceOptions("Bench"),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: tracked));

    private static (List<double> Times, List<GeneratorDriver> Drivers) TimeEdits(GeneratorDriver driver, Compilation compilation, string prefix, int edits = Edits)
    {
        var times = new List<double>();
        var drivers = new List<GeneratorDriver>();
        var clock = new Stopwatch();
        for (var edit = 0; edit < edits; edit++)
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"namespace Bench; internal static class Unrelated{prefix}{edit} {{ public static int X => {edit}; }}", ParseOptions));
            clock.Restart();
            driver = driver.RunGenerators(compilation);
            times.Add(clock.Elapsed.TotalMilliseconds);
            drivers.Add(driver);
        }

        return (times, drivers);
    }

    // Wall time on a shared machine counts other processes' turns too; this thread's CPU time does not.
    private static double ThreadCpuMilliseconds() =>
        ThreadCpuClock.Instance.IsAvailable ? ThreadCpuClock.Instance.GetTimestamp() / 1e6 : double.NaN;

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
