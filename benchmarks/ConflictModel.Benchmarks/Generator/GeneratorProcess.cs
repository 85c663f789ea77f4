using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;

namespace ConflictModel.Benchmarks.Generator;

/// <summary>
/// Runs <see cref="GeneratorTiming"/> in a fresh child process (the hidden verb <c>--generator-timing COUNT COMPILE</c>)
/// under the garbage collector the SDK's compiler runs generators with: server GC, as <c>csc.runtimeconfig.json</c>
/// sets it. This program itself runs workstation GC without background collections, for BenchmarkDotNet's reads and
/// writes; under that setting the first generation may grow to 200 MB, so a cold generator run allocated almost all
/// of its 82 MB in memory never touched before, and on this machine each first touch of a page costs 12.6 µs
/// (docs/performance.md). Over the 500 schemas: about 20,300 page faults against 17,700 under server GC, and in six
/// pairs 649–718 ms against 612–651 ms.
/// </summary>
public static class GeneratorProcess
{
    public const string Verb = "--generator-timing";

    private const string ResultPrefix = "result ";

    /// <summary>The child's side: times the generator, its notes on standard output, then one line with the result.</summary>
    public static int RunChild(string schemaCount, string compileOutput)
    {
        Console.WriteLine($"# generator: timed in a child process, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
        var result = GeneratorTiming.Run(int.Parse(schemaCount, CultureInfo.InvariantCulture), bool.Parse(compileOutput), Console.Out);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Runs the child and returns its result; its notes go to <paramref name="log"/>.</summary>
    public static GeneratorResult Run(int schemaCount, bool compileOutput, TextWriter log)
    {
        var start = ChildProcess.Of(Verb, schemaCount.ToString(CultureInfo.InvariantCulture), compileOutput.ToString(CultureInfo.InvariantCulture));
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_gcConcurrent"] = "1";
        using var child = Process.Start(start)!;
        GeneratorResult? result = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                result = JsonSerializer.Deserialize<GeneratorResult>(line[ResultPrefix.Length..]);
            }
            else
            {
                log.WriteLine(line);
            }
        }

        child.WaitForExit();
        return child.ExitCode == 0 && result is not null
            ? result
            : throw new InvalidOperationException($"the generator timing child process failed ({child.ExitCode})");
    }
}
