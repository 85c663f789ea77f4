using ConflictModel.Benchmarks.Data;

namespace ConflictModel.Benchmarks.Benchmarks;

/// <summary>
/// Brings every benchmarked method to its optimized (tier-1) code before the quick run measures it. The quick job runs
/// in process with a single warm-up iteration, too little for tiered compilation to finish; without this, our
/// library and Newtonsoft.Json (plain JIT) would be timed partly in unoptimized tier-0 code while System.Text.Json
/// (precompiled ReadyToRun in the framework) would not. Full runs need none of this: their pilot and warm-up stages do it.
/// </summary>
public static class JitWarmup
{
    // Each call reads or writes the whole batch, so the per-event methods pass the 30 calls that make a method hot
    // within one call, and loops get on-stack replacement. The runtime only starts counting calls once no new method has
    // needed its first compilation for 100 ms, then compiles hot methods in the background: hence rounds with pauses
    // (first compile everything, then count, then let tier 1 land and catch the stragglers).
    private static readonly int[] CallsPerRound = [2, 4, 2];

    public static void Run(TextWriter log)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var serialize = new SerializeBenchmarks { Events = BenchmarkSettings.EventCount };
        serialize.Setup();
        var deserialize = new DeserializeBenchmarks { Events = BenchmarkSettings.EventCount };
        deserialize.Setup();
        Func<long>[] bodies =
        [
            () => serialize.Ours_ConflictJson(),
            () => serialize.Stj_SourceGen(),
            () => serialize.Stj_Reflection(),
            () => serialize.Newtonsoft(),
            () => serialize.Floor_Utf8Json(),
            () => deserialize.Ours_ConflictJson(),
            () => deserialize.Stj_SourceGen(),
            () => deserialize.Stj_Reflection(),
            () => deserialize.Newtonsoft(),
            () => deserialize.Floor_Utf8Json(),
        ];
        foreach (var calls in CallsPerRound)
        {
            foreach (var body in bodies)
            {
                for (var call = 0; call < calls; call++)
                {
                    body();
                }
            }

            Thread.Sleep(300);
        }

        log.WriteLine($"# jit warm-up: every benchmark body {CallsPerRound.Sum()} times in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
