namespace ConflictModel.Benchmarks.Data;

/// <summary>Sizes for one run: small under <c>--quick</c>, the full ones otherwise.</summary>
public static class BenchmarkSettings
{
    public const int FullEventCount = 100_000;
    public const int QuickEventCount = 2_000;
    public const long FullJsonLinesBytes = 1_000_000_000;
    public const long QuickJsonLinesBytes = 20_000_000;
    public const int SchemaCount = 500;

    /// <summary>Set by Program before BenchmarkDotNet starts; read by <see cref="EventCounts"/> in the host process,
    /// which bakes the value into the benchmark cases, so out-of-process runs get it too.</summary>
    public static bool Quick { get; set; }

    public static int EventCount => Quick ? QuickEventCount : FullEventCount;

    public static long JsonLinesBytes => Quick ? QuickJsonLinesBytes : FullJsonLinesBytes;

    public static IEnumerable<int> EventCounts() => [EventCount];
}
