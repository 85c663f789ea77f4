namespace ConflictModel.Generators.Tests;

/// <summary>Schemas the tests feed to the generator.</summary>
internal static class Schemas
{
    /// <summary>The schema sketch of the design document, verbatim.</summary>
    public const string Sketch = """
        {
          "event": "Strike",
          "type": "strike",
          "version": 1,
          "doc": "A remote attack: missile, rocket, artillery, air or drone strike.",
          "maps": { "plover": "ASSAULT", "cameo": ["194", "195"], "acled": ["Explosions/Remote violence"] },
          "fields": {
            "attacker":  { "type": "Actor",        "required": true, "doc": "Who carried it out." },
            "weapons":   { "type": "WeaponKind[]", "doc": "What was used." },
            "munitions": { "type": "Estimate",     "doc": "How many, e.g. 48 cruise missiles." },
            "targets":   { "type": "Target[]" },
            "harm":      { "type": "Casualties" }
          },
          "enums":   { "WeaponKind": ["cruise-missile", "ballistic-missile", "rocket", "artillery", "air-strike", "drone", "other"] },
          "records": { "Target": { "fields": { "kind": { "type": "TargetKind" }, "name": { "type": "string" }, "place": { "type": "Place" } } } }
        }
        """;

    /// <summary>A small valid schema with constraints, versions and a shared enum.</summary>
    public const string Checkpoint = """
        {
          "event": "Checkpoint",
          "type": "checkpoint",
          "version": 2,
          "doc": "A checkpoint set up on a road.",
          "fields": {
            "operator":  { "type": "Actor", "required": true, "doc": "Who runs it." },
            "lanes":     { "type": "int", "min": 1, "max": 8 },
            "road":      { "type": "string", "pattern": "^[A-Z]-?[0-9]+$", "since": 2, "renamedFrom": "highway" },
            "kinds":     { "type": "Barrier[]", "minItems": 1 },
            "opened":    { "type": "date" }
          }
        }
        """;

    /// <summary>A vocabulary file: only an enum for other schemas.</summary>
    public const string Barriers = """
        {
          "enums": { "Barrier": [ { "value": "concrete-block", "doc": "Concrete blocks." }, "sandbags", "vehicle" ] }
        }
        """;
}
