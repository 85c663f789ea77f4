using System.Globalization;
using BenchmarkDotNet.Reports;
using ConflictModel.Benchmarks.Benchmarks;
using ConflictModel.Benchmarks.Generator;
using ConflictModel.Benchmarks.Streaming;

namespace ConflictModel.Benchmarks;

/// <summary>The figures the program ends with, one line each: <c>KIND NAME VALUE</c>, invariant culture, two decimals.</summary>
public static class Figures
{
    public static void Print(TextWriter output, IReadOnlyList<Summary> summaries, double pairedFloorShare, StreamingResult? streaming, GeneratorResult? generator, double compilerColdMilliseconds)
    {
        var serialize = Find(summaries, nameof(SerializeBenchmarks));
        var deserialize = Find(summaries, nameof(DeserializeBenchmarks));

        // Higher is better throughout: their time over ours, their bytes over ours.
        Line(output, "ratio", "serialize-vs-stj-sourcegen", Mean(serialize, BenchmarkNames.StjSourceGen) / Mean(serialize, BenchmarkNames.Ours));
        Line(output, "ratio", "deserialize-vs-stj-sourcegen", Mean(deserialize, BenchmarkNames.StjSourceGen) / Mean(deserialize, BenchmarkNames.Ours));
        Line(output, "ratio", "serialize-vs-newtonsoft", Mean(serialize, BenchmarkNames.Newtonsoft) / Mean(serialize, BenchmarkNames.Ours));
        Line(output, "ratio", "deserialize-vs-newtonsoft", Mean(deserialize, BenchmarkNames.Newtonsoft) / Mean(deserialize, BenchmarkNames.Ours));
        Line(output, "ratio", "deserialize-floor-share", Mean(deserialize, BenchmarkNames.Floor) / Mean(deserialize, BenchmarkNames.Ours));
        // The same share with the two timed in turn in one process (PairedFloorShare), which the machine's drift cannot split.
        Line(output, "ratio", "deserialize-floor-share-paired", pairedFloorShare);
        Line(output, "ratio", "alloc-vs-stj-sourcegen",
            (Allocated(serialize, BenchmarkNames.StjSourceGen) + Allocated(deserialize, BenchmarkNames.StjSourceGen))
            / (Allocated(serialize, BenchmarkNames.Ours) + Allocated(deserialize, BenchmarkNames.Ours)));
        Line(output, "ratio", "validate-vs-cpython-json", streaming is null ? double.NaN : streaming.MegabytesPerSecond / streaming.PythonMegabytesPerSecond);
        Line(output, "mbps", "validate-jsonl", streaming?.MegabytesPerSecond ?? double.NaN);
        Line(output, "mb", "validate-peak-working-set", streaming is null ? double.NaN : streaming.PeakWorkingSetBytes / 1e6);
        Line(output, "ms", "generator-cold-500", generator?.ColdMilliseconds ?? double.NaN);
        // The SDK's compiler in a fresh process (a build without the build server), as it reports the generator's time.
        Line(output, "ms", "generator-cold-500-csc", compilerColdMilliseconds);
        // A build server runs a new build in a warm process; the cold figure above includes JIT of Roslyn and the generator.
        Line(output, "ms", "generator-cold-500-warm-process", generator?.WarmProcessColdMilliseconds ?? double.NaN);
        // The compiler and the IDE run generators without step tracking; tracking (tests only) costs far more than the edit.
        Line(output, "ms", "generator-unrelated-edit", generator?.UntrackedEditMilliseconds ?? double.NaN);
        Line(output, "ms", "generator-unrelated-edit-tracked", generator?.EditMilliseconds ?? double.NaN);
        Line(output, "count", "generator-regenerated-on-unrelated-edit", generator?.RegeneratedOnEdit ?? double.NaN);
    }

    private static void Line(TextWriter output, string kind, string name, double value) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} {name} {value:F2}"));

    private static Summary? Find(IReadOnlyList<Summary> summaries, string type) =>
        summaries.FirstOrDefault(s => s.BenchmarksCases.Any(c => c.Descriptor.Type.Name == type));

    private static BenchmarkReport? Report(Summary? summary, string method) =>
        summary?.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.Success);

    /// <summary>Mean nanoseconds per operation, or NaN when the benchmark did not run (filtered out, or failed).</summary>
    private static double Mean(Summary? summary, string method) => Report(summary, method)?.ResultStatistics?.Mean ?? double.NaN;

    private static double Allocated(Summary? summary, string method) =>
        Report(summary, method) is { } report && report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes
            ? bytes
            : double.NaN;
}
