using ConflictModel.Serialization;

namespace ConflictModel.Generators.Tests;

/// <summary>
/// A generated reader finds a field under its current name and under every old one, each mapped to its own field,
/// however the name is spelled on the wire.
/// </summary>
public class RenamedNamesTests
{
    private const string Schema = """
        {
          "event": "Roadblock", "type": "roadblock", "version": 3,
          "fields": {
            "road":  { "type": "string", "renamedFrom": ["highway", "route"] },
            "lanes": { "type": "int", "renamedFrom": "width" },
            "note2": { "type": "string", "renamedFrom": "" }
          }
        }
        """;

    private static readonly Lazy<EventKind> Kind = new(() =>
        CompiledSchemas.Kinds(CompiledSchemas.Load("Renames", ("/roadblock.event.json", Schema)), "Renames").Single());

    [Theory]
    [InlineData("road", "width")]
    [InlineData("highway", "lanes")]
    [InlineData("route", "width")]
    [InlineData("r\\u006fute", "w\\u0069dth")]
    public void Each_old_name_reads_into_its_own_field(string roadName, string lanesName)
    {
        var json = $$"""{"type":"roadblock","id":"rb-1","{{roadName}}":"M-03","{{lanesName}}":2,"":"kept"}""";

        var read = CompiledSchemas.Read(Kind.Value, json);

        Assert.Equal("M-03", CompiledSchemas.Get(read, "Road"));
        Assert.Equal(2, CompiledSchemas.Get(read, "Lanes"));
        Assert.Equal("kept", CompiledSchemas.Get(read, "Note2"));
        Assert.Empty(read.UnknownFields);
    }

    [Fact]
    public void A_field_under_its_old_and_its_new_name_is_a_repeat()
    {
        const string Json = """{"type":"roadblock","id":"rb-1","road":"M-03","route":"M-04"}""";

        var e = Assert.Throws<ConflictJsonException>(() => CompiledSchemas.Read(Kind.Value, Json));

        Assert.Equal("duplicate property 'road'", e.Problem);
        Assert.Equal(Json.IndexOf("\"route\"", StringComparison.Ordinal), e.BytePosition);
    }
}
