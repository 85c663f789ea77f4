using System.Globalization;
using ConflictModel.Benchmarks.Compare;

namespace ConflictModel.Benchmarks.Benchmarks;

/// <summary>
/// The floor share measured a second way: the token scan and our read timed in turn in one fresh process holding only
/// their data, as BenchmarkDotNet's own benchmark processes do, so that the machine's drift over minutes hits both
/// alike. BenchmarkDotNet times them minutes apart, each in a process of its own, and on this kind of virtual machine
/// the token scan alone has measured 75 ms in one full run and 101 ms in the next, which moved the share from 0.33 to
/// 0.44 with our read no faster. Not in this program's own process: it holds every benchmark's data, and its
/// collections over that heap made our read there take half as long again.
/// </summary>
public static class PairedFloorShare
{
    /// <summary>The hidden verb of the child process: <c>--paired-floor-share EVENTS ROUNDS</c>.</summary>
    public const string Verb = "--paired-floor-share";

    /// <summary>
    /// The collector's first-generation size, in bytes, that <see cref="RunWithoutCollections"/> gives its child: a
    /// 100,000-event read allocates about 105 MB, so after the forced collection before each call none runs inside it.
    /// </summary>
    public const string LargeFirstGeneration = "0x30000000";

    /// <summary>Times both in a child process; logs its note and returns the floor's mean time over ours.</summary>
    public static double Run(int events, int rounds, TextWriter log) => Run(events, rounds, log, null);

    /// <summary>
    /// The same in a child whose collector's first generation is 768 MiB (<c>DOTNET_GCgen0size</c>, a runtime knob for
    /// diagnosis, not a setting this library asks for), so that no collection runs inside a read: it splits what the
    /// share loses to collections from what it loses to the read's own work. Logs its note only: it is not a figure.
    /// </summary>
    public static void RunWithoutCollections(int events, int rounds, TextWriter log) => Run(events, rounds, log, LargeFirstGeneration);

    private static double Run(int events, int rounds, TextWriter log, string? firstGeneration)
    {
        var start = ChildProcess.Of(Verb, events.ToString(CultureInfo.InvariantCulture), rounds.ToString(CultureInfo.InvariantCulture));
        if (firstGeneration is not null)
        {
            start.Environment["DOTNET_GCgen0size"] = firstGeneration;
        }

        var (exitCode, output) = ChildProcess.Run(start);
        var lines = output.Split('\n');
        var what = firstGeneration is null ? "floor share, paired" : $"floor share, paired, first generation {firstGeneration} bytes";
        if (exitCode != 0 || lines.Length != 2 || !double.TryParse(lines[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var share))
        {
            log.WriteLine($"# {what}: the child process failed ({exitCode}): {string.Join(' ', lines)}");
            return double.NaN;
        }

        log.WriteLine(firstGeneration is null ? lines[0] : $"{lines[0]} (DOTNET_GCgen0size={firstGeneration})");
        return share;
    }

    /// <summary>The child: prints a note and then the share, one line each.</summary>
    public static int RunChild(string events, string rounds)
    {
        var count = int.Parse(events, CultureInfo.InvariantCulture);
        var total = int.Parse(rounds, CultureInfo.InvariantCulture);
        var benchmarks = new DeserializeBenchmarks { Events = count };
        benchmarks.Setup();
        var (floor, ours) = AlternatingRuns.Run(() => benchmarks.Floor_Utf8Json(), () => benchmarks.Ours_ConflictJson(), total);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"# floor share, paired in a child process: {ours.Count} rounds after {total - ours.Count} untimed, in random order, a forced collection before each call; "
            + $"floor median {floor.Median:F1} ms (mean {floor.Mean:F1}, {floor.Min:F1}-{floor.Max:F1}), ours median {ours.Median:F1} ms (mean {ours.Mean:F1}, {ours.Min:F1}-{ours.Max:F1}, "
            + $"collections inside the {ours.Count} timed reads: {ours.Collections}); "
            + $"share of means {floor.Mean / ours.Mean:F2}, of medians {floor.Median / ours.Median:F2}"));
        Console.WriteLine((floor.Mean / ours.Mean).ToString("R", CultureInfo.InvariantCulture));
        return 0;
    }
}
