using ConflictModel.Events;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Events;

/// <summary>Every built-in schema's published shape is checked in beside it, so the generator guards it.</summary>
public class SchemaLockTests
{
    private static string LockPath(EventKind kind) =>
        Path.Combine(RepositoryPaths.Root, "src", "ConflictModel", "Schemas", kind.Type + ".event.lock.json");

    public static TheoryData<string> BuiltInTypes()
    {
        var data = new TheoryData<string>();
        foreach (var kind in ConflictModel.EventKinds.All)
        {
            data.Add(kind.Type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltInTypes))]
    public void Each_built_in_kind_has_an_up_to_date_lock_file(string type)
    {
        var kind = ConflictModel.EventKinds.All.Single(k => k.Type == type);
        var path = LockPath(kind);
        var previous = File.Exists(path) ? File.ReadAllText(path) : null;
        if (Environment.GetEnvironmentVariable("CONFLICTMODEL_WRITE_LOCKS") == "1")
        {
            // Publishing a deliberate change: CONFLICTMODEL_WRITE_LOCKS=1 dotnet test; review the diff before committing.
            File.WriteAllText(path, SchemaLock.Create(kind, previous));
            previous = File.ReadAllText(path);
        }

        Assert.True(previous is not null, $"{path} is missing");
        Assert.Equal(SchemaLock.Create(kind, previous), previous);
    }

    [Fact]
    public void A_lock_records_types_requiredness_and_retired_names()
    {
        var earlier = """{ "type": "strike", "version": 1, "fields": { "attacker": { "type": "Actor", "required": true }, "yield": { "type": "string", "required": false } }, "removed": ["colour"] }""";

        var text = SchemaLock.Create(Strike.Descriptor, earlier);

        Assert.Contains("\"attacker\": {\n      \"type\": \"Actor\",\n      \"required\": true", text);
        Assert.Contains("\"weapons\": {\n      \"type\": \"WeaponKind[]\",\n      \"required\": false", text);
        Assert.Contains("\"removed\": [\n    \"colour\",\n    \"yield\"\n  ]", text);
    }
}
