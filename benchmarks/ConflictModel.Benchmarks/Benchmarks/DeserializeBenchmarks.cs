using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Data;
using ConflictModel.Benchmarks.Dtos;
using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Benchmarks;

/// <summary>Reading the same UTF-8 bytes, one JSON array of the whole batch, into an object graph.</summary>
[MemoryDiagnoser]
public class DeserializeBenchmarks
{
    private byte[] _json = null!;

    [ParamsSource(typeof(BenchmarkSettings), nameof(BenchmarkSettings.EventCounts))]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup() => _json = BenchmarkData.For(Events).Json;

    [Benchmark]
    public int Ours_ConflictJson() => ConflictJson.DeserializeArray(_json).Count;

    [Benchmark(Baseline = true)]
    public int Stj_SourceGen() => JsonSerializer.Deserialize(_json, DtoJsonContext.Default.ListEventDto)!.Count;

    [Benchmark]
    public int Stj_Reflection() => JsonSerializer.Deserialize<List<EventDto>>(_json, DtoJsonOptions.Reflection)!.Count;

    [Benchmark]
    public int Newtonsoft()
    {
        // Newtonsoft reads text: decoding UTF-8 is part of its path from bytes.
        using var text = new StreamReader(new MemoryStream(_json, writable: false));
        using var reader = new global::Newtonsoft.Json.JsonTextReader(text);
        return NewtonsoftSettings.Serializer.Deserialize<List<EventDto>>(reader)!.Count;
    }

    [Benchmark]
    public long Floor_Utf8Json() => JsonTokens.Scan(_json);
}
