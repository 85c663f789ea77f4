namespace ConflictModel.Benchmarks.Benchmarks;

/// <summary>The benchmark method names, the same in both classes, that Program looks up in BenchmarkDotNet's summary.</summary>
public static class BenchmarkNames
{
    public const string Ours = nameof(SerializeBenchmarks.Ours_ConflictJson);
    public const string StjSourceGen = nameof(SerializeBenchmarks.Stj_SourceGen);
    public const string StjReflection = nameof(SerializeBenchmarks.Stj_Reflection);
    public const string Newtonsoft = nameof(SerializeBenchmarks.Newtonsoft);
    public const string Floor = nameof(SerializeBenchmarks.Floor_Utf8Json);
}
