using System.Diagnostics;
using System.Globalization;
using CsCheck;
using Xunit.Abstractions;

namespace ConflictModel.Reliability.Tests.Support;

/// <summary>
/// Runs a property over many generated inputs, deterministically: input <c>i</c> is always generated from the same
/// <see cref="PCG"/> (derived from the campaign seed and <c>i</c>), whatever the thread, so any failure replays from its
/// number alone. A watchdog fails the campaign when one input runs longer than the hang limit.
/// </summary>
/// <remarks>
/// Environment variables scale a campaign without code changes:
/// <list type="bullet">
/// <item><description><c>CONFLICTMODEL_FUZZ_ITERATIONS</c>: inputs per campaign (CI uses each campaign's modest default).</description></item>
/// <item><description><c>CONFLICTMODEL_FUZZ_GENERATOR_ITERATIONS</c>: the same, for generator campaigns only (they are slower).</description></item>
/// <item><description><c>CONFLICTMODEL_FUZZ_SECONDS</c>: stop issuing inputs after this many seconds.</description></item>
/// <item><description><c>CONFLICTMODEL_FUZZ_SEED</c>: the campaign seed (default fixed, so CI is reproducible).</description></item>
/// <item><description><c>CONFLICTMODEL_FUZZ_REPLAY</c>: run only this input number, on one thread, letting its failure surface as is.</description></item>
/// <item><description><c>CONFLICTMODEL_FUZZ_REPORT</c>: a file each campaign appends a tab-separated summary line to.</description></item>
/// </list>
/// </remarks>
internal static class Campaign
{
    public const ulong DefaultSeed = 0x5EED_C0F1_1C7D_2024;

    public static ulong Seed =>
        Environment.GetEnvironmentVariable("CONFLICTMODEL_FUZZ_SEED") is { Length: > 0 } text
            ? ulong.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : DefaultSeed;

    /// <summary>How many inputs to run: the environment's figure when set, otherwise the CI default.</summary>
    public static long Iterations(long ciDefault, bool generator = false)
    {
        var name = generator && Environment.GetEnvironmentVariable("CONFLICTMODEL_FUZZ_GENERATOR_ITERATIONS") is { Length: > 0 }
            ? "CONFLICTMODEL_FUZZ_GENERATOR_ITERATIONS"
            : "CONFLICTMODEL_FUZZ_ITERATIONS";
        return Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : ciDefault;
    }

    /// <summary>The random source of input <paramref name="iteration"/> of a campaign.</summary>
    public static PCG Random(ulong seed, long iteration) => new(1, Mix(seed + (ulong)iteration * 0x9E3779B97F4A7C15UL));

    /// <summary>The campaign seed mixed with the campaign's name, so campaigns sharing a seed still draw different inputs.</summary>
    public static ulong SeedOf(string name, ulong seed)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(seed ^ hash);
    }

    /// <summary>Runs <paramref name="check"/> on <paramref name="iterations"/> generated inputs; fails with a reproducible report.</summary>
    /// <returns>How many inputs ran and how long it took.</returns>
    public static (long Executed, TimeSpan Elapsed) Run<T>(
        string name,
        long iterations,
        Func<PCG, T> generate,
        Action<T> check,
        Func<T, string> show,
        ITestOutputHelper? output = null,
        TimeSpan? hangLimit = null,
        Func<T, Func<T, bool>, T>? minimize = null,
        int? threads = null,
        Func<T, Exception, string?>? knownBug = null)
    {
        var seed = SeedOf(name, Seed);
        var limit = hangLimit ?? TimeSpan.FromSeconds(10);
        if (Environment.GetEnvironmentVariable("CONFLICTMODEL_FUZZ_REPLAY") is { Length: > 0 } replay)
        {
            var i = long.Parse(replay, NumberStyles.Integer, CultureInfo.InvariantCulture);
            var input = generate(Random(seed, i));
            output?.WriteLine($"{name}: replaying input {i}: {show(input)}");
            check(input);
            return (1, TimeSpan.Zero);
        }

        var budget = Environment.GetEnvironmentVariable("CONFLICTMODEL_FUZZ_SECONDS") is { Length: > 0 } seconds
            ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture))
            : (TimeSpan?)null;
        var workers = threads ?? Math.Clamp(Environment.ProcessorCount, 1, 4);
        var started = Stopwatch.StartNew();
        long next = -1;
        long executed = 0;
        var stop = 0;
        (long Iteration, Exception Error)? failure = null;
        var gate = new object();
        // Failures that match a known (already reported) bug are counted, not fatal, so a campaign can go on past them.
        var known = new System.Collections.Concurrent.ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var knownExample = new System.Collections.Concurrent.ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        // Per worker: the input being checked (or -1) and when it started.
        var current = new long[workers];
        var since = new long[workers];
        Array.Fill(current, -1);

        var pool = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            var slot = w;
            pool[w] = new Thread(() =>
            {
                while (Volatile.Read(ref stop) == 0)
                {
                    var i = Interlocked.Increment(ref next);
                    if (i >= iterations || (budget is { } b && started.Elapsed > b))
                    {
                        break;
                    }

                    Volatile.Write(ref since[slot], Stopwatch.GetTimestamp());
                    Volatile.Write(ref current[slot], i);
                    T input = default!;
                    try
                    {
                        input = generate(Random(seed, i));
                        check(input);
                        Interlocked.Increment(ref executed);
                    }
#pragma warning disable CA1031 // Any exception is a finding to report.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        if (knownBug?.Invoke(input, e) is { } bug)
                        {
                            known.AddOrUpdate(bug, 1, (_, n) => n + 1);
                            knownExample.TryAdd(bug, i);
                            Interlocked.Increment(ref executed);
                            Volatile.Write(ref current[slot], -1);
                            continue;
                        }

                        lock (gate)
                        {
                            if (failure is null || failure.Value.Iteration > i)
                            {
                                failure = (i, e);
                            }
                        }

                        Volatile.Write(ref stop, 1);
                    }

                    Volatile.Write(ref current[slot], -1);
                }
            })
            { IsBackground = true, Name = $"{name} #{w}", Priority = ThreadPriority.BelowNormal };
            pool[w].Start();
        }

        long? hung = null;
        while (pool.Any(t => t.IsAlive))
        {
            Thread.Sleep(50);
            for (var w = 0; w < workers && hung is null; w++)
            {
                var i = Volatile.Read(ref current[w]);
                if (i >= 0 && Stopwatch.GetElapsedTime(Volatile.Read(ref since[w])) > limit && Volatile.Read(ref current[w]) == i)
                {
                    hung = i;
                }
            }

            if (hung is not null)
            {
                Volatile.Write(ref stop, 1);
                break;
            }
        }

        var elapsed = started.Elapsed;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{name}: {Interlocked.Read(ref executed):N0} inputs in {elapsed.TotalSeconds:F1} s on {workers} threads (seed {Seed}){(hung is not null ? $", HUNG on input {hung}" : failure is not null ? $", FAILED on input {failure.Value.Iteration}" : string.Empty)}");
        output?.WriteLine(summary);
        foreach (var (bug, count) in known.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output?.WriteLine($"  known bug hit {count:N0} times (first on input {knownExample[bug]}): {bug}");
        }

        var knownText = string.Join("; ", known.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} x {k.Key} (e.g. input {knownExample[k.Key]})"));
        Report(name, Interlocked.Read(ref executed), elapsed, (hung is not null ? "hang" : failure is not null ? "failure" : "ok") + (knownText.Length > 0 ? "\tknown bugs: " + knownText : string.Empty));

        if (hung is { } stuck)
        {
            var input = generate(Random(seed, stuck));
            Assert.Fail($"{summary}\ninput {stuck} ran longer than {limit.TotalSeconds} s (replay with CONFLICTMODEL_FUZZ_SEED={Seed} CONFLICTMODEL_FUZZ_REPLAY={stuck}):\n{show(input)}");
        }

        if (failure is { } found)
        {
            var input = generate(Random(seed, found.Iteration));
            var message = $"{summary}\ninput {found.Iteration} failed (replay with CONFLICTMODEL_FUZZ_SEED={Seed} CONFLICTMODEL_FUZZ_REPLAY={found.Iteration}):\n{show(input)}";
            if (minimize is not null)
            {
                var type = found.Error.GetType();
                var smaller = minimize(input, candidate =>
                {
                    try
                    {
                        check(candidate);
                        return false;
                    }
#pragma warning disable CA1031
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        return e.GetType() == type;
                    }
                });
                message += $"\nminimized:\n{show(smaller)}";
            }

            throw new CampaignFailedException(message + "\n--- failure:\n" + found.Error, found.Error);
        }

        return (Interlocked.Read(ref executed), elapsed);
    }

    private static void Report(string name, long executed, TimeSpan elapsed, string outcome)
    {
        if (Environment.GetEnvironmentVariable("CONFLICTMODEL_FUZZ_REPORT") is { Length: > 0 } path)
        {
            lock (typeof(Campaign))
            {
                File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture,
                    $"{DateTimeOffset.UtcNow:u}\t{name}\t{executed}\t{elapsed.TotalSeconds:F1}\t{outcome}\n"));
            }
        }
    }

    // SplitMix64: spreads neighbouring iteration numbers over the whole seed space.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>A campaign found an input that breaks the property.</summary>
public sealed class CampaignFailedException(string message, Exception inner) : Exception(message, inner);
