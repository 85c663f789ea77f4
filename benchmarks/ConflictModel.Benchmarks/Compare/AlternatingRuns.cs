using System.Diagnostics;

namespace ConflictModel.Benchmarks.Compare;

/// <summary>
/// Times two operations in turn in this process, each call after a forced full collection as in BenchmarkDotNet's
/// <c>Batch</c> job, so that the machine's drift over minutes hits both alike. Each round's order is drawn at random
/// (seeded, so a run repeats): the collector's first-generation budget runs in a cycle of a few calls (a read with no
/// collection, then reads with one at different points), and a fixed pattern such as first-second-second-first lines
/// each operation up with the same steps of that cycle every time.
/// </summary>
public static class AlternatingRuns
{
    /// <summary>Runs both operations <paramref name="rounds"/> times; the first third of the rounds is warm-up, left out.</summary>
    public static (Summary First, Summary Second) Run(Func<object?> first, Func<object?> second, int rounds)
    {
        var firstTimes = new List<double>(rounds);
        var secondTimes = new List<double>(rounds);
        var order = new Random(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var calls = order.Next(2) == 0 ? new[] { (first, firstTimes), (second, secondTimes) } : new[] { (second, secondTimes), (first, firstTimes) };
            foreach (var (call, times) in calls)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var clock = Stopwatch.StartNew();
                GC.KeepAlive(call());
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return (Summary.Of(firstTimes.Skip(rounds / 3)), Summary.Of(secondTimes.Skip(rounds / 3)));
    }

    /// <summary>The timed rounds of one operation, in milliseconds.</summary>
    public readonly record struct Summary(int Count, double Median, double Mean, double Min, double Max)
    {
        public static Summary Of(IEnumerable<double> times)
        {
            var sorted = times.Order().ToList();
            return new Summary(sorted.Count, sorted[sorted.Count / 2], sorted.Average(), sorted[0], sorted[^1]);
        }
    }
}
