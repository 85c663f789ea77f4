using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace ConflictModel.Benchmarks.Compare;

/// <summary>
/// The verb <c>--compare OTHER_PROGRAM_DLL [benchmark] [events] [rounds]</c>: times this build's benchmark method against
/// the same method of another build of this program, both loaded into this one process, calls alternating.
/// </summary>
/// <remarks>
/// On a virtual machine whose speed drifts by a third over minutes, two builds timed one after the other compare the
/// moments they ran in more than the builds. Here the two builds take turns, call by call, so a drift hits both alike:
/// each build is loaded with its own copies of ConflictModel and its dependencies in an
/// <see cref="AssemblyLoadContext"/> of its own (this build too, so that neither runs from the default context), each
/// call follows a forced full collection as in BenchmarkDotNet's <c>Batch</c> job, each round's order is drawn at random
/// (seeded by the number of rounds, so a run repeats), and the first third of the rounds is warm-up. Build the other commit's program first, for example in a worktree:
/// <c>git worktree add ../base REV &amp;&amp; dotnet build -c Release ../base/benchmarks/ConflictModel.Benchmarks</c>.
/// </remarks>
public static class BuildComparison
{
    public const string Verb = "--compare";

    private const string DefaultBenchmark = "DeserializeBenchmarks.Ours_ConflictJson";

    public static int Run(IReadOnlyList<string> args, TextWriter log)
    {
        if (args.Count < 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine($"usage: {Verb} OTHER_BUILD/ConflictModel.Benchmarks.dll [Class.Method (default {DefaultBenchmark})] [events (default 100000)] [rounds (default 60)]");
            return 2;
        }

        var other = Path.GetFullPath(args[0]);
        var benchmark = args.Count > 1 ? args[1] : DefaultBenchmark;
        var events = 100_000;
        var rounds = 60;
        if (benchmark.Split('.') is not [var type, var method]
            || (args.Count > 2 && !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out events))
            || (args.Count > 3 && !int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out rounds))
            || rounds < 3 || events < 1)
        {
            Console.Error.WriteLine($"{Verb}: the benchmark is Class.Method, e.g. {DefaultBenchmark}; events at least 1, rounds at least 3");
            return 2;
        }

        var self = typeof(BuildComparison).Assembly.Location;
        Func<object?> thisBuild, otherBuild;
        try
        {
            thisBuild = Load(self, "this", type, method, events);
            otherBuild = Load(other, "other", type, method, events);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException or TargetInvocationException)
        {
            Console.Error.WriteLine($"{Verb}: cannot load {benchmark} from both builds: {(e as TargetInvocationException)?.InnerException?.Message ?? e.Message}");
            return 1;
        }

        var (a, b) = AlternatingRuns.Run(thisBuild, otherBuild, rounds);
        log.WriteLine($"# compare {benchmark}, {events} events, {rounds - (rounds / 3)} timed rounds of {rounds}, in random order; the other build: {other}");
        log.WriteLine($"# this build:  median {a.Median:F1} ms, mean {a.Mean:F1}, min {a.Min:F1}, max {a.Max:F1}; collections inside the timed calls: {a.Collections}");
        log.WriteLine($"# other build: median {b.Median:F1} ms, mean {b.Mean:F1}, min {b.Min:F1}, max {b.Max:F1}; collections inside the timed calls: {b.Collections}");
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio this-over-other-median {a.Median / b.Median:F3}"));
        return 0;
    }

    private static Func<object?> Load(string programPath, string name, string typeName, string methodName, int events)
    {
        var context = new BuildContext(programPath, name);
        var assembly = context.LoadFromAssemblyPath(programPath);
        var type = assembly.GetType($"ConflictModel.Benchmarks.Benchmarks.{typeName}")
            ?? throw new InvalidOperationException($"no benchmark class {typeName} in {programPath}");
        var method = type.GetMethod(methodName, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"no method {typeName}.{methodName} in {programPath}");
        var instance = Activator.CreateInstance(type)!;
        type.GetProperty("Events")?.SetValue(instance, events);
        type.GetMethod("Setup", Type.EmptyTypes)?.Invoke(instance, null);
        return () => method.Invoke(instance, null);
    }

    private sealed class BuildContext(string programPath, string name) : AssemblyLoadContext(name)
    {
        private readonly AssemblyDependencyResolver _resolver = new(programPath);

        // The build's own copies of everything it ships; the shared framework (System.Text.Json included) comes from
        // the default context, as it would in either build's own process.
        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
