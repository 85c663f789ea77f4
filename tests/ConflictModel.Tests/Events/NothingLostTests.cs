using System.Text.Json;
using ConflictModel.Events;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Events;

/// <summary>What a newer producer writes survives a read and a write by this version.</summary>
public class NothingLostTests
{
    private const string Strike = """{"type":"strike","id":"s1","schemaVersion":1,"attacker":{"name":"Russian forces","kind":"state-forces"},"weapons":["cruise-missile"],"munitions":{"kind":"exact","value":48}}""";

    private static JsonElement Property(string json, string name) => JsonDocument.Parse(json).RootElement.GetProperty(name);

    [Fact]
    public void Unknown_properties_are_kept_in_order_and_written_back()
    {
        var json = Strike.Replace("\"munitions\"", "\"confidence\":0.8,\"tags\":[\"night\",{\"k\":1}],\"munitions\"");

        var read = Assert.IsType<Strike>(ConflictJson.Deserialize(json));

        Assert.Equal([new UnknownField("confidence", "0.8"), new UnknownField("tags", "[\"night\",{\"k\":1}]")], read.UnknownFields);
        var written = ConflictJson.Serialize(read);
        Assert.Equal(0.8, Property(written, "confidence").GetDouble());
        Assert.Equal(2, Property(written, "tags").GetArrayLength());
        Assert.Equal(read, ConflictJson.Deserialize(written));
    }

    [Fact]
    public void An_unknown_enum_value_keeps_the_whole_field_verbatim_and_is_written_once()
    {
        var json = Strike.Replace("[\"cruise-missile\"]", "[\"cruise-missile\",\"laser\"]");

        var read = Assert.IsType<Strike>(ConflictJson.Deserialize(json));

        Assert.True(read.Weapons.IsEmpty);
        Assert.Equal(new UnknownField("weapons", "[\"cruise-missile\",\"laser\"]"), Assert.Single(read.UnknownFields));
        var written = ConflictJson.Serialize(read);
        Assert.Equal(1, CountOccurrences(written, "\"weapons\""));
        Assert.Equal("laser", Property(written, "weapons")[1].GetString());
        Assert.Contains(read.Validate(), p => p.Path == "$.weapons" && p.Message.Contains("does not understand"));
    }

    [Fact]
    public void An_unknown_value_in_a_required_enum_field_is_kept_and_flagged()
    {
        var json = """{"type":"withdrawal","id":"w","forces":{"name":"Ukrainian troops"},"from":[{"name":"Zolote"}],"status":"feigned"}""";

        var read = Assert.IsType<Withdrawal>(ConflictJson.Deserialize(json));

        Assert.Equal("\"feigned\"", Assert.Single(read.UnknownFields).RawJson);
        var written = ConflictJson.Serialize(read);
        Assert.Equal("feigned", Property(written, "status").GetString());
        Assert.Equal(1, CountOccurrences(written, "\"status\""));
        Assert.Contains(read.Validate(), p => p.Path == "$.status");
    }

    [Fact]
    public void An_unknown_property_inside_a_primitive_keeps_that_field_verbatim()
    {
        var json = Strike.Replace("\"weapons\"", "\"where\":{\"name\":\"Lysychansk\",\"population\":95000},\"weapons\"");

        var read = Assert.IsType<Strike>(ConflictJson.Deserialize(json));

        Assert.Null(read.Where);
        Assert.Equal("where", Assert.Single(read.UnknownFields).Name);
        Assert.Equal(95000, Property(ConflictJson.Serialize(read), "where").GetProperty("population").GetInt32());
    }

    [Fact]
    public void An_unknown_property_inside_a_generated_record_keeps_that_field_verbatim()
    {
        var json = Strike.Replace("\"weapons\"", "\"targets\":[{\"kind\":\"industrial-site\",\"name\":\"Azot\",\"damage\":\"severe\"}],\"weapons\"");

        var read = Assert.IsType<Strike>(ConflictJson.Deserialize(json));

        Assert.True(read.Targets.IsEmpty);
        Assert.Equal("severe", Property(ConflictJson.Serialize(read), "targets")[0].GetProperty("damage").GetString());
    }

    [Fact]
    public void A_newer_schema_version_is_kept_on_read()
    {
        var json = Strike.Replace("\"schemaVersion\":1", "\"schemaVersion\":4");

        var read = ConflictJson.Deserialize(json);

        Assert.Equal(4, read.SchemaVersion);
    }

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
