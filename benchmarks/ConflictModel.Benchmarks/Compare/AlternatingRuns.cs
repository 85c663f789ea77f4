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
        var firstCalls = new List<Call>(rounds);
        var secondCalls = new List<Call>(rounds);
        var order = new Random(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var calls = order.Next(2) == 0 ? new[] { (first, firstCalls), (second, secondCalls) } : new[] { (second, secondCalls), (first, firstCalls) };
            foreach (var (call, timed) in calls)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var collections = GC.CollectionCount(0);
                var clock = Stopwatch.StartNew();
                GC.KeepAlive(call());
                var elapsed = clock.Elapsed.TotalMilliseconds;
                timed.Add(new Call(elapsed, GC.CollectionCount(0) - collections));
            }
        }

        return (Summary.Of(firstCalls.Skip(rounds / 3)), Summary.Of(secondCalls.Skip(rounds / 3)));
    }

    /// <summary>One timed call: its time in milliseconds and the collections that ran inside it.</summary>
    internal readonly record struct Call(double Milliseconds, int Collections);

    /// <summary>
    /// The timed rounds of one operation, in milliseconds, and how many collections (of any generation: each counts
    /// in the first generation's count) ran inside them.
    /// </summary>
    public readonly record struct Summary(int Count, double Median, double Mean, double Min, double Max, int Collections)
    {
        internal static Summary Of(IEnumerable<Call> calls)
        {
            var list = calls.ToList();
            var sorted = list.Select(c => c.Milliseconds).Order().ToList();
            return new Summary(sorted.Count, sorted[sorted.Count / 2], sorted.Average(), sorted[0], sorted[^1], list.Sum(c => c.Collections));
        }
    }
}
