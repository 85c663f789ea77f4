using System.Diagnostics;
using System.Globalization;
using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Streaming;

/// <summary>
/// The hidden verb <c>--validate-file PATH</c>: run in a fresh child process so that its peak working set is the
/// validation's alone. Reads every line with <see cref="JsonLines.ReadRecordsAsync"/> and validates every event,
/// then prints one line: <c>validated BYTES SECONDS EVENTS INVALID ERRORS PEAK_WORKING_SET WARMUP_BYTES WARMUP_SECONDS CPU_SECONDS</c>
/// (CPU_SECONDS: the process's CPU time over the timed pass, all threads, which other load on the machine barely moves).
/// </summary>
/// <remarks>
/// Untimed passes over the file's first tenth (at most 4 MB, held in memory) let the JIT compile and tier up the
/// readers, so the timed pass measures throughput rather than start-up: on a 20 MB file start-up would be half the
/// time, on 1 GB it is noise. The first warm-up pass's own rate (cold: JIT included) is printed too.
/// </remarks>
public static class ValidateCommand
{
    public const string Verb = "--validate-file";

    // Three left the quick run's 20 MB timed pass partly in code still being tiered up (0.27-0.44 s against 0.09-0.10 s
    // with eight, on the quick run's own file): each pass is short, so the readers need more of them to reach tier 1.
    private const int WarmupPasses = 8;

    public static async Task<int> RunAsync(string path)
    {
        var bytes = new FileInfo(path).Length;
        var prefix = ReadPrefix(path, Math.Min(bytes / 10, 4_000_000));
        var clock = Stopwatch.StartNew();
        await ValidateAsync(new MemoryStream(prefix), path);
        var warmup = clock.Elapsed.TotalSeconds;
        var warmupBytes = prefix.Length;
        // More passes, with pauses for the runtime's background compiler, until the readers run their tier-1 code (see
        // JitWarmup): the figure is the rate a long-running pipeline sees, not start-up, which the first pass reports.
        for (var pass = 0; pass < WarmupPasses; pass++)
        {
            Thread.Sleep(200);
            await ValidateAsync(new MemoryStream(prefix), path);
        }

        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        clock.Restart();
        // Unbuffered and asynchronous, as JsonLines.ReadFileAsync opens files: JsonLines keeps its own 64 KiB buffer.
        (long Events, long Invalid, long Errors) counts;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            counts = await ValidateAsync(stream, path);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"validated {bytes} {seconds:R} {counts.Events} {counts.Invalid} {counts.Errors} {self.PeakWorkingSet64} {warmupBytes} {warmup:R} {cpuSeconds:R}"));
        return 0;
    }

    private static async Task<(long Events, long Invalid, long Errors)> ValidateAsync(Stream stream, string path)
    {
        long events = 0;
        long invalid = 0;
        long errors = 0;
        await foreach (var record in JsonLines.ReadRecordsAsync(stream, path))
        {
            if (record.Event is { } e)
            {
                events++;
                if (e.Validate().Count != 0)
                {
                    invalid++;
                }
            }
            else
            {
                errors++;
            }
        }

        return (events, invalid, errors);
    }

    /// <summary>The file's first <paramref name="length"/> bytes, cut after the last whole line.</summary>
    private static byte[] ReadPrefix(string path, long length)
    {
        var buffer = new byte[length];
        using var file = File.OpenRead(path);
        file.ReadExactly(buffer);
        var end = Array.LastIndexOf(buffer, (byte)'\n') + 1;
        return buffer[..end];
    }
}
