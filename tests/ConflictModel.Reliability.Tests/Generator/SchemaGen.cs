using System.Globalization;
using ConflictModel.Reliability.Tests.Properties;
using ConflictModel.Reliability.Tests.Support;
using CsCheck;

namespace ConflictModel.Reliability.Tests.Generator;

/// <summary>
/// Schema files for the generator campaigns: built-in and sample schemas (and lock files) damaged by the mutator, and
/// random schemas written from the schema grammar with values drawn from pools of valid, borderline and hostile ones.
/// </summary>
internal static class SchemaGen
{
    /// <summary>What one generator run reads: the damaged or random file, and good files beside it.</summary>
    /// <remarks><see cref="Compile"/>: also compile the output when the generator reports no error (slow, so only some inputs).</remarks>
    public sealed record SchemaInput(string Path, string Text, (string Path, string Text)[] Beside, string How, bool Compile = false)
    {
        public override string ToString() =>
            $"{How}: {Path} beside [{string.Join(", ", Beside.Select(b => b.Path))}]:\n{Show.Text(Text, 8000)}";
    }

    // The built-in schemas declare ConflictModel.Events types, which the referenced runtime library already has (CM0027).
    // The campaign moves them to a namespace of the same length, so their damaged copies (and common.event.json beside
    // others) still generate and compile, and each input number still draws the same damage at the same places.
    private static readonly (string Name, string Json)[] BuiltIns = [.. Repo.SchemaFiles.Select(f => (f.Name, Relocate(f.Json)))];

    private static readonly (string Name, string Json)[] Bases = [.. BuiltIns, .. SchemaSamples.Extra];

    private static readonly (string Name, string Json)[] Locks =
        Directory.GetFiles(Path.Combine(Repo.Root, "src", "ConflictModel", "Schemas"), "*.event.lock.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();

    private static readonly string Common = BuiltIns.Single(f => f.Name == "common.event.json").Json;

    private static readonly byte[][] Donors = [.. Bases.Select(b => Utf8.Bytes(b.Json))];

    public static SchemaInput Generate(PCG pcg, uint compileOneIn) =>
        Draw(pcg) with { Compile = compileOneIn > 0 && pcg.Next(compileOneIn) == 0 };

    private static SchemaInput Draw(PCG pcg)
    {
        switch (pcg.Next(10))
        {
            case 0:
            case 1:
            case 2:
            {
                var (name, json) = Bases[pcg.Next((uint)Bases.Length)];
                var text = Mutate(json, pcg);
                return new SchemaInput("/s/" + name, text, WithCommon(name, pcg), "mutated " + name);
            }

            case 3:
            {
                // A damaged lock file beside its own, good schema.
                var (lockName, lockJson) = Locks[pcg.Next((uint)Locks.Length)];
                var schemaName = lockName.Replace(".event.lock.json", ".event.json", StringComparison.Ordinal);
                var schema = Bases.Single(b => b.Name == schemaName).Json;
                return new SchemaInput("/s/" + lockName, Mutate(lockJson, pcg), [("/s/" + schemaName, schema), ("/s/common.event.json", Common)], "mutated " + lockName);
            }

            case 4:
            {
                var text = JsonRender.Input(RandomSchema(pcg, clean: pcg.Next(2) == 0), pcg, multiLine: true);
                return new SchemaInput("/s/random.event.json", Mutate(text, pcg), pcg.Next(2) == 0 ? [("/s/common.event.json", Common)] : [], "mutated random schema");
            }

            case 5:
            case 6:
            {
                var text = JsonRender.Input(RandomSchema(pcg, clean: true), pcg, multiLine: true);
                return new SchemaInput("/s/clean.event.json", text, pcg.Next(3) == 0 ? [("/s/common.event.json", Common)] : [], "random clean schema");
            }

            default:
            {
                var text = JsonRender.Input(RandomSchema(pcg, clean: false), pcg, multiLine: true);
                return new SchemaInput("/s/random.event.json", text, pcg.Next(3) == 0 ? [("/s/common.event.json", Common)] : [], "random schema");
            }
        }
    }

    private static string Relocate(string json)
    {
        const string From = "\"namespace\": \"ConflictModel.Events\"";
        return json.Contains(From, StringComparison.Ordinal)
            ? json.Replace(From, "\"namespace\": \"Fuzzing.Model.Events\"", StringComparison.Ordinal)
            : throw new InvalidOperationException("a built-in schema without " + From + "; update SchemaGen.Relocate");
    }

    private static (string, string)[] WithCommon(string name, PCG pcg) =>
        name != "common.event.json" && pcg.Next(2) == 0 ? [("/s/common.event.json", Common)] : [];

    private static string Mutate(string json, PCG pcg)
    {
        var bytes = Mutator.Mutate(Utf8.Bytes(json), pcg, Donors);
        // Additional files are text: invalid UTF-8 arrives as replacement characters, as the compiler would read it.
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static readonly string[] TypeNames =
    [
        "ZEnum", "ZRecord", "ZOther", "string", "int", "long", "decimal", "bool", "date", "instant", "uri",
        "Actor", "Place", "GeoPoint", "CountryCode", "EventTime", "Estimate", "SourceRef", "Verification",
        "WeaponKind", "Casualties", "Target", "Undeclared", "int[][]", "int?", "Map<string,int>", "", " ", "string []",
        "System.String", "global::System.Int32", "object", "dynamic", "ConflictEvent", "List<int>", "Zenum",
    ];

    private static readonly string[] Identifiers =
    [
        "ZEnum", "ZRecord", "ZOther", "Alpha", "beta", "_under", "Ünïcode", "Ω", "class", "@class", "1abc", "a b", "a-b", "a.b", "",
        "ConflictEvent", "Actor", "Strike", "Validate", "EventKind", "UnknownFields", "Type", "Id", "Equals", "GetHashCode", "ToString",
        "System", "global", "Consumer", new string('L', 600), "x\u0000y", "a\"b", "a\\b", "a/*b*/",
    ];

    private static readonly string[] FieldNames =
    [
        "alpha", "beta", "count", "kind", "name", "id", "type", "when", "where", "sources", "about", "notes", "origin", "verification",
        "schemaVersion", "unknownFields", "eventKind", "class", "Type", "Validate", "equals", "a-b", "a b", "_", "", "Ä", "1st",
        "value", "items", "x" + new string('y', 300), "a\"b", "$type",
    ];

    private static readonly string[] CleanTypes =
    [
        "string", "int", "long", "decimal", "bool", "date", "instant", "uri", "Actor", "Place", "GeoPoint", "CountryCode", "EventTime",
        "Estimate", "SourceRef", "Verification",
    ];

    private static readonly string[] CleanIdentifiers = ["Alpha", "Beta", "Gamma", "Delta", "Ünïcode", "Ω", "Sierra", "Tango"];

    private static readonly string[] CleanFieldNames =
    [
        "alpha", "beta", "count", "kind", "name", "value", "items", "label", "total", "ratio", "place", "time", "Ä", "ünïcode", "snake_case", "kebab-case", "x1",
    ];

    private static readonly string[] Patterns = ["^[a-z]+$", "\\S", "[", "(a+)+$", "^(?<x>a)\\k<x>$", "", "\\", "(?i)x", "\\p{L}+", "a{2,1}"];

    /// <summary>A random schema; a clean one uses only valid names, types and constraints, so it should generate code that compiles.</summary>
    private static JObject RandomSchema(PCG pcg, bool clean)
    {
        var properties = new List<(string, JNode)>();
        var enumNames = new List<string>();
        var recordNames = new List<string>();
        if (clean)
        {
            properties.Add(("event", Str(Pick(pcg, CleanIdentifiers) + "Event")));
            properties.Add(("type", Str("clean-" + pcg.Next(1000).ToString(CultureInfo.InvariantCulture))));
            properties.Add(("version", new JRaw((1 + pcg.Next(3)).ToString(CultureInfo.InvariantCulture))));
            if (pcg.Next(2) == 0)
            {
                properties.Add(("namespace", Str(Pick(pcg, ["Clean.Events", "Ä.Ö", "Deep.Name.Space"]))));
            }

            var enums = new List<(string, JNode)>();
            for (var i = 0; i < (int)pcg.Next(3); i++)
            {
                var name = Pick(pcg, CleanIdentifiers) + "Kind" + i.ToString(CultureInfo.InvariantCulture);
                enumNames.Add(name);
                var values = Enumerable.Range(0, 1 + (int)pcg.Next(5)).Select(v => (JNode)Str(Pick(pcg, ["north", "south", "a-b", "x1", "ünï", "class", "value"]) + "-" + v.ToString(CultureInfo.InvariantCulture))).ToList();
                enums.Add((name, new JArray(values)));
            }

            var records = new List<(string, JNode)>();
            for (var i = 0; i < (int)pcg.Next(3); i++)
            {
                var name = Pick(pcg, CleanIdentifiers) + "Part" + i.ToString(CultureInfo.InvariantCulture);
                recordNames.Add(name);
            }

            foreach (var name in recordNames)
            {
                records.Add((name, new JObject([("doc", Str("A part.")), ("fields", CleanFields(pcg, enumNames, recordNames, version: 1))])));
            }

            properties.Add(("enums", new JObject(enums)));
            properties.Add(("records", new JObject(records)));
            properties.Add(("fields", CleanFields(pcg, enumNames, recordNames, version: 1)));
            return new JObject(properties);
        }

        if (pcg.Next(4) != 0)
        {
            properties.Add(("event", Str(Pick(pcg, Identifiers))));
            properties.Add(("type", Str(pcg.Next(3) == 0 ? Pick(pcg, ["", "UPPER", "a b", "strike", "x-" + new string('y', 300), "ok-type", "a--b", "-a"]) : "random-" + pcg.Next(1000).ToString(CultureInfo.InvariantCulture))));
        }

        if (pcg.Next(2) == 0)
        {
            properties.Add(("version", Num(pcg, ["1", "2", "3", "0", "-1", "1.5", "2147483648", "\"1\"", "null"])));
        }

        if (pcg.Next(3) == 0)
        {
            properties.Add(("namespace", Str(Pick(pcg, ["Consumer.Events", "", "A..B", "global", "System", "1x", "ConflictModel", "Ns.class", "Ä.Ö"]))));
        }

        if (pcg.Next(3) == 0)
        {
            properties.Add(("doc", pcg.Next(4) == 0 ? new JRaw("42") : Str("Doc with */ and <tags> & \"quotes\" \n new line")));
        }

        if (pcg.Next(4) == 0)
        {
            properties.Add(("maps", new JObject([("plover", Str("ASSAULT")), ("cameo", new JArray([Str("190"), new JRaw("5")]))])));
        }

        if (pcg.Next(2) == 0)
        {
            var enums = new List<(string, JNode)>();
            var count = (int)pcg.Next(3);
            for (var i = 0; i < count; i++)
            {
                var name = pcg.Next(3) == 0 ? Pick(pcg, Identifiers) : "ZEnum" + (i == 0 ? string.Empty : i.ToString(CultureInfo.InvariantCulture));
                enumNames.Add(name);
                var values = Enumerable.Range(0, (int)pcg.Next(5)).Select(_ => pcg.Next(5) switch
                {
                    0 => new JObject([("value", Str(EnumValue(pcg))), ("doc", Str("d"))]),
                    1 => (JNode)new JRaw(pcg.Next(2) == 0 ? "3" : "null"),
                    _ => Str(EnumValue(pcg)),
                }).ToList();
                enums.Add((name, pcg.Next(3) == 0 ? new JObject([("doc", Str("e")), ("values", new JArray(values))]) : new JArray(values)));
            }

            properties.Add(("enums", new JObject(enums)));
        }

        if (pcg.Next(2) == 0)
        {
            var records = new List<(string, JNode)>();
            var count = (int)pcg.Next(3);
            for (var i = 0; i < count; i++)
            {
                var name = pcg.Next(3) == 0 ? Pick(pcg, Identifiers) : "ZRecord" + (i == 0 ? string.Empty : i.ToString(CultureInfo.InvariantCulture));
                recordNames.Add(name);
                records.Add((name, new JObject([("fields", Fields(pcg, enumNames, recordNames))])));
            }

            properties.Add(("records", new JObject(records)));
        }

        if (pcg.Next(5) != 0)
        {
            properties.Add(("fields", Fields(pcg, enumNames, recordNames)));
        }

        if (pcg.Next(8) == 0)
        {
            properties.Add(("unexpected", new JRaw("true")));
        }

        return new JObject(properties);
    }

    private static JObject Fields(PCG pcg, List<string> enums, List<string> records)
    {
        var fields = new List<(string, JNode)>();
        var count = (int)pcg.Next(6);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = pcg.Next(3) == 0 ? Pick(pcg, FieldNames) : "field" + i.ToString(CultureInfo.InvariantCulture);
            if (!used.Add(name) && pcg.Next(2) == 0)
            {
                continue;
            }

            var type = pcg.Next(3) switch
            {
                0 when enums.Count > 0 => Pick(pcg, enums),
                1 when records.Count > 0 => Pick(pcg, records),
                _ => Pick(pcg, TypeNames),
            };
            if (pcg.Next(4) == 0)
            {
                type += "[]";
            }

            var field = new List<(string, JNode)> { ("type", pcg.Next(20) == 0 ? new JRaw("7") : Str(type)) };
            if (pcg.Next(3) == 0)
            {
                field.Add(("required", pcg.Next(6) == 0 ? Str("yes") : new JRaw(pcg.Next(2) == 0 ? "true" : "false")));
            }

            if (pcg.Next(4) == 0)
            {
                field.Add(("doc", Str("A field </summary> <b> & */")));
            }

            if (pcg.Next(5) == 0)
            {
                field.Add(("min", Num(pcg, ["0", "1", "-5", "1.5", "1e400", "\"a\"", "9223372036854775807", "10"])));
            }

            if (pcg.Next(5) == 0)
            {
                field.Add(("max", Num(pcg, ["0", "5", "-1", "1e30", "100", "null"])));
            }

            if (pcg.Next(6) == 0)
            {
                field.Add(("pattern", Str(Pick(pcg, Patterns))));
            }

            if (pcg.Next(6) == 0)
            {
                field.Add((Pick(pcg, ["minItems", "maxItems", "minLength", "maxLength"]), Num(pcg, ["0", "1", "3", "-1", "2.5", "99999999999"])));
            }

            if (pcg.Next(6) == 0)
            {
                field.Add(("since", Num(pcg, ["1", "2", "3", "0", "99", "\"2\""])));
            }

            if (pcg.Next(8) == 0)
            {
                field.Add((pcg.Next(2) == 0 ? "renamedFrom" : "aliases", pcg.Next(2) == 0 ? Str(Pick(pcg, FieldNames)) : new JArray([Str(Pick(pcg, FieldNames)), Str(Pick(pcg, FieldNames))])));
            }

            if (pcg.Next(12) == 0)
            {
                field.Add(("bogus", new JRaw("{}")));
            }

            fields.Add((name, pcg.Next(25) == 0 ? Str(type) : new JObject(field)));
        }

        return new JObject(fields);
    }

    private static JObject CleanFields(PCG pcg, List<string> enums, List<string> records, int version)
    {
        var fields = new List<(string, JNode)>();
        var names = CleanFieldNames.OrderBy(_ => pcg.Next()).Take((int)pcg.Next(7)).ToList();
        foreach (var name in names)
        {
            var type = pcg.Next(4) switch
            {
                0 when enums.Count > 0 => Pick(pcg, enums),
                1 when records.Count > 0 => Pick(pcg, records),
                _ => Pick(pcg, CleanTypes),
            };
            var list = pcg.Next(4) == 0;
            var field = new List<(string, JNode)> { ("type", Str(list ? type + "[]" : type)), ("doc", Str("The " + name + " & <more>.")) };
            if (pcg.Next(3) == 0)
            {
                field.Add(("required", new JRaw("true")));
            }

            if (list && pcg.Next(2) == 0)
            {
                field.Add(("minItems", new JRaw(pcg.Next(3).ToString(CultureInfo.InvariantCulture))));
            }

            if (!list && type is "int" or "long" or "decimal" && pcg.Next(2) == 0)
            {
                field.Add(("min", new JRaw("0")));
                field.Add(("max", new JRaw("1000")));
            }

            if (!list && type == "string" && pcg.Next(2) == 0)
            {
                field.Add(("pattern", Str("^[a-z]+$")));
                field.Add(("maxLength", new JRaw("20")));
            }

            fields.Add((name, new JObject(field)));
        }

        return new JObject(fields);
    }

    private static string EnumValue(PCG pcg) =>
        pcg.Next(3) == 0 ? Pick(pcg, ["", "a b", "UPPER", "dup", "dup", "class", "1st", "ä", "a_b", "a--b", "-x", "null", "x" + new string('z', 200)]) : "v" + pcg.Next(20).ToString(CultureInfo.InvariantCulture);

    private static JString Str(string value) => new(value);

    private static JRaw Num(PCG pcg, string[] pool) => new(Pick(pcg, pool));

    private static string Pick(PCG pcg, IReadOnlyList<string> pool) => pool[(int)pcg.Next((uint)pool.Count)];
}
