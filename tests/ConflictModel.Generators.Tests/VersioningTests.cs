using System.Buffers;
using System.Text;
using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Generators.Tests;

/// <summary>Version 1 and version 2 of one schema, compiled side by side, exchange data in both directions.</summary>
public class VersioningTests
{
    private const string Version1 = """
        {
          "event": "Checkpoint", "type": "checkpoint", "version": 1,
          "fields": {
            "operator": { "type": "Actor", "required": true },
            "highway":  { "type": "string" },
            "lanes":    { "type": "int", "min": 1 }
          }
        }
        """;

    private const string Version2 = """
        {
          "event": "Checkpoint", "type": "checkpoint", "version": 2,
          "fields": {
            "operator": { "type": "Actor", "required": true },
            "road":     { "type": "string", "renamedFrom": "highway", "doc": "Was 'highway' in version 1." },
            "lanes":    { "type": "int", "min": 1 },
            "barriers": { "type": "Barrier[]", "since": 2 },
            "openedBy": { "type": "Actor", "required": true, "since": 2 }
          },
          "enums": { "Barrier": ["concrete-block", "sandbags"] }
        }
        """;

    private const string WrittenByVersion1 = """{"type":"checkpoint","id":"cp-1","schemaVersion":1,"operator":{"name":"Russian forces","kind":"state-forces"},"highway":"M-03","lanes":2}""";

    private static readonly Lazy<(EventKind V1, EventKind V2)> Kinds = new(() =>
    (
        CompiledSchemas.Kinds(CompiledSchemas.Load("Archive.V1", ("/v1/checkpoint.event.json", Version1)), "Archive.V1").Single(),
        CompiledSchemas.Kinds(CompiledSchemas.Load("Archive.V2", ("/v2/checkpoint.event.json", Version2)), "Archive.V2").Single()
    ));

    private static ConflictEvent Read(EventKind kind, string json) => CompiledSchemas.Read(kind, json);

    private static string Write(EventKind kind, ConflictEvent value) => CompiledSchemas.Write(kind, value);

    [Fact]
    public void Version_2_reads_version_1_data_under_the_old_field_name_without_the_newer_fields()
    {
        var (v1, v2) = Kinds.Value;
        var fromV1 = Write(v1, Read(v1, WrittenByVersion1));

        var read = Read(v2, fromV1);

        Assert.Equal(1, read.SchemaVersion);
        Assert.Equal("M-03", CompiledSchemas.Get(read, "Road"));
        Assert.Equal(2, CompiledSchemas.Get(read, "Lanes"));
        Assert.Null(CompiledSchemas.Get(read, "OpenedBy"));
        Assert.Empty(read.UnknownFields);
        Assert.Empty(read.Validate());
    }

    [Fact]
    public void Version_2_writes_its_own_version_and_names_and_requires_new_fields_for_its_own_data()
    {
        var (v1, v2) = Kinds.Value;
        var read = Read(v2, Write(v1, Read(v1, WrittenByVersion1)));

        var written = Write(v2, read);

        Assert.Contains("\"schemaVersion\":2", written);
        Assert.Contains("\"road\":\"M-03\"", written);
        Assert.DoesNotContain("highway", written);
        var asVersion2 = Read(v2, written);
        Assert.Equal(2, asVersion2.SchemaVersion);
        Assert.Contains(asVersion2.Validate(), p => p.Path == "$.openedBy" && p.Message == "is required");
    }

    [Fact]
    public void Version_1_reads_version_2_data_and_keeps_what_it_does_not_know()
    {
        var (v1, v2) = Kinds.Value;
        var json = """{"type":"checkpoint","id":"cp-2","schemaVersion":2,"operator":{"name":"Russian forces"},"road":"E-40","lanes":1,"barriers":["sandbags"],"openedBy":{"name":"Rosgvardia"}}""";

        var old = Read(v1, json);
        var rewritten = Write(v1, old);
        var back = Read(v2, rewritten);

        Assert.Equal(["road", "barriers", "openedBy"], old.UnknownFields.Select(f => f.Name));
        Assert.Null(CompiledSchemas.Get(old, "Highway"));
        Assert.Equal("E-40", CompiledSchemas.Get(back, "Road"));
        Assert.Equal("Rosgvardia", ((Actor)CompiledSchemas.Get(back, "OpenedBy")!).Name);
        Assert.Single((System.Collections.IEnumerable)CompiledSchemas.Get(back, "Barriers")!);
    }
}
