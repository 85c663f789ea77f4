using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Data;
using ConflictModel.Benchmarks.Dtos;
using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Benchmarks;

/// <summary>
/// Writing the whole batch as one JSON array. Every System.Text.Json-based writer writes into the same reusable
/// buffer through a Utf8JsonWriter with ConflictJson's own options, so only the serializer differs; Newtonsoft writes
/// through its JsonTextWriter into a reusable MemoryStream, its usual path to UTF-8.
/// </summary>
[MemoryDiagnoser]
public class SerializeBenchmarks : IDisposable
{
    private BenchmarkData _data = null!;
    private ArrayBufferWriter<byte> _buffer = null!;
    private Utf8JsonWriter _writer = null!;
    private MemoryStream _stream = null!;
    private StreamWriter _text = null!;

    [ParamsSource(typeof(BenchmarkSettings), nameof(BenchmarkSettings.EventCounts))]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.For(Events);
        _buffer = new ArrayBufferWriter<byte>(_data.Json.Length + 4096);
        _writer = new Utf8JsonWriter(_buffer, BenchmarkData.WriterOptions);
        _stream = new MemoryStream(_data.Json.Length + 4096);
        _text = new StreamWriter(_stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _writer?.Dispose();
        _text?.Dispose();
        _stream?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Ours_ConflictJson()
    {
        WriteArray(Restart(), _data.Events);
        return _buffer.WrittenCount;
    }

    /// <summary>Our write of a batch: every event into the writer, as one JSON array, flushed.</summary>
    public static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<ConflictEvent> events)
    {
        writer.WriteStartArray();
        foreach (var e in events)
        {
            ConflictJson.Write(writer, e);
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    [Benchmark(Baseline = true)]
    public int Stj_SourceGen()
    {
        var writer = Restart();
        JsonSerializer.Serialize(writer, _data.Dtos, DtoJsonContext.Default.ListEventDto);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int Stj_Reflection()
    {
        var writer = Restart();
        JsonSerializer.Serialize(writer, _data.Dtos, DtoJsonOptions.Reflection);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public long Newtonsoft()
    {
        _stream.SetLength(0);
        using (var writer = new global::Newtonsoft.Json.JsonTextWriter(_text) { CloseOutput = false })
        {
            NewtonsoftSettings.Serializer.Serialize(writer, _data.Dtos);
        }

        _text.Flush();
        return _stream.Length;
    }

    [Benchmark]
    public int Floor_Utf8Json()
    {
        var writer = Restart();
        JsonTokens.Replay(writer, _data.Tokens);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>The convenience API, for reference: it also builds its own buffer and decodes the result to a string.</summary>
    [Benchmark]
    public int Ours_SerializeArray_string() => ConflictJson.SerializeArray(_data.Events).Length;

    private Utf8JsonWriter Restart()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        return _writer;
    }
}
