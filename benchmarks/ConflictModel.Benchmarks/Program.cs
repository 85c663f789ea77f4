using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ConflictModel.Benchmarks;
using ConflictModel.Benchmarks.Benchmarks;
using ConflictModel.Benchmarks.Compare;
using ConflictModel.Benchmarks.Data;
using ConflictModel.Benchmarks.Generator;
using ConflictModel.Benchmarks.Imported;
using ConflictModel.Benchmarks.Streaming;

// Usage:
//   dotnet run -c Release --project benchmarks/ConflictModel.Benchmarks -- [--quick [--with-csc]] [BenchmarkDotNet arguments, e.g. --filter *Deserialize*]
// Without --quick: 100,000 events, a 1 GB JSON Lines file, BenchmarkDotNet's default job (out of process).
// With --quick: 2,000 events, a 20 MB file, in process, 2 warm-up and 10 measured iterations of 8 calls: indicative figures in under a minute.
// --with-csc adds the real compiler's cold run (generator-cold-500-csc) to a quick run; full runs always make it.
// Either way the last lines are the figures (see docs/performance.md); lines starting with # are notes.
// --compare OTHER_BUILD/ConflictModel.Benchmarks.dll [Class.Method] [events] [rounds]: this build against another, calls
// alternating in one process (see Compare/BuildComparison.cs); the way to tell two commits apart on a drifting machine.
if (args.Length == 2 && args[0] == ValidateCommand.Verb)
{
    return await ValidateCommand.RunAsync(args[1]);
}

if (args.Length == 3 && args[0] == PairedFloorShare.Verb)
{
    return PairedFloorShare.RunChild(args[1], args[2]);
}

if (args.Length == 3 && args[0] == GeneratorProcess.Verb)
{
    return GeneratorProcess.RunChild(args[1], args[2]);
}

if (args.Length >= 1 && args[0] == BuildComparison.Verb)
{
    return BuildComparison.Run(args[1..], Console.Out);
}

var quick = args.Contains("--quick");
// The real compiler's cold run takes 10-20 s: full runs only, unless asked for.
var withCompiler = !quick || args.Contains("--with-csc");
BenchmarkSettings.Quick = quick;
var benchmarkArgs = args.Where(a => a is not ("--quick" or "--with-csc")).ToList();
if (!benchmarkArgs.Contains("--filter"))
{
    // BenchmarkSwitcher asks on the console which benchmarks to run unless it is told.
    benchmarkArgs.AddRange(["--filter", "*"]);
}

var log = Console.Out;
var total = Stopwatch.StartNew();
// Figures from a busy machine are not comparable: the load average says how busy it was.
log.WriteLine($"# load average at start: {LoadAverage()}");

// The generator first, before anything else has churned through gigabytes of memory: on this kind of virtual machine
// the host takes freed memory back, and every first touch after the 1 GB streaming run cost the generator runs (which
// are mostly first touches of fresh memory) half as much time again. It runs in a child process with the compiler's
// garbage collector settings, not this program's (see GeneratorProcess).
var generator = GeneratorProcess.Run(BenchmarkSettings.SchemaCount, compileOutput: !quick, log);
var compiler = withCompiler ? CompilerTiming.Run(BenchmarkSettings.SchemaCount, log) : double.NaN;
var data = BenchmarkData.For(BenchmarkSettings.EventCount);
log.WriteLine($"# data: {data.Events.Length} events, {data.Json.Length / 1e6:F2} MB as one JSON array, {data.Tokens.Length} tokens");
FairnessCheck.Run(data, log);

if (quick)
{
    JitWarmup.Run(log);
}

// Reports go beside the program (under bin/, ignored by git), not into the current directory.
var artifacts = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
var config = (quick ? QuickConfig() : FullConfig()).WithArtifactsPath(artifacts);
var summaries = BenchmarkSwitcher.FromTypes([typeof(SerializeBenchmarks), typeof(DeserializeBenchmarks)])
    .Run([.. benchmarkArgs], config)
    .ToList();

// BenchmarkDotNet's floor and read run minutes apart; timed in turn in a child process as well, so a drift between them shows.
var pairedFloorShare = PairedFloorShare.Run(BenchmarkSettings.EventCount, quick ? 60 : 45, log);
if (!quick)
{
    // And with no collection inside a read, to tell what the collector costs the share from what the read's own work does.
    PairedFloorShare.RunWithoutCollections(BenchmarkSettings.EventCount, 45, log);
}

var streaming = StreamingRun.Run(data.Events, BenchmarkSettings.JsonLinesBytes, log);
ImportedReads.Run(log, quick);

log.WriteLine($"# total {total.Elapsed.TotalSeconds:F1} s; load average at end: {LoadAverage()}; BenchmarkDotNet reports in {artifacts}");
Figures.Print(log, summaries, pairedFloorShare, streaming, generator, compiler);
return summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.All(r => r.Success)) ? 0 : 1;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static IConfig FullConfig()
{
    // One batch (a read or a write of all 100,000 events) per iteration, each after BenchmarkDotNet's forced full
    // collection, so every competitor starts from the same heap. Left to choose, BenchmarkDotNet runs one read per
    // iteration when the cold first read took over 500 ms and two otherwise, and a second read in the same iteration
    // also pays for collecting the first one's 100 MB: one build measured 375 ms a read with two reads an iteration,
    // 247 ms with one (docs/performance.md).
    var job = Job.Default.WithInvocationCount(1).WithUnrollFactor(1).WithId("Batch");
    return DefaultConfig.Instance.AddJob(job);
}

static IConfig QuickConfig()
{
    // In process (no child build), two warm-up and ten measured iterations of a fixed invocation count (no pilot),
    // timed by the benchmark thread's CPU time where the OS offers it (see ThreadCpuClock). Eight calls an iteration,
    // not sixteen: the run has to end within a minute of `dotnet run`, and sixteen took it to 58 s.
    var job = (ThreadCpuClock.Instance.IsAvailable ? Job.Default.WithClock(ThreadCpuClock.Instance) : Job.Default)
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(2), logOutput: false))
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(10)
        .WithInvocationCount(8)
        .WithUnrollFactor(1)
        .WithId("Quick");
    // The string-returning convenience API is measured in full runs only: it is a reference point, not a figure.
    return DefaultConfig.Instance
        .AddJob(job)
        .AddFilter(new SimpleFilter(c => c.Descriptor.WorkloadMethod.Name != nameof(SerializeBenchmarks.Ours_SerializeArray_string)));
}
