using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace ConflictModel.Benchmarks.Streaming;

/// <summary>Validation throughput and memory on a large JSON Lines file, beside CPython's json.loads over the same lines.</summary>
public sealed record StreamingResult(long Bytes, double Seconds, long Events, double PeakWorkingSetBytes, double PythonSeconds)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;

    public double PythonMegabytesPerSecond => Bytes / 1e6 / PythonSeconds;
}

public static class StreamingRun
{
    // One json.loads per line, timed inside Python so interpreter start-up is not counted (as ours excludes the runtime's).
    private const string PythonScript = """
        import json, sys, time
        path = sys.argv[1]
        size = 0
        lines = 0
        start = time.perf_counter()
        cpu = time.process_time()
        with open(path, 'rb') as f:
            for line in f:
                size += len(line)
                if line.strip():
                    json.loads(line)
                    lines += 1
        print(size, time.perf_counter() - start, lines, time.process_time() - cpu)
        """;

    public static StreamingResult Run(IReadOnlyList<ConflictEvent> events, long targetBytes, TextWriter log)
    {
        var folder = Path.Combine(Path.GetTempPath(), "conflictmodel-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "events.jsonl");
        try
        {
            var bytes = JsonLinesFile.Write(path, events, targetBytes);
            log.WriteLine($"# jsonl: {bytes / 1e6:F1} MB in {path}");

            var ours = RunChild(path);
            var parts = ours.Split(' ');
            if (parts.Length != 10 || parts[0] != "validated")
            {
                throw new InvalidOperationException("the validating child process printed: " + ours);
            }

            var seconds = double.Parse(parts[2], CultureInfo.InvariantCulture);
            var count = long.Parse(parts[3], CultureInfo.InvariantCulture);
            var invalid = long.Parse(parts[4], CultureInfo.InvariantCulture);
            var errors = long.Parse(parts[5], CultureInfo.InvariantCulture);
            var peak = double.Parse(parts[6], CultureInfo.InvariantCulture);
            if (invalid != 0 || errors != 0)
            {
                throw new InvalidOperationException($"the JSON Lines file had {invalid} invalid events and {errors} bad lines");
            }

            var warmupBytes = double.Parse(parts[7], CultureInfo.InvariantCulture);
            var warmupSeconds = double.Parse(parts[8], CultureInfo.InvariantCulture);
            var cpuSeconds = double.Parse(parts[9], CultureInfo.InvariantCulture);
            log.WriteLine($"# validate: {count} events in {seconds:F2} s ({bytes / 1e6 / seconds:F1} MB/s; {bytes / 1e6 / cpuSeconds:F1} MB per CPU second) after warm-up; the first, cold pass over {warmupBytes / 1e6:F1} MB (JIT included) ran at {warmupBytes / 1e6 / warmupSeconds:F1} MB/s");
            var python = RunPython(path, log);
            return new StreamingResult(bytes, seconds, count, peak, python);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RunChild(string path)
    {
        var (exitCode, output) = ChildProcess.Run(ValidateCommand.Verb, path);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"the validating child process failed ({exitCode}): {output}");
        }

        return output;
    }

    /// <summary>CPython's seconds for the same file, or NaN when python3 is not on the machine.</summary>
    private static double RunPython(string path, TextWriter log)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PythonScript);
        start.ArgumentList.Add(path);
        try
        {
            using var python = Process.Start(start)!;
            var output = python.StandardOutput.ReadToEnd().Trim();
            python.WaitForExit();
            var parts = output.Split(' ');
            if (python.ExitCode != 0 || parts.Length != 4)
            {
                log.WriteLine($"# python3 failed ({python.ExitCode}): {output}");
                return double.NaN;
            }

            var seconds = double.Parse(parts[1], CultureInfo.InvariantCulture);
            var size = double.Parse(parts[0], CultureInfo.InvariantCulture);
            var cpu = double.Parse(parts[3], CultureInfo.InvariantCulture);
            log.WriteLine($"# cpython json.loads: {parts[2]} lines in {seconds:F2} s ({size / 1e6 / seconds:F1} MB/s; {size / 1e6 / cpu:F1} MB per CPU second)");
            return seconds;
        }
        catch (Win32Exception)
        {
            log.WriteLine("# python3 is not on this machine: validate-vs-cpython-json is NaN");
            return double.NaN;
        }
    }
}
