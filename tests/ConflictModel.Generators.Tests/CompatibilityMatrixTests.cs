using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConflictModel.Generators.Tests;

/// <summary>
/// For every built-in kind, version 1 (the shipped schema) and a version 2 of it — one field renamed with
/// <c>renamedFrom</c>, one added with <c>since: 2</c> — compiled side by side, exchange data in both directions.
/// </summary>
public class CompatibilityMatrixTests
{
    private static readonly string SchemaFolder = Path.Combine(FindRoot(), "src", "ConflictModel", "Schemas");

    private static readonly Lazy<(IReadOnlyList<EventKind> V1, IReadOnlyList<EventKind> V2)> Versions = new(() =>
    (
        CompiledSchemas.Kinds(CompiledSchemas.Load("Matrix.V1", Schemas(version2: false)), "Matrix.V1"),
        CompiledSchemas.Kinds(CompiledSchemas.Load("Matrix.V2", Schemas(version2: true)), "Matrix.V2")
    ));

    public static TheoryData<string> BuiltInTypes()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(SchemaFolder, "*.event.json").Order(StringComparer.Ordinal))
        {
            if (JsonNode.Parse(File.ReadAllText(path))!["type"]?.GetValue<string>() is { } type)
            {
                data.Add(type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltInTypes))]
    public void Version_1_data_is_read_by_version_2_and_version_2_data_survives_version_1(string type)
    {
        var v1 = Versions.Value.V1.Single(k => k.Type == type);
        var v2 = Versions.Value.V2.Single(k => k.Type == type);
        var renamed = RenamedField(type);
        var sample = SampleEvents.For(v1, "matrix-" + type).ToJsonString();

        // Written by version 1 …
        var old = Read(v1, sample);
        Assert.Empty(old.Validate());
        var writtenByV1 = Write(v1, old);

        // … read by version 2: the renamed field under its old name, nothing unknown, nothing missing.
        var upgraded = Read(v2, writtenByV1);
        Assert.Equal(1, upgraded.SchemaVersion);
        Assert.Empty(upgraded.UnknownFields);
        Assert.Empty(upgraded.Validate());
        var writtenByV2 = JsonNode.Parse(Write(v2, upgraded))!.AsObject();
        Assert.Equal(2, writtenByV2["schemaVersion"]!.GetValue<int>());
        Assert.Null(writtenByV2[renamed]);
        Assert.NotNull(JsonNode.Parse(writtenByV1)![renamed]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(writtenByV1)![renamed], writtenByV2[renamed + "V2"]), $"{renamed} changed on the way to version 2");

        // Version 2 data with its new field, read by version 1: what it does not know is kept and written back.
        writtenByV2["reviewNote"] = "confirmed by satellite imagery";
        var newer = writtenByV2.ToJsonString();
        var downgraded = Read(v1, newer);
        Assert.Contains(downgraded.UnknownFields, f => f.Name == renamed + "V2");
        Assert.Contains(downgraded.UnknownFields, f => f.Name == "reviewNote");
        var passedThroughV1 = Write(v1, downgraded);
        Assert.Equal(Write(v2, Read(v2, newer)), Write(v2, Read(v2, passedThroughV1)));
    }

    /// <summary>The field version 2 renames: the kind's first optional field.</summary>
    private static string RenamedField(string type)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(SchemaFolder, "*.event.json").Single(p => JsonNode.Parse(File.ReadAllText(p))!["type"]?.GetValue<string>() == type)))!;
        return schema["fields"]!.AsObject().First(f => f.Value is not JsonObject o || o["required"]?.GetValue<bool>() != true).Key;
    }

    private static (string Path, string Json)[] Schemas(bool version2)
    {
        var ns = version2 ? "Matrix.V2" : "Matrix.V1";
        return Directory.GetFiles(SchemaFolder, "*.event.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            schema["namespace"] = ns;
            if (version2 && schema["fields"] is JsonObject fields)
            {
                schema["version"] = 2;
                var renamed = fields.First(f => f.Value is not JsonObject o || o["required"]?.GetValue<bool>() != true).Key;
                var declaration = fields[renamed] is JsonObject o ? (JsonObject)o.DeepClone() : new JsonObject { ["type"] = fields[renamed]!.GetValue<string>() };
                declaration["renamedFrom"] = renamed;
                fields.Remove(renamed);
                fields[renamed + "V2"] = declaration;
                fields["reviewNote"] = new JsonObject { ["type"] = "string", ["since"] = 2, ["doc"] = "Added in version 2." };
            }

            return ("/" + ns + "/" + Path.GetFileName(path), schema.ToJsonString());
        }).ToArray();
    }

    private static ConflictEvent Read(EventKind kind, string json) => CompiledSchemas.Read(kind, json);

    private static string Write(EventKind kind, ConflictEvent value) => CompiledSchemas.Write(kind, value);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConflictModel.sln not found");
    }
}
