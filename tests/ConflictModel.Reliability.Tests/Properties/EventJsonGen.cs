using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Reliability.Tests.Properties;

/// <summary>One generated event: its kind, the JSON to read (randomly formatted) and the JSON the reader should give back.</summary>
internal sealed record GeneratedEvent(EventKind Kind, string Input, string Expected, Coverage Coverage)
{
    public override string ToString() => $"{Kind.Type}: {Support.Show.Text(Input)}";
}

/// <summary>Which forms of the primitives a generated event holds, so tests can prove the generator reaches them all.</summary>
internal sealed class Coverage
{
    public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);

    public void Add(string form) => Forms.Add(form);
}

/// <summary>
/// Generates random valid events of any registered kind from the kind's own JSON Schema (<see cref="EventKind.JsonSchema"/>):
/// every property the schema declares, the envelope included, with values that satisfy its constraints, and the
/// primitives (<see cref="EventTime"/>, <see cref="Estimate"/>, <see cref="GeoPoint"/>, country codes) in all their forms.
/// A schema shape the generator does not understand throws, so a new kind cannot silently go untested.
/// </summary>
internal sealed class EventJsonGen
{
    private static readonly ConcurrentDictionary<string, EventJsonGen> ByType = new(StringComparer.Ordinal);

    private readonly EventKind _kind;
    private readonly JsonElement _root;
    private readonly JsonElement _defs;

    private EventJsonGen(EventKind kind)
    {
        _kind = kind;
        _root = JsonDocument.Parse(kind.JsonSchema).RootElement.Clone();
        _defs = _root.GetProperty("$defs");
    }

    public static EventJsonGen For(EventKind kind) => ByType.GetOrAdd(kind.Type, _ => new EventJsonGen(kind));

    /// <summary>A CsCheck generator of events of any registered kind.</summary>
    public static Gen<GeneratedEvent> AnyKind(bool multiLine = true) => new FuncGen<GeneratedEvent>(pcg => Any(pcg, multiLine));

    /// <summary>An event of a random registered kind.</summary>
    public static GeneratedEvent Any(PCG pcg, bool multiLine = true)
    {
        var kinds = EventCatalog.Kinds;
        return For(kinds[(int)pcg.Next((uint)kinds.Count)]).Generate(pcg, multiLine);
    }

    /// <summary>A CsCheck generator of events of one kind.</summary>
    public Gen<GeneratedEvent> Gen(bool multiLine = true) => new FuncGen<GeneratedEvent>(pcg => Generate(pcg, multiLine));

    public GeneratedEvent Generate(PCG pcg, bool multiLine)
    {
        var coverage = new Coverage();
        var context = new Context(pcg, coverage);
        var root = EventObject(context);
        return new GeneratedEvent(_kind, JsonRender.Input(root, pcg, multiLine), JsonRender.Expected(root), coverage);
    }

    internal sealed record Context(PCG Pcg, Coverage Coverage)
    {
        public bool Chance(uint oneIn) => Pcg.Next(oneIn) == 0;

        public int Int(int min, int max) => min + (int)Pcg.Next((uint)(max - min + 1));
    }

    private JObject EventObject(Context c)
    {
        var required = RequiredOf(_root);
        var properties = new List<(string, JNode)>();
        var id = "ev-" + Text(c, 1, 12, nonBlank: true);
        foreach (var property in _root.GetProperty("properties").EnumerateObject())
        {
            var name = property.Name;
            switch (name)
            {
                case "type":
                    properties.Add((name, new JString(property.Value.GetProperty("const").GetString()!)));
                    continue;
                case "id":
                    properties.Add((name, new JString(id)));
                    continue;
                case "schemaVersion":
                    // Absent, the current version is assumed; the writer always writes it.
                    var version = new JRaw(_kind.Version.ToString(CultureInfo.InvariantCulture));
                    properties.Add((name, c.Chance(4) ? new JAlt(null, version) : version));
                    continue;
                case "about":
                    if (c.Chance(2))
                    {
                        var items = Enumerable.Range(0, c.Int(0, 3)).Select(_ => (JNode)new JString("ref-" + Text(c, 1, 10, nonBlank: true))).ToList();
                        properties.Add((name, items.Count == 0 ? new JAlt(new JArray(items), null) : new JArray(items)));
                        c.Coverage.Add(items.Count == 0 ? "list:empty" : "list:non-empty");
                    }

                    continue;
            }

            var isRequired = required.Contains(name);
            if (!isRequired && !c.Chance(2))
            {
                if (c.Chance(12))
                {
                    // An explicit null reads as absent.
                    properties.Add((name, new JAlt(new JRaw("null"), null)));
                    c.Coverage.Add("null-property");
                }

                continue;
            }

            properties.Add((name, Value(c, property.Value, "$." + name, isRequired, depth: 0)));
        }

        if (c.Chance(6))
        {
            // Properties this version does not know are kept verbatim and written back.
            var count = c.Int(1, 3);
            for (var i = 0; i < count; i++)
            {
                properties.Add(("x-" + i.ToString(CultureInfo.InvariantCulture) + Text(c, 0, 6, nonBlank: false), AnyJson(c, 0)));
            }

            c.Coverage.Add("unknown-field");
        }

        return new JObject(properties);
    }

    private JNode Value(Context c, JsonElement schema, string path, bool required, int depth)
    {
        if (depth > 12)
        {
            throw new InvalidOperationException($"{path}: the schema nests deeper than the generator expects");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            var def = _defs.GetProperty(name);
            return name switch
            {
                "ConflictModel.EventTime" => EventTime(c, def),
                "ConflictModel.Estimate" => Estimate(c, def),
                "ConflictModel.GeoPoint" => Point(c),
                "ConflictModel.CountryCode" => Country(c),
                _ => Value(c, def, path, required, depth + 1),
            };
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return new JString(constant.GetString()!);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var all = values.EnumerateArray().Select(v => v.GetString()!).ToArray();
            return new JString(all[c.Pcg.Next((uint)all.Length)]);
        }

        var type = schema.GetProperty("type").GetString();
        switch (type)
        {
            case "object":
                return Object(c, schema, path, depth);
            case "array":
                var min = schema.TryGetProperty("minItems", out var m) ? m.GetInt32() : 0;
                if (required)
                {
                    min = Math.Max(min, 1);
                }

                var count = c.Chance(3) ? min : c.Int(min, min + 3);
                var items = new List<JNode>();
                for (var i = 0; i < count; i++)
                {
                    items.Add(Value(c, schema.GetProperty("items"), $"{path}[{i}]", required: true, depth + 1));
                }

                c.Coverage.Add(items.Count == 0 ? "list:empty" : "list:non-empty");
                // An empty list reads as no list: the writer leaves it out.
                return items.Count == 0 ? new JAlt(new JArray(items), null) : new JArray(items);
            case "string":
                return String(c, schema);
            case "boolean":
                return new JRaw(c.Chance(2) ? "true" : "false");
            case "integer":
                var low = schema.TryGetProperty("minimum", out var lo) ? lo.GetInt64() : -1000;
                var high = schema.TryGetProperty("maximum", out var hi) ? hi.GetInt64() : 1000;
                return new JRaw((low + (long)c.Pcg.Next64((ulong)(high - low + 1))).ToString(CultureInfo.InvariantCulture));
            default:
                throw new InvalidOperationException($"{path}: schema type '{type}' is not one the generator knows: {schema.GetRawText()}");
        }
    }

    private JNode Object(Context c, JsonElement schema, string path, int depth)
    {
        if (!schema.TryGetProperty("properties", out var declared))
        {
            // A map of strings, e.g. Origin.fields: distinct keys, any text.
            if (schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                var map = new List<(string, JNode)>();
                var count = c.Int(0, 4);
                for (var i = 0; i < count; i++)
                {
                    map.Add((i.ToString(CultureInfo.InvariantCulture) + Text(c, 0, 8, nonBlank: false), Value(c, values, path + "[*]", required: true, depth + 1)));
                }

                // An empty map reads as no map: the writer leaves it out.
                return map.Count == 0 ? new JAlt(new JObject(map), null) : new JObject(map);
            }

            throw new InvalidOperationException($"{path}: an object schema without properties: {schema.GetRawText()}");
        }

        var required = RequiredOf(schema);
        var properties = new List<(string, JNode)>();
        foreach (var property in declared.EnumerateObject())
        {
            var isRequired = required.Contains(property.Name);
            if (!isRequired && c.Chance(2))
            {
                // The writer always writes a place's precision; absent, it reads as locality.
                if (IsPlace(schema) && property.Name == "precision")
                {
                    properties.Add((property.Name, new JAlt(null, new JString("locality"))));
                }

                if (IsPlace(schema) && property.Name == "point")
                {
                    c.Coverage.Add("place:without-point");
                }

                continue;
            }

            if (IsPlace(schema) && property.Name == "point")
            {
                c.Coverage.Add("place:with-point");
            }

            properties.Add((property.Name, Value(c, property.Value, path + "." + property.Name, isRequired, depth + 1)));
        }

        return new JObject(properties);
    }

    private static bool IsPlace(JsonElement schema) =>
        schema.TryGetProperty("properties", out var p) && p.TryGetProperty("admin1", out _) && p.TryGetProperty("point", out _);

    private static JString String(Context c, JsonElement schema)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        switch (format)
        {
            case "date":
                return new JString(LocalDatePattern.Iso.Format(Date(c)));
            case "date-time":
                return new JString(InstantPattern.ExtendedIso.Format(Instant(c)));
            case "uri":
                return new JString($"https://{Letters(c, 1, 10)}.example/{Letters(c, 0, 10)}");
            case null:
                break;
            default:
                throw new InvalidOperationException("string format '" + format + "' is not one the generator knows");
        }

        var minLength = schema.TryGetProperty("minLength", out var ml) ? ml.GetInt32() : 0;
        var pattern = schema.TryGetProperty("pattern", out var p) ? p.GetString() : null;
        if (pattern is not null and not "\\S")
        {
            throw new InvalidOperationException("string pattern '" + pattern + "' is not one the generator knows");
        }

        return new JString(Text(c, minLength, 24, nonBlank: pattern is not null || minLength > 0));
    }

    private static JObject EventTime(Context c, JsonElement def)
    {
        var precisions = Enum(def, "precision");
        var parts = Enum(def, "partOfDay");
        var precision = precisions[c.Pcg.Next((uint)precisions.Length)];
        c.Coverage.Add("time:" + precision);
        var properties = new List<(string, JNode)> { ("precision", new JString(precision)) };
        if (precision == "exact")
        {
            properties.Add(("instant", new JString(InstantPattern.ExtendedIso.Format(Instant(c)))));
        }
        else
        {
            var date = Date(c);
            var (start, end) = precision switch
            {
                "day" => (date, date),
                "week" => (date.PlusDays(-(int)date.DayOfWeek + 1), date.PlusDays(-(int)date.DayOfWeek + 7)),
                "month" => (new LocalDate(date.Year, date.Month, 1), new LocalDate(date.Year, date.Month, 1).PlusMonths(1).PlusDays(-1)),
                "year" => (new LocalDate(date.Year, 1, 1), new LocalDate(date.Year, 12, 31)),
                _ => throw new InvalidOperationException("precision '" + precision + "' is not one the generator knows"),
            };
            var form = c.Int(0, 2);
            c.Coverage.Add("time:" + precision + (form switch { 0 => ":date", 1 => ":range", _ => ":date+range" }));
            if (form != 1)
            {
                properties.Add(("date", new JString(LocalDatePattern.Iso.Format(start))));
            }

            if (form == 1)
            {
                var first = Date(c);
                properties.Add(("range", Range(first, first.PlusDays(c.Int(0, 60)))));
            }
            else if (form == 2)
            {
                // Overlapping the span the date implies: it starts before the span's first day and ends within or after it.
                var first = start.PlusDays(-c.Int(0, 10));
                properties.Add(("range", Range(first, start.PlusDays(c.Int(0, 40)))));
            }

            _ = end;
        }

        if (precision is "exact" or "day" && c.Chance(2))
        {
            properties.Add(("partOfDay", new JString(parts[c.Pcg.Next((uint)parts.Length)])));
            c.Coverage.Add("time:part-of-day");
        }

        if (c.Chance(2))
        {
            properties.Add(("phrase", new JString(Text(c, 1, 30, nonBlank: true))));
        }

        return new JObject(properties);
    }

    private static JObject Range(LocalDate start, LocalDate end) =>
        new([("start", new JString(LocalDatePattern.Iso.Format(start))), ("end", new JString(LocalDatePattern.Iso.Format(end)))]);

    private static JNode Estimate(Context c, JsonElement def)
    {
        var kinds = Enum(def, "kind");
        var words = Enum(def, "quantifier");
        var kind = kinds[c.Pcg.Next((uint)kinds.Length)];
        c.Coverage.Add("estimate:" + kind);
        switch (kind)
        {
            case "range":
                var a = Count(c);
                var b = Count(c);
                return new JObject([("kind", new JString(kind)), ("low", Number(Math.Min(a, b))), ("high", Number(Math.Max(a, b)))]);
            case "qualifier":
                return new JObject([("kind", new JString(kind)), ("quantifier", new JString(words[c.Pcg.Next((uint)words.Length)]))]);
            case "exact" or "at-least" or "at-most" or "approximate":
                var value = Count(c);
                var full = new JObject([("kind", new JString(kind)), ("value", Number(value))]);
                if (kind == "exact" && c.Chance(3))
                {
                    // A bare integer is shorthand for an exact count.
                    c.Coverage.Add("estimate:shorthand");
                    return new JAlt(Number(value), full);
                }

                return full;
            default:
                throw new InvalidOperationException("estimate kind '" + kind + "' is not one the generator knows");
        }
    }

    private static JObject Point(Context c)
    {
        return new JObject([("latitude", Degrees(c, 90)), ("longitude", Degrees(c, 180))]);
    }

    private static JNode Degrees(Context c, int limit)
    {
        double value = c.Int(0, 9) switch
        {
            0 => limit,
            1 => -limit,
            2 => 0,
            3 => Math.Round(((c.Pcg.Next64() / (double)ulong.MaxValue) * 2 - 1) * limit, 4),
            _ => ((c.Pcg.Next64() / (double)ulong.MaxValue) * 2 - 1) * limit,
        };
        var canonical = value.ToString("R", CultureInfo.InvariantCulture);
        // The same number written another way reads the same.
        var input = c.Int(0, 5) switch
        {
            0 => value.ToString("E10", CultureInfo.InvariantCulture),
            1 => canonical.Contains('.', StringComparison.Ordinal) ? canonical + "000" : canonical + ".0",
            _ => canonical,
        };
        if (double.Parse(input, CultureInfo.InvariantCulture) != value)
        {
            input = canonical;
        }

        return input == canonical ? new JRaw(canonical) : new JAlt(new JRaw(input), new JRaw(canonical));
    }

    private static JNode Country(Context c)
    {
        var code = string.Concat((char)('A' + c.Pcg.Next(26)), (char)('A' + c.Pcg.Next(26)));
        // Reading accepts lower case and normalises it.
        return c.Chance(5) ? new JAlt(new JString(code.ToLowerInvariant()), new JString(code)) : new JString(code);
    }

    private static JRaw Number(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    private static long Count(Context c) => c.Int(0, 6) switch
    {
        0 => 0,
        1 => long.MaxValue,
        2 => (long)(c.Pcg.Next64() >> 1),
        _ => c.Int(0, 5000),
    };

    private static LocalDate Date(Context c)
    {
        var year = c.Chance(20) ? c.Int(-9000, 0) : c.Chance(10) ? c.Int(1, 9990) : c.Int(1990, 2030);
        return new LocalDate(year, 1, 1).PlusDays(c.Int(0, 364));
    }

    private static Instant Instant(Context c)
    {
        var date = Date(c);
        var seconds = (long)date.AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds() + c.Int(0, 86_399);
        var nanos = c.Int(0, 3) switch
        {
            0 => c.Int(0, 999_999_999),
            1 => c.Int(0, 999) * 1_000_000,
            _ => 0,
        };
        return NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos);
    }

    /// <summary>Any JSON value, for properties this version does not know.</summary>
    private static JNode AnyJson(Context c, int depth)
    {
        switch (c.Int(0, depth > 3 ? 3 : 6))
        {
            case 0: return new JRaw(c.Int(-1_000_000, 1_000_000).ToString(CultureInfo.InvariantCulture));
            case 1: return new JString(Text(c, 0, 12, nonBlank: false));
            case 2: return new JRaw(c.Chance(3) ? "null" : c.Chance(2) ? "true" : "false");
            case 3: return new JRaw("1.5e-7");
            case 4:
            case 5:
                return new JArray(Enumerable.Range(0, c.Int(0, 3)).Select(_ => AnyJson(c, depth + 1)).ToList());
            default:
                return new JObject(Enumerable.Range(0, c.Int(0, 3)).Select(i => ("k" + i.ToString(CultureInfo.InvariantCulture), AnyJson(c, depth + 1))).ToList());
        }
    }

    private static string[] Enum(JsonElement def, string property) =>
        def.GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();

    private static HashSet<string> RequiredOf(JsonElement schema) =>
        schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal) : [];

    private static string Letters(Context c, int min, int max)
    {
        var length = c.Int(min, max);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)('a' + c.Pcg.Next(26)));
        }

        return builder.ToString();
    }

    // Characters of every class a string can hold: ASCII, JSON's specials, controls, other scripts, astral pairs, separators.
    private static readonly string[] Pools =
    [
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     ",
        "\"\\/'<>&+-_.,;:!?()[]{}#@%*=|~`^$",
        "\u0000\u0001\u0007\b\t\n\u000B\f\r\u001B\u001F\u007F",
        "éèçñßøåüÄÖÜ€£¥©°±µ¶",
        "ДонецькЛуганськСєвєродонецькМаріуполь",
        "حلبدمشقשלוםעברית",
        "北京東京서울キエフ",
        "\u00A0\u2028\u2029\u200B\u200D\uFEFF\uFFFD\u0301",
    ];

    private static readonly string[] Astral = ["😀", "🇺🇦", "𝄞", "𐍈", "👩‍👩‍👧"];

    /// <summary>Random text, sometimes long; non-blank text starts with a letter.</summary>
    public static string Text(Context c, int minLength, int maxLength, bool nonBlank)
    {
        var length = c.Chance(30) ? c.Int(minLength, 300) : c.Int(minLength, Math.Max(minLength, maxLength));
        var builder = new StringBuilder();
        if (nonBlank)
        {
            builder.Append((char)('A' + c.Pcg.Next(26)));
        }

        while (builder.Length < length)
        {
            var pick = c.Int(0, 19);
            if (pick < 10)
            {
                builder.Append(Pools[0][c.Int(0, Pools[0].Length - 1)]);
            }
            else if (pick == 19)
            {
                builder.Append(Astral[c.Int(0, Astral.Length - 1)]);
            }
            else
            {
                var pool = Pools[1 + ((pick - 10) % (Pools.Length - 1))];
                builder.Append(pool[c.Int(0, pool.Length - 1)]);
            }
        }

        c.Coverage.Add(builder.ToString().Any(ch => ch > 0x7F) ? "string:non-ascii" : "string:ascii");
        return builder.ToString();
    }
}

/// <summary>A CsCheck generator from a function of the random source (no shrinking: inputs are reported whole).</summary>
internal sealed class FuncGen<T>(Func<PCG, T> generate) : Gen<T>
{
    public override T Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        return generate(pcg);
    }
}
