using ConflictModel.Benchmarks.Compare;

namespace ConflictModel.Benchmarks.Benchmarks;

/// <summary>
/// The floor share measured a second way: the token scan and our read timed in turn in this one process, so that the
/// machine's drift over minutes hits both alike. BenchmarkDotNet times them minutes apart, each in a process of its
/// own, and on this kind of virtual machine the token scan alone has measured 75 ms in one full run and 101 ms in the
/// next, which moved the share from 0.33 to 0.44 with our read no faster.
/// </summary>
public static class PairedFloorShare
{
    /// <summary>Times both over the benchmark's data; returns the floor's mean time over ours.</summary>
    public static double Run(int events, int rounds, TextWriter log)
    {
        var benchmarks = new DeserializeBenchmarks { Events = events };
        benchmarks.Setup();
        var (floor, ours) = AlternatingRuns.Run(() => benchmarks.Floor_Utf8Json(), () => benchmarks.Ours_ConflictJson(), rounds);
        log.WriteLine(
            $"# floor share, paired: {ours.Count} rounds after {rounds - ours.Count} untimed, in random order, a forced collection before each call; "
            + $"floor median {floor.Median:F1} ms (mean {floor.Mean:F1}, {floor.Min:F1}-{floor.Max:F1}), ours median {ours.Median:F1} ms (mean {ours.Mean:F1}, {ours.Min:F1}-{ours.Max:F1}); "
            + $"share of means {floor.Mean / ours.Mean:F2}, of medians {floor.Median / ours.Median:F2}");
        return floor.Mean / ours.Mean;
    }
}
