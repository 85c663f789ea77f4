using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictModel.Serialization;
using ConflictModel.Tests.Seed;
using Json.Schema;

namespace ConflictModel.Tests.Events;

/// <summary>Each kind's JSON Schema is checked with an independent validator (JsonSchema.Net) against our own output.</summary>
public class JsonSchemaTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static JsonSchema SchemaOf(EventKind kind) =>
        JsonSchema.FromText(kind.JsonSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static EvaluationResults Evaluate(ConflictEvent e, Func<JsonNode, JsonNode>? change = null)
    {
        var node = JsonNode.Parse(ConflictJson.Serialize(e))!;
        node = change?.Invoke(node) ?? node;
        using var doc = JsonDocument.Parse(node.ToJsonString());
        return SchemaOf(e.EventKind).Evaluate(doc.RootElement, Options);
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(x => $"{d.InstanceLocation}: {x.Value}")));

    [Fact]
    public void Every_seed_event_validates_against_its_kinds_schema()
    {
        foreach (var e in SeedArticle.Build())
        {
            var results = Evaluate(e);
            Assert.True(results.IsValid, $"{e.Id}: {Errors(results)}");
        }
    }

    [Fact]
    public void Every_registered_kind_has_a_draft_2020_12_schema_with_descriptions()
    {
        Assert.True(EventCatalog.Kinds.Count >= 12);
        foreach (var kind in EventCatalog.Kinds)
        {
            using var doc = JsonDocument.Parse(kind.JsonSchema);
            var root = doc.RootElement;
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
            Assert.Equal(kind.SchemaId, root.GetProperty("$id").GetString());
            Assert.Equal(kind.Type, root.GetProperty("properties").GetProperty("type").GetProperty("const").GetString());
            Assert.False(string.IsNullOrEmpty(root.GetProperty("description").GetString()));
            foreach (var definition in root.GetProperty("$defs").EnumerateObject())
            {
                Assert.DoesNotContain("no schema registered", definition.Value.GetRawText());
            }
        }
    }

    [Fact]
    public void A_strike_without_its_attacker_is_rejected()
    {
        var strike = SeedArticle.Build().Single(e => e.Id == SeedArticle.SaturdayMissileStrike);

        var results = Evaluate(strike, n => { n.AsObject().Remove("attacker"); return n; });

        Assert.False(results.IsValid);
    }

    [Fact]
    public void An_unknown_enum_value_and_a_latitude_of_91_are_rejected()
    {
        var strike = SeedArticle.Build().Single(e => e.Id == SeedArticle.SaturdayMissileStrike);
        var withdrawal = SeedArticle.Build().Single(e => e.Id == SeedArticle.SievierodonetskWithdrawal);

        var badWeapon = Evaluate(strike, n => { n["weapons"] = new JsonArray("laser"); return n; });
        var badLatitude = Evaluate(withdrawal, n => { n["from"]![0]!["point"] = new JsonObject { ["latitude"] = 91, ["longitude"] = 38.49 }; return n; });
        var badPrecision = Evaluate(withdrawal, n => { n["when"]!["precision"] = "fortnight"; return n; });

        Assert.False(badWeapon.IsValid);
        Assert.False(badLatitude.IsValid);
        Assert.False(badPrecision.IsValid);
    }

    [Fact]
    public void A_negative_estimate_is_rejected()
    {
        var strike = SeedArticle.Build().Single(e => e.Id == SeedArticle.SaturdayMissileStrike);

        var results = Evaluate(strike, n => { n["munitions"] = new JsonObject { ["kind"] = "exact", ["value"] = -48 }; return n; });

        Assert.False(results.IsValid);
    }
}
