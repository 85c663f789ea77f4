using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace ConflictModel.Benchmarks.Benchmarks;

/// <summary>
/// A BenchmarkDotNet clock that counts the CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>)
/// instead of wall time. The quick run uses it: on a machine shared with other builds, wall time mostly measures
/// who else got the cores, while the benchmark thread's own CPU time (GC included: it runs on the allocating thread
/// with workstation, non-concurrent GC) hardly moves. Full runs keep BenchmarkDotNet's wall clock.
/// </summary>
public sealed class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static ThreadCpuClock Instance { get; } = new();

    public string Title => "Thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux() && Read(out _);

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp() => Read(out var nanoseconds) ? nanoseconds : throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");

    private static bool Read(out long nanoseconds)
    {
        var ok = NativeMethods.clock_gettime(ClockThreadCpuTimeId, out var time) == 0;
        nanoseconds = (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        return ok;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clockId, out TimeSpec time);
    }
}
