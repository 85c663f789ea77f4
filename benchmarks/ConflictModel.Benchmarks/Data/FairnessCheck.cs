using System.Text;
using System.Text.Json;
using ConflictModel.Benchmarks.Dtos;
using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Data;

/// <summary>
/// Before anything is timed: each competitor must read the benchmark bytes and write JSON that ConflictJson reads
/// back to events equal to the originals, and the floor must write the very same bytes. Otherwise the comparison
/// would measure different work, and the program stops.
/// </summary>
public static class FairnessCheck
{
    public static void Run(BenchmarkData data, TextWriter log)
    {
        Check("stj-sourcegen", data, json =>
        {
            var dtos = JsonSerializer.Deserialize(json, DtoJsonContext.Default.ListEventDto)!;
            return JsonSerializer.SerializeToUtf8Bytes(dtos, DtoJsonContext.Default.ListEventDto);
        }, log);
        Check("stj-reflection", data, json =>
        {
            var dtos = JsonSerializer.Deserialize<List<EventDto>>(json, DtoJsonOptions.Reflection)!;
            return JsonSerializer.SerializeToUtf8Bytes(dtos, DtoJsonOptions.Reflection);
        }, log);
        Check("newtonsoft", data, json =>
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(json)));
            var dtos = NewtonsoftSettings.Serializer.Deserialize<List<EventDto>>(reader)!;
            var text = new StringWriter();
            NewtonsoftSettings.Serializer.Serialize(text, dtos);
            return Encoding.UTF8.GetBytes(text.ToString());
        }, log);

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, BenchmarkData.WriterOptions))
        {
            JsonTokens.Replay(writer, data.Tokens);
        }

        if (!buffer.WrittenSpan.SequenceEqual(data.Json))
        {
            throw new InvalidOperationException("check floor: replaying the tokens does not give the benchmark bytes back");
        }

        log.WriteLine($"# check floor: {data.Tokens.Length} tokens replay to the same {data.Json.Length} bytes");
    }

    private static void Check(string name, BenchmarkData data, Func<byte[], byte[]> roundTrip, TextWriter log)
    {
        var written = roundTrip(data.Json);
        var back = ConflictJson.DeserializeArray(written, name);
        if (back.Count != data.Events.Length)
        {
            throw new InvalidOperationException($"check {name}: {back.Count} events came back, not {data.Events.Length}");
        }

        for (var i = 0; i < back.Count; i++)
        {
            if (!back[i].Equals(data.Events[i]))
            {
                throw new InvalidOperationException($"check {name}: event {i} ({data.Events[i].Id}) differs after the round trip:\n{ConflictJson.Serialize(data.Events[i])}\n{ConflictJson.Serialize(back[i])}");
            }
        }

        var same = written.AsSpan().SequenceEqual(data.Json);

        log.WriteLine($"# check {name}: {back.Count} events read and written back equal; bytes {(same ? "identical" : $"differ ({written.Length} vs {data.Json.Length})")}");
    }
}
