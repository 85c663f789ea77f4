using System.Text;
using System.Text.Json;
using ConflictModel.Events;
using ConflictModel.Serialization;
using ConflictModel.Tests.Seed;

namespace ConflictModel.Tests.Events;

public class RoundTripTests
{
    public static TheoryData<string> SeedIds()
    {
        var data = new TheoryData<string>();
        foreach (var e in SeedArticle.Build())
        {
            data.Add(e.Id);
        }

        return data;
    }

    private static ConflictEvent Seed(string id) => SeedArticle.Build().Single(e => e.Id == id);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_seed_event_round_trips_to_an_equal_event_and_identical_json(string id)
    {
        var original = Seed(id);

        var json = ConflictJson.Serialize(original);
        var read = ConflictJson.Deserialize(json);

        Assert.Equal(original, read);
        Assert.Equal(original.GetType(), read.GetType());
        Assert.Equal(json, ConflictJson.Serialize(read));
    }

    [Fact]
    public void The_discriminator_id_and_version_come_first()
    {
        var json = ConflictJson.Serialize(Seed(SeedArticle.SaturdayMissileStrike));

        Assert.StartsWith($"{{\"type\":\"strike\",\"id\":\"{SeedArticle.SaturdayMissileStrike}\",\"schemaVersion\":1,", json);
    }

    [Fact]
    public void Fields_travel_under_their_wire_names_and_enums_as_wire_values()
    {
        using var doc = JsonDocument.Parse(ConflictJson.Serialize(Seed(SeedArticle.SaturdayMissileStrike)));
        var root = doc.RootElement;

        Assert.Equal("cruise-missile", root.GetProperty("weapons")[0].GetString());
        Assert.Equal("exact", root.GetProperty("munitions").GetProperty("kind").GetString());
        Assert.Equal(48, root.GetProperty("munitions").GetProperty("value").GetInt64());
        Assert.Equal("night", root.GetProperty("when").GetProperty("partOfDay").GetString());
    }

    [Fact]
    public void An_array_of_every_seed_event_round_trips()
    {
        var events = SeedArticle.Build();

        var json = ConflictJson.SerializeArray(events, indented: true);
        var read = ConflictJson.DeserializeArray(json);

        Assert.Equal(events, read);
    }

    [Fact]
    public async Task A_streamed_array_round_trips_in_order()
    {
        var events = SeedArticle.Build();
        using var stream = new MemoryStream();
        await ConflictJson.SerializeArrayAsync(stream, events.ToAsyncEnumerable());
        stream.Position = 0;

        var read = new List<ConflictEvent>();
        await foreach (var e in ConflictJson.DeserializeArrayAsync(stream))
        {
            read.Add(e);
        }

        Assert.Equal(events, read);
    }

    [Fact]
    public void Json_serializer_works_through_the_options_without_reflection()
    {
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
        var strike = (Strike)Seed(SeedArticle.SaturdayMissileStrike);

        var asBase = JsonSerializer.Serialize<ConflictEvent>(strike, ConflictJson.Options);
        var asKind = JsonSerializer.Serialize(strike, ConflictJson.Options);
        var back = JsonSerializer.Deserialize<ConflictEvent>(asBase, ConflictJson.Options);
        var typed = JsonSerializer.Deserialize<Strike>(asKind, ConflictJson.Options);

        Assert.Equal(asBase, asKind);
        Assert.Equal(strike, back);
        Assert.Equal(strike, typed);
        Assert.Equal("\"2022-06-24\"", JsonSerializer.Serialize(new NodaTime.LocalDate(2022, 6, 24), ConflictJson.Options));
    }

    [Fact]
    public void Indented_and_compact_output_read_back_equal()
    {
        var e = Seed(SeedArticle.GaidaiTelegramPost);

        var indented = ConflictJson.SerializeToUtf8Bytes(e, indented: true);

        Assert.Contains((byte)'\n', indented);
        Assert.Equal(e, ConflictJson.Deserialize(indented));
        Assert.Equal(ConflictJson.Serialize(e), Encoding.UTF8.GetString(ConflictJson.SerializeToUtf8Bytes(ConflictJson.Deserialize(indented))));
    }
}
