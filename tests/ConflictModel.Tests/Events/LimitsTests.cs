using System.Text;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Events;

/// <summary>Limits with safe defaults, configurable per read.</summary>
public class LimitsTests
{
    private const string Statement = """{"type":"statement","id":"st","speaker":{"name":"Serhiy Gaidai"},"kind":"claim","quote":"QUOTE"}""";

    [Fact]
    public void A_string_longer_than_the_limit_is_an_error_at_its_path()
    {
        var json = Statement.Replace("QUOTE", new string('a', 2_000));

        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json), "big.json", new ConflictJsonLimits { MaxStringLength = 1_000 }));

        Assert.Equal("$.quote", e.Path);
        Assert.Contains("longer than the limit of 1000", e.Problem);
        Assert.Equal(2_000, ((ConflictModel.Events.Statement)ConflictJson.Deserialize(json)).Quote!.Length);
    }

    [Fact]
    public void The_default_refuses_a_30_mb_string()
    {
        var json = Statement.Replace("QUOTE", new string('x', 30 * 1024 * 1024));

        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        Assert.Equal("$.quote", e.Path);
        Assert.Equal(1024 * 1024, ConflictJsonLimits.Default.MaxStringLength);
    }

    [Fact]
    public void A_kept_value_longer_than_the_limit_is_an_error()
    {
        var json = Statement.Replace("\"quote\"", "\"extra\":[\"" + new string('y', 5_000) + "\"],\"quote\"");

        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json), null, new ConflictJsonLimits { MaxStringLength = 4_096 }));

        Assert.Equal("$.extra", e.Path);
    }

    [Fact]
    public void A_list_longer_than_the_limit_is_an_error_in_the_envelope_and_in_fields()
    {
        var about = "[" + string.Join(",", Enumerable.Range(0, 11).Select(i => $"\"e{i}\"")) + "]";
        var inEnvelope = Statement.Replace("\"speaker\"", $"\"about\":{about},\"speaker\"");
        var audience = "[" + string.Join(",", Enumerable.Range(0, 11).Select(i => $"{{\"name\":\"a{i}\"}}")) + "]";
        var inField = Statement.Replace("\"quote\"", $"\"audience\":{audience},\"quote\"");
        var limits = new ConflictJsonLimits { MaxArrayLength = 10 };

        var envelope = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(inEnvelope), null, limits));
        var field = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(inField), null, limits));

        Assert.StartsWith("$.about", envelope.Path);
        Assert.StartsWith("$.audience", field.Path);
        Assert.Equal(11, ((ConflictModel.Events.Statement)ConflictJson.Deserialize(inField)).Audience.Count);
    }

    [Fact]
    public void Depth_is_configurable()
    {
        var json = Statement.Replace("\"quote\"", "\"extra\":[[[[1]]]],\"quote\"");

        Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json), null, new ConflictJsonLimits { MaxDepth = 4 }));
        Assert.Single(ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json), null, new ConflictJsonLimits { MaxDepth = 6 }).UnknownFields);
    }

    [Fact]
    public void Limits_reject_nonsense_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictJsonLimits { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictJsonLimits { MaxArrayLength = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictJsonLimits { MaxLineLength = 1 });
    }

    [Fact]
    public void A_read_with_limits_leaves_the_next_read_on_the_defaults()
    {
        var json = Statement.Replace("QUOTE", new string('a', 2_000));
        Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json), null, new ConflictJsonLimits { MaxStringLength = 10 }));

        Assert.NotNull(ConflictJson.Deserialize(json));
    }
}
