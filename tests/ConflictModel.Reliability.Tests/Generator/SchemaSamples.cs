namespace ConflictModel.Reliability.Tests.Generator;

/// <summary>Schemas to mutate beside the built-in ones, and the guard schema that must generate whatever lies beside it.</summary>
internal static class SchemaSamples
{
    public const string GuardPath = "/s/zz-guard-report.event.json";

    /// <summary>Names nothing else uses, so no damaged schema can legitimately clash with it.</summary>
    public const string Guard = """
        {
          "event": "ZzGuardReport",
          "type": "zz-guard-report",
          "version": 2,
          "namespace": "Zz.Guard",
          "doc": "A schema the fuzzer keeps beside every damaged one: it must always generate, and always the same code.",
          "fields": {
            "reporter": { "type": "Actor", "required": true, "doc": "Who reports." },
            "count":    { "type": "Estimate" },
            "mode":     { "type": "ZzGuardMode[]", "minItems": 1 },
            "note":     { "type": "string", "maxLength": 50, "pattern": "^[a-z ]+$" },
            "tally":    { "type": "int", "min": 0, "max": 10, "since": 2, "renamedFrom": "total" },
            "seen":     { "type": "date" },
            "detail":   { "type": "ZzGuardDetail" }
          },
          "enums": { "ZzGuardMode": [ "alpha", { "value": "beta-mode", "doc": "The second." } ] },
          "records": { "ZzGuardDetail": { "fields": { "at": { "type": "Place" }, "when": { "type": "EventTime" }, "link": { "type": "uri" } } } }
        }
        """;

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
            "opened":    { "type": "date" },
            "fee":       { "type": "decimal", "min": 0 },
            "vehicles":  { "type": "long" },
            "since":     { "type": "instant" },
            "site":      { "type": "uri" },
            "at":        { "type": "GeoPoint" },
            "country":   { "type": "CountryCode" },
            "source":    { "type": "SourceRef" },
            "checked":   { "type": "Verification" },
            "open":      { "type": "bool" }
          },
          "enums": { "Barrier": [ { "value": "concrete-block", "doc": "Concrete blocks." }, "sandbags", "vehicle" ] }
        }
        """;

    public static readonly (string Name, string Json)[] Extra = [("sketch.event.json", Sketch), ("checkpoint.event.json", Checkpoint)];
}
