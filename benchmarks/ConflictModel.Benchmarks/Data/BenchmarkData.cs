using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using ConflictModel.Benchmarks.Dtos;
using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Data;

/// <summary>
/// Everything the benchmarks of one size share, built once per process: the scaled events, their JSON array as
/// ConflictJson writes it (the bytes every reader is given), the same events as DTOs, and the token list of the floor.
/// </summary>
public sealed class BenchmarkData
{
    private static readonly ConcurrentDictionary<int, Lazy<BenchmarkData>> Cache = new();

    /// <summary>The writer options ConflictJson itself uses, for every writer measured.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = true };

    private readonly Lazy<List<EventDto>> _dtos;
    private readonly Lazy<JsonToken[]> _tokens;

    private BenchmarkData(int count)
    {
        Events = EventScaler.Scale(SeedEvents.Load(), count);
        Json = WriteArray(Events);
        // Only the writers need these, and the tokens of 100,000 events take hundreds of MB: built on first use.
        _dtos = new Lazy<List<EventDto>>(() => JsonSerializer.Deserialize(Json, DtoJsonContext.Default.ListEventDto)!);
        _tokens = new Lazy<JsonToken[]>(() => JsonTokens.Tokenize(Json));
    }

    public ConflictEvent[] Events { get; }

    public byte[] Json { get; }

    public List<EventDto> Dtos => _dtos.Value;

    public JsonToken[] Tokens => _tokens.Value;

    public static BenchmarkData For(int count) => Cache.GetOrAdd(count, static n => new Lazy<BenchmarkData>(() => new BenchmarkData(n))).Value;

    /// <summary>The events as one compact JSON array, written with <see cref="ConflictJson.Write"/>.</summary>
    public static byte[] WriteArray(IEnumerable<ConflictEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var e in events)
            {
                ConflictJson.Write(writer, e);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
