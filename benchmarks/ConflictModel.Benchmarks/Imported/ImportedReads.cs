using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using ConflictModel.Benchmarks.Benchmarks;
using ConflictModel.Benchmarks.Data;
using ConflictModel.Interop.Acled;
using ConflictModel.Interop.Plover;
using ConflictModel.Interop.Ucdp;
using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Imported;

/// <summary>
/// Reads and writes of real records: the ACLED, UCDP and PLOVER samples beside the repository (<c>../shared/data</c>), imported
/// through the interop readers, written as one JSON array each and read back. Unlike the benchmark's scaled seed
/// events, these carry what an import keeps (an origin of tens of source cells) and repeat days, places and parties
/// as real feeds do. A note in the run's output, not a figure.
/// </summary>
public static class ImportedReads
{
    // Full runs; quick runs take a third of each, to stay within their minute.
    private const int WarmupReads = 50; // reads and writes
    private const int Rounds = 15;
    private const int ReadsPerRound = 10;

    public static void Run(TextWriter log, bool quick)
    {
        var scale = quick ? 3 : 1;
        var warmupReads = WarmupReads / scale;
        var rounds = Rounds / scale;
        var readsPerRound = ReadsPerRound / scale;

        if (FindData() is not { } data)
        {
            log.WriteLine("# imported: ../shared/data not found above the current directory; skipped");
            return;
        }

        var files = Load(data).Select(f => (f.Name, f.Events.Count, Json: System.Text.Encoding.UTF8.GetBytes(ConflictJson.SerializeArray(f.Events)))).ToList();

        // One buffer and writer for every write, warm-up and timed, reset before each (as the serialize benchmark does).
        var buffer = new ArrayBufferWriter<byte>(files.Max(f => f.Json.Length) + 4096);
        using var writer = new Utf8JsonWriter(buffer, BenchmarkData.WriterOptions);

        // Every file's paths warm before any is timed: the runtime compiles hot methods again, optimized, in the
        // background after a short delay, and a file timed first would otherwise pay for the others' code too.
        for (var pass = 0; pass < (quick ? 1 : 2); pass++)
        {
            foreach (var file in files)
            {
                for (var i = 0; i < warmupReads; i++)
                {
                    Write(ConflictJson.DeserializeArray(file.Json), buffer, writer);
                }
            }

            Thread.Sleep(500);
        }

        foreach (var (name, count, json) in files)
        {
            var (milliseconds, allocated) = Time(() => ConflictJson.DeserializeArray(json), rounds, readsPerRound);
            var events = ConflictJson.DeserializeArray(json);
            var (writeMilliseconds, writeAllocated) = Time(() => Write(events, buffer, writer), rounds, readsPerRound);
            log.WriteLine(
                $"# imported {name}: {count} events, {json.Length / 1e6:F2} MB of JSON; a read {milliseconds:F2} ms (median of {rounds} rounds of {readsPerRound}), " +
                $"{json.Length / 1e6 / (milliseconds / 1000):F0} MB/s, {milliseconds * 1000 / count:F2} us and {allocated / count:F0} bytes allocated an event; " +
                $"a write {writeMilliseconds:F2} ms, {json.Length / 1e6 / (writeMilliseconds / 1000):F0} MB/s, {writeAllocated / count:F0} bytes allocated an event");
        }
    }

    // As the serialize benchmark writes: every event into one reused writer and buffer.
    private static void Write(IReadOnlyList<ConflictEvent> events, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        SerializeBenchmarks.WriteArray(writer, events);
    }

    private static (double Milliseconds, double Allocated) Time(Action operation, int rounds, int perRound)
    {
        var times = new List<double>();
        long allocated = 0;
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < perRound; i++)
            {
                operation();
            }

            times.Add(clock.Elapsed.TotalMilliseconds / perRound);
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / perRound;
        }

        times.Sort();
        return (times[times.Count / 2], allocated);
    }

    private static IEnumerable<(string Name, IReadOnlyList<ConflictEvent> Events)> Load(string data)
    {
        foreach (var file in new[] { "argentina_2022_sample.csv", "by_subtype_sample.csv" })
        {
            using var reader = File.OpenText(Path.Combine(data, "acled", file));
            yield return ("acled " + file, Successes(AcledReader.ReadAsync(reader, file).ToBlockingEnumerable().Select(r => r.Event)));
        }

        using (var reader = File.OpenText(Path.Combine(data, "ucdp", "ged_sample.csv")))
        {
            yield return ("ucdp ged_sample.csv", Successes(UcdpGedReader.ReadAsync(reader, "ged_sample.csv").ToBlockingEnumerable().Select(r => r.Event)));
        }

        const string Plover = "gold_standard_records_v0.5b1.json";
        yield return ("plover " + Plover, Successes(PloverReader.ReadAll(File.ReadAllText(Path.Combine(data, "plover", Plover))).Select(r => r.Event)));
    }

    private static IReadOnlyList<ConflictEvent> Successes(IEnumerable<ConflictEvent?> events) => [.. events.OfType<ConflictEvent>()];

    // The samples' folder, beside the repository.
    private static string? FindData() =>
        AboveCurrentDirectory.Find(Path.Combine("..", "shared", "data"), dir => Directory.Exists(Path.Combine(dir, "acled")));
}
