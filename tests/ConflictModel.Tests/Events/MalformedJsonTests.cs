using ConflictModel.Serialization;

namespace ConflictModel.Tests.Events;

/// <summary>Bad input gets one exception type of ours, naming line, byte position and JSON path.</summary>
public class MalformedJsonTests
{
    private const string Indented = """
        {
          "type": "strike",
          "id": "s1",
          "attacker": { "name": "Russian forces" },
          "targets": [
            { "name": "military facilities" },
            { "name": "Azot", "place": { "name": "Sievierodonetsk", "point": { "latitude": 91, "longitude": 38.49 } } }
          ]
        }
        """;

    [Fact]
    public void Latitude_91_deep_inside_is_reported_with_its_path_and_line()
    {
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Indented, "strikes.json"));

        Assert.Equal("$.targets[1].place.point.latitude", e.Path);
        Assert.Equal(7, e.LineNumber);
        Assert.Equal(Indented.Split('\n')[6].IndexOf("91", StringComparison.Ordinal), e.BytePositionInLine);
        Assert.Equal("strikes.json", e.File);
        Assert.StartsWith("strikes.json:7: $.targets[1].place.point.latitude: ", e.Message);
        Assert.Contains("91", e.Problem);
    }

    [Fact]
    public void Truncated_json_names_the_line_where_it_ends()
    {
        var truncated = Indented[..Indented.IndexOf("\"Azot\"", StringComparison.Ordinal)];

        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(truncated));

        Assert.Equal(7, e.LineNumber);
        Assert.StartsWith("$.targets[1]", e.Path);
    }

    [Fact]
    public void A_wrong_json_type_names_the_field()
    {
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"type":"strike","id":"s","attacker":{"name":"a"},"munitions":"many"}"""));

        Assert.Equal("$.munitions", e.Path);
        Assert.Contains("expected an object", e.Problem);
        Assert.Equal(62, e.BytePosition);
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_the_event()
    {
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"type":"strike","id":"s"}"""));

        Assert.Equal("$", e.Path);
        Assert.Contains("missing required property 'attacker'", e.Problem);
    }

    [Fact]
    public void A_duplicate_property_is_an_error()
    {
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"type":"strike","id":"s","attacker":{"name":"a"},"attacker":{"name":"b"}}"""));

        Assert.Contains("duplicate property 'attacker'", e.Problem);
        Assert.Equal("$.attacker", e.Path);
    }

    [Fact]
    public void Trailing_garbage_is_an_error()
    {
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"type":"x","id":"s"} ]"""));

        Assert.Equal(1, e.LineNumber);
    }

    [Fact]
    public void An_out_of_range_schema_version_is_an_error()
    {
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"type":"strike","id":"s","schemaVersion":0,"attacker":{"name":"a"}}"""));

        Assert.Equal("$.schemaVersion", e.Path);
    }

    [Fact]
    public void Deep_nesting_beyond_the_limit_is_an_error_not_a_crash()
    {
        var deep = "{\"type\":\"strike\",\"id\":\"s\",\"x\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(deep));

        Assert.Contains("depth", e.Problem, StringComparison.OrdinalIgnoreCase);
    }
}
