using System.Text;
using ConflictModel.Reliability.Tests.Support;

namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>
/// Bad (and borderline) inputs for <c>ConflictJson.Deserialize</c>, each with the exact outcome it must have: a
/// <c>ConflictJsonException</c> at a JSON path and line, or a read whose validation problems, kept fields or unknown
/// kind are known. Cases whose outcome today is a bug are not here but in <see cref="KnownBugTests"/>.
/// </summary>
public static class ReaderCorpus
{
    private const string Attacker = """{"name":"Russian forces","kind":"state-forces","country":"RU"}""";
    private const string Id = "s1";

    private static readonly List<CorpusCase> Cases = [];

    static ReaderCorpus()
    {
        Documents();
        TypeDiscriminator();
        Envelope();
        Actors();
        Points();
        Places();
        Times();
        Estimates();
        Sources();
        VerificationAndOrigin();
        KindFields();
        Duplicates();
        Encoding();
        Numbers();
        Nesting();
        Sizes();
        Lines();
        Truncations();
    }

    /// <summary>Every case, those tagged with a bug included.</summary>
    public static IReadOnlyList<CorpusCase> All => Cases;

    /// <summary>The cases the library handles as expected today.</summary>
    public static IEnumerable<CorpusCase> Working => Cases.Where(c => c.Bug is null);

    /// <summary>The cases of one known bug.</summary>
    public static IEnumerable<CorpusCase> OfBug(string bug) => Cases.Where(c => c.Bug == bug);

    public static CorpusCase Get(string name) => Cases.Single(c => c.Name == name);

    /// <summary>The names of all cases, for theories.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Working)
        {
            data.Add(c.Name);
        }

        return data;
    }

    /// <summary>A minimal valid strike with extra members (each a <c>"name":value</c> pair) appended.</summary>
    public static string Strike(params string[] members) =>
        $$"""{"type":"strike","id":"{{Id}}","attacker":{{Attacker}}{{string.Concat(members.Select(m => "," + m))}}}""";

    /// <summary>A strike whose attacker is <paramref name="attacker"/>.</summary>
    public static string StrikeBy(string attacker, params string[] members) =>
        $$"""{"type":"strike","id":"{{Id}}","attacker":{{attacker}}{{string.Concat(members.Select(m => "," + m))}}}""";

    private static string Point(string latitude, string longitude) =>
        "\"where\":{\"name\":\"Sievierodonetsk\",\"point\":{\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}}";

    private static string When(string body) => "\"when\":" + body;

    private static void Add(string name, string json, Outcome expected, string? bug = null) => Add(name, Utf8.Bytes(json), expected, bug);

    private static void Add(string name, byte[] input, Outcome expected, string? bug = null)
    {
        if (Cases.Any(c => c.Name == name))
        {
            throw new InvalidOperationException("duplicate case name " + name);
        }

        Cases.Add(new CorpusCase(name, input, expected, bug));
    }

    private static void Documents()
    {
        Add("document: empty", "", new Fails("$", "does not contain any JSON tokens"));
        Add("document: only blanks", "   \t ", new Fails("$"));
        Add("document: null", "null", new Fails("$", "expected an event object, found null"));
        Add("document: an array", "[]", new Fails("$", "expected an event object, found an array"));
        Add("document: an array of one event", "[" + Strike() + "]", new Fails("$", "expected an event object, found an array"));
        Add("document: a number", "42", new Fails("$", "expected an event object, found a number"));
        Add("document: a string", "\"strike\"", new Fails("$", "expected an event object, found a string"));
        Add("document: true", "true", new Fails("$", "expected an event object"));
        Add("document: an empty object", "{}", new Fails("$", "missing required property 'type'"));
        Add("document: a valid strike (control)", Strike(), Reads.Valid());
        Add("document: trailing blanks and line breaks", Strike() + " \r\n\t\n", Reads.Valid());
        Add("document: leading line breaks", "\n\n" + Strike(), Reads.Valid());
        Add("trailing garbage: a word", Strike() + " x", new Fails("$"));
        Add("trailing garbage: a second event", Strike() + Strike(), new Fails("$"));
        Add("trailing garbage: a second event after a line break", Strike() + "\n" + Strike(), new Fails("$", Line: 2));
        Add("trailing garbage: a comma", Strike() + ",", new Fails("$"));
        Add("trailing garbage: a closing bracket", Strike() + "]", new Fails("$"));
        Add("trailing garbage: a closing brace", Strike() + "}", new Fails("$"));
        Add("trailing garbage: a line comment", Strike() + " // note", new Fails("$"));
        Add("trailing garbage: a block comment", Strike() + " /* note */", new Fails("$"));
        Add("trailing garbage: a NUL byte", Utf8.Raw(Strike(), 0), new Fails("$"));
        Add("comment inside the object", """{"type":"strike",/* c */"id":"s1","attacker":{"name":"x"}}""", new Fails("$.type"));
        Add("single quotes", "{'type':'strike','id':'s1','attacker':{'name':'x'}}", new Fails("$"));
        Add("unquoted property names", "{type:\"strike\"}", new Fails("$"));
        Add("trailing comma in the object", """{"type":"strike","id":"s1","attacker":{"name":"x"},}""", new Fails("$.attacker"));
        Add("trailing comma in a list", Strike("\"weapons\":[\"drone\",]"), new Fails("$.weapons[0]"));
    }

    private static void TypeDiscriminator()
    {
        Add("type: missing", """{"id":"s1","attacker":{"name":"x"}}""", new Fails("$", "missing required property 'type'"));
        Add("type: only inside a nested object", """{"id":"s1","attacker":{"type":"strike","name":"x"}}""", new Fails("$", "missing required property 'type'"));
        Add("type: null", """{"type":null,"id":"s1"}""", new Fails("$.type", "expected the event type as a string, found null"));
        Add("type: a number", """{"type":7,"id":"s1"}""", new Fails("$.type", "found a number"));
        Add("type: an object", """{"type":{"name":"strike"},"id":"s1"}""", new Fails("$.type", "found an object"));
        Add("type: an array", """{"type":["strike"],"id":"s1"}""", new Fails("$.type", "found an array"));
        Add("type: written last", """{"id":"s1","attacker":{"name":"x"},"type":"strike"}""", Reads.Valid());
        Add("type: escaped name and value", """{"typ\u0065":"str\u0069ke","id":"s1","attacker":{"name":"x"}}""", Reads.Valid());
        Add("type: unknown", """{"type":"parade","id":"p1","marchers":5000}""", Reads.AsUnknown("parade", "$.type"));
        Add("type: unknown, without an id", """{"type":"parade"}""", Reads.AsUnknown("parade", "$.type", "$.id"));
        Add("type: unknown, with a non-string id", """{"type":"parade","id":5}""", Reads.AsUnknown("parade", "$.type", "$.id"));
        Add("type: empty", """{"type":"","id":"p1"}""", Reads.AsUnknown("", "$.type"));
        Add("type: a known kind in another case", """{"type":"Strike","id":"s1","attacker":{"name":"x"}}""", Reads.AsUnknown("Strike", "$.type"));
        Add("type: a known kind with a trailing blank", """{"type":"strike ","id":"s1"}""", Reads.AsUnknown("strike ", "$.type"));
        Add("type: the .NET name of a kind", """{"type":"ConflictModel.Events.Strike","id":"s1","attacker":{"name":"x"}}""", Reads.AsUnknown("ConflictModel.Events.Strike", "$.type"));
        Add("type: an assembly-qualified .NET type", """{"type":"System.Diagnostics.Process, System.Diagnostics.Process","id":"x","StartInfo":{"FileName":"sh"}}""", Reads.AsUnknown("System.Diagnostics.Process, System.Diagnostics.Process", "$.type"));
        Add("type: the .NET name of UnknownEvent", """{"type":"ConflictModel.UnknownEvent, ConflictModel","id":"x"}""", Reads.AsUnknown("ConflictModel.UnknownEvent, ConflictModel", "$.type"));
        Add("type: $type beside a valid type is kept", """{"$type":"System.Object","type":"strike","id":"s1","attacker":{"name":"x"}}""", Reads.KeepingUnknown("strike", "$type"));
        Add("type: $type naming a kind, without type", """{"$type":"ConflictModel.Events.Strike, ConflictModel","id":"s1","attacker":{"name":"x"}}""", new Fails("$", "missing required property 'type'"));
        Add("type: $type naming a kind, with an unknown type", """{"$type":"ConflictModel.Events.Strike","type":"parade","id":"p1"}""", Reads.AsUnknown("parade", "$.type"));
        Add("type: $id and $ref metadata are kept", """{"$id":"1","type":"strike","id":"s1","attacker":{"$ref":"2"}}""", new Reads("strike", false, ["$id", "attacker"], ["$.attacker"]));
        Add("type: duplicated in an unknown event is kept as read", """{"type":"parade","id":"p1","type":"strike"}""", Reads.AsUnknown("parade", "$.type"));
    }

    private static void Envelope()
    {
        Add("id: missing", """{"type":"strike","attacker":{"name":"x"}}""", new Fails("$", "missing required property 'id'"));
        Add("id: empty", """{"type":"strike","id":"","attacker":{"name":"x"}}""", new Fails("$.id", "must not be empty"));
        Add("id: blank", """{"type":"strike","id":"   ","attacker":{"name":"x"}}""", Reads.WithProblems("strike", "$.id"));
        Add("id: a number", """{"type":"strike","id":42,"attacker":{"name":"x"}}""", new Fails("$.id", "expected a string, found a number"));
        Add("id: null", """{"type":"strike","id":null,"attacker":{"name":"x"}}""", new Fails("$.id", "expected a string, found null"));
        Add("id: with an escaped NUL", """{"type":"strike","id":"s\u00001","attacker":{"name":"x"}}""", Reads.Valid());
        Add("schemaVersion: 0", Strike("\"schemaVersion\":0"), new Fails("$.schemaVersion", "1 or more"));
        Add("schemaVersion: -1", Strike("\"schemaVersion\":-1"), new Fails("$.schemaVersion", "1 or more"));
        Add("schemaVersion: 1.5", Strike("\"schemaVersion\":1.5"), new Fails("$.schemaVersion", "not a whole number"));
        Add("schemaVersion: 2^31", Strike("\"schemaVersion\":2147483648"), new Fails("$.schemaVersion", "not a whole number"));
        Add("schemaVersion: 1e400", Strike("\"schemaVersion\":1e400"), new Fails("$.schemaVersion", "not a whole number"));
        Add("schemaVersion: a string", Strike("\"schemaVersion\":\"1\""), new Fails("$.schemaVersion", "expected a whole number, found a string"));
        Add("schemaVersion: newer than this version", Strike("\"schemaVersion\":99"), Reads.Valid());
        Add("attacker: missing (a required kind field)", """{"type":"strike","id":"s1"}""", new Fails("$", "missing required property 'attacker'"));
        Add("attacker: null (a required kind field)", """{"type":"strike","id":"s1","attacker":null}""", new Fails("$", "missing required property 'attacker'"));
        Add("sides: missing (a required list)", """{"type":"armed-clash","id":"c1"}""", Reads.WithProblems("armed-clash", "$.sides"));
        Add("sides: empty (minItems 1)", """{"type":"armed-clash","id":"c1","sides":[]}""", Reads.WithProblems("armed-clash", "$.sides"));
        Add("about: a string", Strike("\"about\":\"s2\""), new Fails("$.about", "expected an array of event ids, found a string"));
        Add("about: a number item", Strike("\"about\":[\"s2\",3]"), new Fails("$.about[1]", "expected a string, found a number"));
        Add("about: the event's own id", Strike("\"about\":[\"s1\"]"), Reads.WithProblems("strike", "$.about[0]"));
        Add("about: a blank id", Strike("\"about\":[\"s2\",\" \"]"), Reads.WithProblems("strike", "$.about[1]"));
        Add("notes: a number", Strike("\"notes\":5"), new Fails("$.notes", "expected a string, found a number"));
        Add("notes: null", Strike("\"notes\":null"), Reads.Valid());
        Add("notes: an object", Strike("\"notes\":{\"text\":\"x\"}"), new Fails("$.notes", "found an object"));
        Add("unknown property: kept verbatim", Strike("\"extra\":{\"a\":[1,2,{\"b\":null}]}"), Reads.KeepingUnknown("strike", "extra"));
        Add("unknown property: named like a .NET member", Strike("\"Id\":\"other\",\"EventKind\":null"), Reads.KeepingUnknown("strike", "Id", "EventKind"));
    }

    private static void Actors()
    {
        Add("Actor.name: a number", StrikeBy("""{"name":7}"""), new Fails("$.attacker.name", "expected a string, found a number"));
        Add("Actor.name: null", StrikeBy("""{"name":null}"""), new Fails("$.attacker.name", "found null"));
        Add("Actor.name: blank", StrikeBy("""{"name":"  "}"""), new Fails("$.attacker.name"));
        Add("Actor.name: missing", StrikeBy("""{"kind":"state-forces"}"""), new Fails("$.attacker", "missing required property 'name'"));
        Add("Actor.kind: a number", StrikeBy("""{"name":"x","kind":3}"""), new Fails("$.attacker.kind", "found a number"));
        Add("Actor.kind: unknown value", StrikeBy("""{"name":"x","kind":"alien-forces"}"""), Reads.KeepingNotUnderstood("strike", "attacker"));
        Add("Actor.country: a number", StrikeBy("""{"name":"x","country":804}"""), new Fails("$.attacker.country", "found a number"));
        Add("Actor.country: three letters", StrikeBy("""{"name":"x","country":"UKR"}"""), new Fails("$.attacker.country"));
        Add("Actor.country: a digit", StrikeBy("""{"name":"x","country":"U1"}"""), new Fails("$.attacker.country"));
        Add("Actor.country: non-ASCII letters", StrikeBy("""{"name":"x","country":"ÜA"}"""), new Fails("$.attacker.country"));
        Add("Actor.country: lower case is accepted", StrikeBy("""{"name":"x","country":"ru"}"""), Reads.Valid());
        Add("Actor.affiliation: an array", StrikeBy("""{"name":"x","affiliation":["a"]}"""), new Fails("$.attacker.affiliation", "found an array"));
        Add("Actor.role: true", StrikeBy("""{"name":"x","role":true}"""), new Fails("$.attacker.role", "found a boolean"));
        Add("Actor: unknown property", StrikeBy("""{"name":"x","rank":"general"}"""), Reads.KeepingNotUnderstood("strike", "attacker"));
        Add("Actor: a string", StrikeBy("\"Russian forces\""), new Fails("$.attacker", "expected an object, found a string"));
        Add("Actor: an array", StrikeBy("[" + Attacker + "]"), new Fails("$.attacker", "found an array"));
    }

    private static void Points()
    {
        Add("GeoPoint.latitude: a string", Strike(Point("\"48.9\"", "38.5")), new Fails("$.where.point.latitude", "expected a number, found a string"));
        Add("GeoPoint.latitude: null", Strike(Point("null", "38.5")), new Fails("$.where.point.latitude", "found null"));
        Add("GeoPoint.longitude: a boolean", Strike(Point("48.9", "false")), new Fails("$.where.point.longitude", "found a boolean"));
        Add("GeoPoint.longitude: an object", Strike(Point("48.9", "{}")), new Fails("$.where.point.longitude", "found an object"));
        Add("GeoPoint.latitude: 91", Strike(Point("91", "38.5")), new Fails("$.where.point.latitude", "latitude 91 is outside -90..90"));
        Add("GeoPoint.latitude: -90.0001", Strike(Point("-90.0001", "38.5")), new Fails("$.where.point.latitude", "outside -90..90"));
        Add("GeoPoint.longitude: 180.5", Strike(Point("48.9", "180.5")), new Fails("$.where.point.longitude", "longitude 180.5 is outside -180..180"));
        Add("GeoPoint.longitude: -181", Strike(Point("48.9", "-181")), new Fails("$.where.point.longitude", "outside -180..180"));
        Add("GeoPoint.latitude: 1e400", Strike(Point("1e400", "38.5")), new Fails("$.where.point.latitude", "not a finite number"));
        Add("GeoPoint.longitude: -1e400", Strike(Point("48.9", "-1e400")), new Fails("$.where.point.longitude", "not a finite number"));
        Add("GeoPoint.latitude: NaN literal", Strike(Point("NaN", "38.5")), new Fails("$.where.point.latitude"));
        Add("GeoPoint.latitude: Infinity literal", Strike(Point("Infinity", "38.5")), new Fails("$.where.point.latitude"));
        Add("GeoPoint.longitude: -Infinity literal", Strike(Point("48.9", "-Infinity")), new Fails("$.where.point.longitude"));
        Add("GeoPoint.latitude: \"NaN\" as a string", Strike(Point("\"NaN\"", "38.5")), new Fails("$.where.point.latitude", "expected a number, found a string"));
        Add("GeoPoint.latitude: \"Infinity\" as a string", Strike(Point("\"Infinity\"", "38.5")), new Fails("$.where.point.latitude", "expected a number"));
        Add("GeoPoint: the extreme corners are valid", Strike(Point("-90", "180")), Reads.Valid());
        Add("GeoPoint: an exponent is a number", Strike(Point("4.89482e1", "3.84917E+1")), Reads.Valid());
        Add("GeoPoint.latitude: 1e-400 underflows to zero", Strike(Point("1e-400", "38.5")), Reads.Valid());
        Add("GeoPoint: missing longitude", Strike("\"where\":{\"name\":\"x\",\"point\":{\"latitude\":1}}"), new Fails("$.where.point", "missing required property 'longitude'"));
        Add("GeoPoint: missing latitude", Strike("\"where\":{\"name\":\"x\",\"point\":{\"longitude\":1}}"), new Fails("$.where.point", "missing required property 'latitude'"));
        Add("GeoPoint: an array of two numbers", Strike("\"where\":{\"name\":\"x\",\"point\":[48.9,38.5]}"), new Fails("$.where.point", "expected an object, found an array"));
        Add("GeoPoint: null", Strike("\"where\":{\"name\":\"x\",\"point\":null}"), new Fails("$.where.point", "found null"));
        Add("GeoPoint: unknown property", Strike("\"where\":{\"name\":\"x\",\"point\":{\"latitude\":1,\"longitude\":2,\"altitude\":300}}"), Reads.KeepingNotUnderstood("strike", "where"));
    }

    private static void Places()
    {
        Add("Place.name: a number", Strike("\"where\":{\"name\":12}"), new Fails("$.where.name", "expected a string, found a number"));
        Add("Place.name: blank", Strike("\"where\":{\"name\":\" \\t\"}"), new Fails("$.where.name", "empty or whitespace"));
        Add("Place.name: missing", Strike("\"where\":{\"admin1\":\"Luhansk\"}"), new Fails("$.where", "missing required property 'name'"));
        Add("Place.admin1: a number", Strike("\"where\":{\"name\":\"x\",\"admin1\":1}"), new Fails("$.where.admin1", "found a number"));
        Add("Place.admin2: null", Strike("\"where\":{\"name\":\"x\",\"admin2\":null}"), new Fails("$.where.admin2", "found null"));
        Add("Place.admin3: an array", Strike("\"where\":{\"name\":\"x\",\"admin3\":[]}"), new Fails("$.where.admin3", "found an array"));
        Add("Place.country: a number", Strike("\"where\":{\"name\":\"x\",\"country\":380}"), new Fails("$.where.country", "found a number"));
        Add("Place.precision: a number", Strike("\"where\":{\"name\":\"x\",\"precision\":2}"), new Fails("$.where.precision", "found a number"));
        Add("Place.precision: unknown value", Strike("\"where\":{\"name\":\"x\",\"precision\":\"street\"}"), Reads.KeepingNotUnderstood("strike", "where"));
        Add("Place: a string", Strike("\"where\":\"Sievierodonetsk\""), new Fails("$.where", "expected an object, found a string"));
        Add("Place: an array", Strike("\"where\":[]"), new Fails("$.where", "found an array"));
        Add("Place: null reads as no place", Strike("\"where\":null"), Reads.Valid());
        Add("Place: unknown property", Strike("\"where\":{\"name\":\"x\",\"geonameId\":706483}"), Reads.KeepingNotUnderstood("strike", "where"));
    }

    private static void Times()
    {
        Add("EventTime.precision: a number", Strike(When("{\"precision\":1,\"date\":\"2022-06-24\"}")), new Fails("$.when.precision", "found a number"));
        Add("EventTime.precision: missing", Strike(When("{\"date\":\"2022-06-24\"}")), new Fails("$.when", "missing required property 'precision'"));
        Add("EventTime.precision: unknown value", Strike(When("{\"precision\":\"decade\",\"date\":\"2020-01-01\"}")), Reads.KeepingNotUnderstood("strike", "when"));
        Add("EventTime.date: an object", Strike(When("{\"precision\":\"day\",\"date\":{\"year\":2022}}")), new Fails("$.when.date", "expected a string, found an object"));
        Add("EventTime.date: a number", Strike(When("{\"precision\":\"day\",\"date\":20220624}")), new Fails("$.when.date", "found a number"));
        Add("EventTime.date: 30 February", Strike(When("{\"precision\":\"day\",\"date\":\"2022-02-30\"}")), new Fails("$.when.date", "not a date"));
        Add("EventTime.date: without leading zeros", Strike(When("{\"precision\":\"day\",\"date\":\"2022-6-1\"}")), new Fails("$.when.date", "not a date"));
        Add("EventTime.date: day first", Strike(When("{\"precision\":\"day\",\"date\":\"24/06/2022\"}")), new Fails("$.when.date", "not a date"));
        Add("EventTime.date: with a time", Strike(When("{\"precision\":\"day\",\"date\":\"2022-06-24T00:00:00Z\"}")), new Fails("$.when.date", "not a date"));
        Add("EventTime: month precision on the 15th", Strike(When("{\"precision\":\"month\",\"date\":\"2022-06-15\"}")), new Fails("$.when.date", "invalid event time with precision 'month'"));
        Add("EventTime: year precision on 1 June", Strike(When("{\"precision\":\"year\",\"date\":\"2022-06-01\"}")), new Fails("$.when.date", "precision 'year'"));
        Add("EventTime: week precision on a Wednesday", Strike(When("{\"precision\":\"week\",\"date\":\"2022-06-22\"}")), new Fails("$.when.date", "precision 'week'"));
        Add("EventTime: week precision on its Monday is valid", Strike(When("{\"precision\":\"week\",\"date\":\"2022-06-20\"}")), Reads.Valid());
        Add("EventTime: exact precision with a date", Strike(When("{\"precision\":\"exact\",\"instant\":\"2022-06-24T10:00:00Z\",\"date\":\"2022-06-24\"}")), new Fails("$.when.date", "precision 'exact'"));
        Add("EventTime: exact precision without an instant", Strike(When("{\"precision\":\"exact\"}")), new Fails("$.when", "precision 'exact'"));
        Add("EventTime: day precision with an instant", Strike(When("{\"precision\":\"day\",\"date\":\"2022-06-24\",\"instant\":\"2022-06-24T10:00:00Z\"}")), new Fails("$.when.instant", "precision 'day'"));
        Add("EventTime: day precision with neither date nor range", Strike(When("{\"precision\":\"day\"}")), new Fails("$.when", "precision 'day'"));
        Add("EventTime: part of day with month precision", Strike(When("{\"precision\":\"month\",\"date\":\"2022-06-01\",\"partOfDay\":\"night\"}")), new Fails("$.when.partOfDay", "precision 'month'"));
        Add("EventTime.partOfDay: an array", Strike(When("{\"precision\":\"day\",\"date\":\"2022-06-24\",\"partOfDay\":[\"night\"]}")), new Fails("$.when.partOfDay", "found an array"));
        Add("EventTime.partOfDay: unknown value", Strike(When("{\"precision\":\"day\",\"date\":\"2022-06-24\",\"partOfDay\":\"dawn\"}")), Reads.KeepingNotUnderstood("strike", "when"));
        Add("EventTime.phrase: a number", Strike(When("{\"precision\":\"day\",\"date\":\"2022-06-24\",\"phrase\":5}")), new Fails("$.when.phrase", "found a number"));
        Add("EventTime.phrase: blank", Strike(When("{\"precision\":\"day\",\"date\":\"2022-06-24\",\"phrase\":\"   \"}")), new Fails("$.when.phrase", "precision 'day'"));
        Add("EventTime.instant: a number", Strike(When("{\"precision\":\"exact\",\"instant\":1656064800}")), new Fails("$.when.instant", "found a number"));
        Add("EventTime.instant: without Z", Strike(When("{\"precision\":\"exact\",\"instant\":\"2022-06-24T10:00:00\"}")), new Fails("$.when.instant", "not an instant"));
        Add("EventTime.instant: with an offset", Strike(When("{\"precision\":\"exact\",\"instant\":\"2022-06-24T10:00:00+02:00\"}")), new Fails("$.when.instant", "not an instant"));
        Add("EventTime.instant: 25 o'clock", Strike(When("{\"precision\":\"exact\",\"instant\":\"2022-06-24T25:00:00Z\"}")), new Fails("$.when.instant", "not an instant"));
        Add("EventTime.range: a string", Strike(When("{\"precision\":\"day\",\"range\":\"2022-06-17/2022-06-25\"}")), new Fails("$.when.range", "found a string"));
        Add("EventTime.range.start: a number", Strike(When("{\"precision\":\"day\",\"range\":{\"start\":1,\"end\":\"2022-06-25\"}}")), new Fails("$.when.range.start", "found a number"));
        Add("EventTime.range: end before start", Strike(When("{\"precision\":\"day\",\"range\":{\"start\":\"2022-06-25\",\"end\":\"2022-06-17\"}}")), new Fails("$.when.range.end", "is before start"));
        Add("EventTime.range: missing end", Strike(When("{\"precision\":\"day\",\"range\":{\"start\":\"2022-06-25\"}}")), new Fails("$.when.range", "missing required property 'end'"));
        Add("EventTime: date outside its range", Strike(When("{\"precision\":\"day\",\"date\":\"2022-07-30\",\"range\":{\"start\":\"2022-06-17\",\"end\":\"2022-06-25\"}}")), new Fails("$.when.range", "precision 'day'"));
        Add("EventTime: unknown property", Strike(When("{\"precision\":\"day\",\"date\":\"2022-06-24\",\"timeZone\":\"Europe/Kyiv\"}")), Reads.KeepingNotUnderstood("strike", "when"));
        Add("EventTime: a string", Strike(When("\"2022-06-24\"")), new Fails("$.when", "expected an object, found a string"));
        Add("EventTime: expectedBy (a kind field) with the 15th at month precision", """{"type":"control-change","id":"c1","area":{"name":"x"},"status":"captured","expectedBy":{"precision":"month","date":"2022-06-15"}}""", new Fails("$.expectedBy.date", "precision 'month'"));
    }

    private static void Estimates()
    {
        Add("Estimate.value: an array", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":[48]}"), new Fails("$.munitions.value", "expected an integer, found an array"));
        Add("Estimate.value: a string", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":\"48\"}"), new Fails("$.munitions.value", "found a string"));
        Add("Estimate.kind: a number", Strike("\"munitions\":{\"kind\":0,\"value\":48}"), new Fails("$.munitions.kind", "found a number"));
        Add("Estimate.kind: missing", Strike("\"munitions\":{\"value\":48}"), new Fails("$.munitions", "missing required property 'kind'"));
        Add("Estimate.kind: unknown value", Strike("\"munitions\":{\"kind\":\"guess\",\"value\":48}"), Reads.KeepingNotUnderstood("strike", "munitions"));
        Add("Estimate.low: a string", Strike("\"munitions\":{\"kind\":\"range\",\"low\":\"10\",\"high\":20}"), new Fails("$.munitions.low", "found a string"));
        Add("Estimate.high: an object", Strike("\"munitions\":{\"kind\":\"range\",\"low\":10,\"high\":{}}"), new Fails("$.munitions.high", "found an object"));
        Add("Estimate.quantifier: a number", Strike("\"munitions\":{\"kind\":\"qualifier\",\"quantifier\":100}"), new Fails("$.munitions.quantifier", "found a number"));
        Add("Estimate.quantifier: unknown value", Strike("\"munitions\":{\"kind\":\"qualifier\",\"quantifier\":\"zillions\"}"), Reads.KeepingNotUnderstood("strike", "munitions"));
        Add("Estimate: unknown property", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":48,\"confidence\":0.9}"), Reads.KeepingNotUnderstood("strike", "munitions"));
        Add("Estimate: a string", Strike("\"munitions\":\"48\""), new Fails("$.munitions", "expected an object or an integer, found a string"));
        Add("Estimate: true", Strike("\"munitions\":true"), new Fails("$.munitions", "found a boolean"));
        Add("Estimate: a bare integer is an exact count", Strike("\"munitions\":48"), Reads.Valid());
        Add("Estimate: a bare -1", Strike("\"munitions\":-1"), new Fails("$.munitions", "negative"));
        Add("Estimate: a bare 1.5", Strike("\"munitions\":1.5"), new Fails("$.munitions", "not an integer"));
        Add("Estimate: a bare 1e400", Strike("\"munitions\":1e400"), new Fails("$.munitions", "not an integer"));
        Add("Estimate.value: -1", Strike("\"munitions\":{\"kind\":\"at-least\",\"value\":-1}"), new Fails("$.munitions.value", "value -1 is negative"));
        Add("Estimate.value: 1.5", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":1.5}"), new Fails("$.munitions.value", "not an integer"));
        Add("Estimate.value: 2^63", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":9223372036854775808}"), new Fails("$.munitions.value", "not an integer in the range of a 64-bit count"));
        Add("Estimate.value: -2^63-1", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":-9223372036854775809}"), new Fails("$.munitions.value", "not an integer"));
        Add("Estimate.value: 1e400", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":1e400}"), new Fails("$.munitions.value", "not an integer"));
        Add("Estimate.value: 2^63-1 is valid", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":9223372036854775807}"), Reads.Valid());
        Add("Estimate.value: -0 is zero", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":-0}"), Reads.Valid());
        Add("Estimate: range low above high", Strike("\"munitions\":{\"kind\":\"range\",\"low\":20,\"high\":10}"), new Fails("$.munitions.low", "range low 20 is above high 10"));
        Add("Estimate: range with a negative low", Strike("\"munitions\":{\"kind\":\"range\",\"low\":-5,\"high\":10}"), new Fails("$.munitions.low", "low -5 is negative"));
        Add("Estimate: range without high", Strike("\"munitions\":{\"kind\":\"range\",\"low\":5}"), new Fails("$.munitions", "invalid estimate of kind 'range'"));
        Add("Estimate: qualifier without quantifier", Strike("\"munitions\":{\"kind\":\"qualifier\"}"), new Fails("$.munitions", "invalid estimate of kind 'qualifier'"));
        Add("Estimate: exact without value", Strike("\"munitions\":{\"kind\":\"exact\"}"), new Fails("$.munitions", "invalid estimate of kind 'exact'"));
        Add("Estimate: harm.killed negative shorthand", Strike("\"harm\":{\"killed\":-3}"), new Fails("$.harm.killed", "negative"));
        Add("Estimate: harm.injured range reversed", Strike("\"harm\":{\"injured\":{\"kind\":\"range\",\"low\":9,\"high\":1}}"), new Fails("$.harm.injured.low", "range low 9 is above high 1"));
    }

    private static void Sources()
    {
        Add("SourceRef.outlet: a number", Strike("\"sources\":[{\"outlet\":1}]"), new Fails("$.sources[0].outlet", "found a number"));
        Add("SourceRef.channel: a number", Strike("\"sources\":[{\"channel\":1}]"), new Fails("$.sources[0].channel", "found a number"));
        Add("SourceRef.channel: unknown value", Strike("\"sources\":[{\"outlet\":\"Reuters\"},{\"channel\":\"carrier-pigeon\"}]"), Reads.KeepingNotUnderstood("strike", "sources"));
        Add("SourceRef.platform: an array", Strike("\"sources\":[{\"platform\":[\"Telegram\"]}]"), new Fails("$.sources[0].platform", "found an array"));
        Add("SourceRef.speaker: a string", Strike("\"sources\":[{\"outlet\":\"Reuters\"},{\"speaker\":\"Serhiy Haidai\"}]"), new Fails("$.sources[1].speaker", "expected an object, found a string"));
        Add("SourceRef.speaker.name: a number", Strike("\"sources\":[{\"speaker\":{\"name\":5}}]"), new Fails("$.sources[0].speaker.name", "found a number"));
        Add("SourceRef.published: a number", Strike("\"sources\":[{\"published\":1656064800}]"), new Fails("$.sources[0].published", "found a number"));
        Add("SourceRef.published: a date only", Strike("\"sources\":[{\"published\":\"2022-06-24\"}]"), new Fails("$.sources[0].published", "not an instant"));
        Add("SourceRef.link: a number", Strike("\"sources\":[{\"link\":80}]"), new Fails("$.sources[0].link", "found a number"));
        Add("SourceRef.link: relative", Strike("\"sources\":[{\"link\":\"/world/europe\"}]"), new Fails("$.sources[0].link", "not an absolute URI"));
        Add("SourceRef.quote: an object", Strike("\"sources\":[{\"quote\":{}}]"), new Fails("$.sources[0].quote", "found an object"));
        Add("SourceRef: null in the list", Strike("\"sources\":[{\"outlet\":\"Reuters\"},null]"), new Fails("$.sources[1]", "found null"));
        Add("sources: an object", Strike("\"sources\":{\"outlet\":\"Reuters\"}"), new Fails("$.sources", "expected an array of sources, found an object"));
        Add("sources: empty is valid", Strike("\"sources\":[]"), Reads.Valid());
    }

    private static void VerificationAndOrigin()
    {
        Add("Verification.status: a number", Strike("\"verification\":{\"status\":1}"), new Fails("$.verification.status", "found a number"));
        Add("Verification.status: missing", Strike("\"verification\":{\"by\":\"Reuters\"}"), new Fails("$.verification", "missing required property 'status'"));
        Add("Verification.status: unknown value", Strike("\"verification\":{\"status\":\"rumoured\"}"), Reads.KeepingNotUnderstood("strike", "verification"));
        Add("Verification.by: a number", Strike("\"verification\":{\"status\":\"confirmed\",\"by\":1}"), new Fails("$.verification.by", "found a number"));
        Add("Verification.note: an array", Strike("\"verification\":{\"status\":\"denied\",\"note\":[]}"), new Fails("$.verification.note", "found an array"));
        Add("Verification: a string", Strike("\"verification\":\"confirmed\""), new Fails("$.verification", "found a string"));
        Add("Origin.dataset: a number", Strike("\"origin\":{\"dataset\":1}"), new Fails("$.origin.dataset", "found a number"));
        Add("Origin.dataset: missing", Strike("\"origin\":{\"recordId\":\"UKR123\"}"), new Fails("$.origin", "missing required property 'dataset'"));
        Add("Origin.recordId: a number", Strike("\"origin\":{\"dataset\":\"acled\",\"recordId\":123}"), new Fails("$.origin.recordId", "found a number"));
        Add("Origin.fields: an array", Strike("\"origin\":{\"dataset\":\"acled\",\"fields\":[\"a\"]}"), new Fails("$.origin.fields", "found an array"));
        Add("Origin.fields: a number value", Strike("\"origin\":{\"dataset\":\"acled\",\"fields\":{\"fatalities\":3}}"), new Fails("$.origin.fields.fatalities", "found a number"));
        Add("Origin: unknown property", Strike("\"origin\":{\"dataset\":\"acled\",\"licence\":\"CC\"}"), Reads.KeepingNotUnderstood("strike", "origin"));
    }

    private static void KindFields()
    {
        Add("weapons: a string", Strike("\"weapons\":\"drone\""), new Fails("$.weapons", "expected an array, found a string"));
        Add("weapons: a number item", Strike("\"weapons\":[\"drone\",4]"), new Fails("$.weapons[1]", "found a number"));
        Add("weapons: unknown value", Strike("\"weapons\":[\"drone\",\"railgun\"]"), Reads.KeepingNotUnderstood("strike", "weapons"));
        Add("weapons: null reads as none", Strike("\"weapons\":null"), Reads.Valid());
        Add("targets: an object", Strike("\"targets\":{\"name\":\"x\"}"), new Fails("$.targets", "expected an array, found an object"));
        Add("Target.name: a number", Strike("\"targets\":[{\"name\":\"a\"},{\"name\":2}]"), new Fails("$.targets[1].name", "found a number"));
        Add("Target.kind: a number", Strike("\"targets\":[{\"kind\":2}]"), new Fails("$.targets[0].kind", "found a number"));
        Add("Target.place: a string", Strike("\"targets\":[{\"place\":\"Kyiv\"}]"), new Fails("$.targets[0].place", "expected an object, found a string"));
        Add("Target.place.point.latitude: 91", Strike("\"targets\":[{\"name\":\"a\"},{\"place\":{\"name\":\"b\",\"point\":{\"latitude\":91,\"longitude\":0}}}]"), new Fails("$.targets[1].place.point.latitude", "outside -90..90"));
        Add("Target.name: empty (minLength 1)", Strike("\"targets\":[{\"name\":\"\"}]"), Reads.WithProblems("strike", "$.targets[0].name"));
        Add("Target: unknown property", Strike("\"targets\":[{\"name\":\"a\",\"damage\":\"severe\"}]"), Reads.KeepingNotUnderstood("strike", "targets"));
        Add("Target.kind: unknown value", Strike("\"targets\":[{\"kind\":\"spaceport\"}]"), Reads.KeepingNotUnderstood("strike", "targets"));
        Add("harm: an array", Strike("\"harm\":[]"), new Fails("$.harm", "expected an object, found an array"));
        Add("Casualties.noneReported: a string", Strike("\"harm\":{\"noneReported\":\"yes\"}"), new Fails("$.harm.noneReported", "expected true or false, found a string"));
        Add("Casualties.among: a number", Strike("\"harm\":{\"among\":1}"), new Fails("$.harm.among", "found a number"));
        Add("Casualties.killed: a string", Strike("\"harm\":{\"killed\":\"dozens\"}"), new Fails("$.harm.killed", "found a string"));
        Add("Casualties: unknown property", Strike("\"harm\":{\"killed\":3,\"evacuated\":40}"), Reads.KeepingNotUnderstood("strike", "harm"));
        Add("withdrawal.status: a number (required enum)", """{"type":"withdrawal","id":"w1","forces":{"name":"x"},"from":[{"name":"y"}],"status":1}""", new Fails("$.status", "found a number"));
        Add("withdrawal.status: missing (required enum)", """{"type":"withdrawal","id":"w1","forces":{"name":"x"},"from":[{"name":"y"}]}""", new Fails("$", "missing required property 'status'"));
        Add("withdrawal.status: unknown value (required enum)", """{"type":"withdrawal","id":"w1","forces":{"name":"x"},"from":[{"name":"y"}],"status":"paused"}""", Reads.KeepingNotUnderstood("withdrawal", "status"));
        Add("withdrawal.disclosureDelayed: a number", """{"type":"withdrawal","id":"w1","forces":{"name":"x"},"from":[{"name":"y"}],"status":"complete","disclosureDelayed":1}""", new Fails("$.disclosureDelayed", "expected true or false, found a number"));
    }

    private static void Duplicates()
    {
        Add("duplicate: type", """{"type":"strike","id":"s1","type":"strike","attacker":{"name":"x"}}""", new Fails("$.type", "duplicate property 'type'"));
        Add("duplicate: type naming another kind", """{"type":"strike","id":"s1","type":"riot","attacker":{"name":"x"}}""", new Fails("$.type", "duplicate property 'type'"));
        Add("duplicate: id", """{"type":"strike","id":"s1","id":"s2","attacker":{"name":"x"}}""", new Fails("$.id", "duplicate property 'id'"));
        Add("duplicate: id, one of them escaped", """{"type":"strike","id":"s1","\u0069d":"s2","attacker":{"name":"x"}}""", new Fails("$.id", "duplicate property 'id'"));
        Add("duplicate: schemaVersion", Strike("\"schemaVersion\":1", "\"schemaVersion\":1"), new Fails("$.schemaVersion", "duplicate property 'schemaVersion'"));
        Add("duplicate: when", Strike(When("{\"precision\":\"year\",\"date\":\"2022-01-01\"}"), When("{\"precision\":\"year\",\"date\":\"2021-01-01\"}")), new Fails("$.when", "duplicate property 'when'"));
        Add("duplicate: sources", Strike("\"sources\":[]", "\"sources\":[{\"outlet\":\"AP\"}]"), new Fails("$.sources", "duplicate property 'sources'"));
        Add("duplicate: notes", Strike("\"notes\":\"a\"", "\"notes\":\"b\""), new Fails("$.notes", "duplicate property 'notes'"));
        Add("duplicate: attacker (a kind field)", Strike("\"attacker\":{\"name\":\"y\"}"), new Fails("$.attacker", "duplicate property 'attacker'"));
        Add("duplicate: weapons (a list field)", Strike("\"weapons\":[\"drone\"]", "\"weapons\":[]"), new Fails("$.weapons", "duplicate property 'weapons'"));
        Add("duplicate: weapons, the first not understood", Strike("\"weapons\":[\"railgun\"]", "\"weapons\":[\"drone\"]"), new Fails("$.weapons", "duplicate property 'weapons'"));
        Add("duplicate: an unknown property", Strike("\"extra\":1", "\"extra\":2"), new Fails("$.extra", "duplicate property 'extra'"));
        Add("duplicate: Place.name", Strike("\"where\":{\"name\":\"a\",\"name\":\"b\"}"), new Fails("$.where.name", "duplicate property 'name'"));
        Add("duplicate: GeoPoint.latitude", Strike("\"where\":{\"name\":\"a\",\"point\":{\"latitude\":1,\"longitude\":2,\"latitude\":3}}"), new Fails("$.where.point.latitude", "duplicate property 'latitude'"));
        Add("duplicate: Estimate.value", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":1,\"value\":2}"), new Fails("$.munitions.value", "duplicate property 'value'"));
        Add("duplicate: EventTime.precision", Strike(When("{\"precision\":\"year\",\"precision\":\"day\",\"date\":\"2022-01-01\"}")), new Fails("$.when.precision", "duplicate property 'precision'"));
        Add("duplicate: Actor.name", StrikeBy("{\"name\":\"a\",\"name\":\"b\"}"), new Fails("$.attacker.name", "duplicate property 'name'"));
        Add("duplicate: Target.name (inside a record)", Strike("\"targets\":[{\"name\":\"a\",\"name\":\"b\"}]"), new Fails("$.targets[0].name", "duplicate property 'name'"));
        Add("duplicate: Casualties.killed (inside a record)", Strike("\"harm\":{\"killed\":1,\"killed\":2}"), new Fails("$.harm.killed", "duplicate property 'killed'"));
        Add("duplicate: Origin.fields key", Strike("\"origin\":{\"dataset\":\"acled\",\"fields\":{\"a\":\"1\",\"a\":\"2\"}}"), new Fails("$.origin.fields.a", "duplicate"));
        Add("duplicate: DateInterval.start", Strike(When("{\"precision\":\"day\",\"range\":{\"start\":\"2022-06-01\",\"start\":\"2022-06-02\",\"end\":\"2022-06-03\"}}")), new Fails("$.when.range.start", "duplicate property 'start'"));
    }

    private static void Encoding()
    {
        var strike = Utf8.Bytes(Strike());
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        Add("BOM: before a valid event is accepted", Utf8.Raw(bom, strike), Reads.Valid());
        Add("BOM: before an unknown kind is accepted", Utf8.Raw(bom, """{"type":"parade","id":"p1"}"""), Reads.AsUnknown("parade", "$.type"));
        Add("BOM: twice", Utf8.Raw(bom, bom, strike), new Fails("$"));
        Add("BOM: after a blank", Utf8.Raw(" ", bom, strike), new Fails("$"));
        Add("BOM: alone", bom, new Fails("$", "does not contain any JSON tokens"));
        Add("BOM: UTF-16 LE", Utf8.Raw(0xFF, 0xFE, strike), new Fails("$"));
        Add("encoding: the whole document in UTF-16", System.Text.Encoding.Unicode.GetBytes(Strike()), new Fails("$"));
        Add("NUL: raw inside a string", Utf8.Raw("""{"type":"strike","id":"s1","attacker":{"name":"x"},"notes":"a""", 0, "b\"}"), new Fails("$.notes"));
        Add("NUL: raw between tokens", Utf8.Raw("{", 0, "\"type\":\"strike\",\"id\":\"s1\",\"attacker\":{\"name\":\"x\"}}"), new Fails("$"));
        Add("NUL: escaped inside a string is text", Strike("\"notes\":\"a\\u0000b\""), Reads.Valid());
        Add("NUL: a document of NULs", new byte[16], new Fails("$"));
        Add("UTF-8: 0xFF inside a string", Utf8.Raw(Strike()[..^1], ",\"notes\":\"caf", 0xFF, "\"}"), new Fails("$.notes"));
        Add("UTF-8: overlong encoding of '/'", Utf8.Raw(Strike()[..^1], ",\"notes\":\"a", 0xC0, 0xAF, "b\"}"), new Fails("$.notes"));
        Add("UTF-8: a lone continuation byte in a place name", Utf8.Raw(Strike()[..^1], ",\"where\":{\"name\":\"Kyi", 0x80, "v\"}}"), new Fails("$.where.name"));
        Add("UTF-8: a sequence cut short before the quote", Utf8.Raw(Strike()[..^1], ",\"notes\":\"", 0xE2, 0x82, "\"}"), new Fails("$.notes"));
        Add("UTF-8: an encoded surrogate", Utf8.Raw(Strike()[..^1], ",\"notes\":\"", 0xED, 0xA0, 0x80, "\"}"), new Fails("$.notes"));
        Add("UTF-8: beyond U+10FFFF", Utf8.Raw(Strike()[..^1], ",\"notes\":\"", 0xF4, 0x90, 0x80, 0x80, "\"}"), new Fails("$.notes"));
        Add("UTF-8: 0xFF between tokens", Utf8.Raw(Strike()[..^1], ",", 0xFF, "\"notes\":\"x\"}"), new Fails("$.attacker"));
        Add("UTF-8: 0xFF in the id", Utf8.Raw("{\"type\":\"strike\",\"id\":\"s", 0xFF, "\",\"attacker\":{\"name\":\"x\"}}"), new Fails("$.id"));
        Add("UTF-8: 0xFF in the type", Utf8.Raw("{\"type\":\"stri", 0xFF, "ke\",\"id\":\"s1\"}"), new Fails("$.type"));
        Add("UTF-8: 0xFF in an enum value", Utf8.Raw(Strike()[..^1], ",\"weapons\":[\"dro", 0xFF, "ne\"]}"), new Fails("$.weapons[0]"));
        Add("UTF-8: 0xFF in an unknown property's value", Utf8.Raw(Strike()[..^1], ",\"extra\":\"a", 0xFF, "\"}"), new Fails("$.extra"));
        Add("UTF-8: 0xFF in an unknown event", Utf8.Raw("{\"type\":\"parade\",\"id\":\"p1\",\"motto\":\"", 0xFF, "\"}"), new Fails("$.motto"));
        Add("UTF-8: 0xFF in an unknown property's name", Utf8.Raw(Strike()[..^1], ",\"ext", 0xFF, "ra\":1}"), new Fails("$"));
        Add("UTF-8: 0xFF deep in an unknown property's object", Utf8.Raw(Strike()[..^1], ",\"extra\":{\"a\":1,\n\"b\":[\"x\",\"y", 0xFF, "\"]}}"), new Fails("$.extra.b[1]", Line: 2));
        Add("UTF-8: 0xFF in a name inside an unknown property's object", Utf8.Raw(Strike()[..^1], ",\"extra\":{\"a\":1,\n\"b", 0xFF, "\":2}}"), new Fails("$.extra", Line: 2));
        Add("UTF-8: 0xFF deep in an unknown event", Utf8.Raw("{\"type\":\"parade\",\"id\":\"p1\",\"m\":{\"a\":[1,\"", 0xFF, "\"]}}"), new Fails("$.m.a[1]"));
        Add("UTF-8: a name that is not UTF-8, then a missing comma", Utf8.Raw("{\"ext", 0xFF, "ra\":1 \"type\":\"strike\"}"), new Fails("$"));
        Add("escape: a lone surrogate in a name, then a missing comma", "{\"\\uD800\":1 \"type\":\"strike\"}", new Fails("$"));
        Add("escape: a lone surrogate in a name of an indented unknown event", "{\"type\":\"parade\",\"id\":\"p1\",\n\"\\uDC6D\":1}", new Fails("$", Line: 2));
        Add("escape: a lone surrogate in an enum value", Strike("\"weapons\":[\"\\uD800\"]"), new Fails("$.weapons[0]"));
        Add("escape: a lone surrogate in an unknown event's id", "{\"type\":\"parade\",\"id\":\"\\uD800\"}", new Fails("$.id"));
        Add("escape: a lone surrogate in a name inside a record", StrikeBy("{\"name\":\"x\",\"\\uD800\":1}"), new Fails("$.attacker"));
        Add("escape: a lone surrogate in a name inside an unknown property's object is kept", Strike("\"extra\":{\"\\uDC6D\":1}"), Reads.KeepingUnknown("strike", "extra"));
        Add("escape: a lone high surrogate", Strike("\"notes\":\"a\\uD800b\""), new Fails("$.notes"));
        Add("escape: a lone low surrogate", Strike("\"notes\":\"a\\uDC00\""), new Fails("$.notes"));
        Add("escape: a reversed surrogate pair", Strike("\"notes\":\"\\uDC00\\uD800\""), new Fails("$.notes"));
        Add("escape: a valid surrogate pair is text", Strike("\"notes\":\"\\uD83D\\uDE00\""), Reads.Valid());
        Add("escape: \\x is not JSON", Strike("\"notes\":\"\\x41\""), new Fails("$.notes"));
        Add("escape: \\u with three digits", Strike("\"notes\":\"\\u041\""), new Fails("$.notes"));
        Add("escape: a raw tab inside a string", Strike("\"notes\":\"a\tb\""), new Fails("$.notes"));
        Add("escape: a raw line break inside a string", Strike("\"notes\":\"a\nb\""), new Fails("$.notes"));
        Add("escape: an unterminated string", """{"type":"strike","id":"s1","notes":"abc""", new Fails("$.notes"));
    }

    private static void Numbers()
    {
        Add("number: leading zeros", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":007}"), new Fails("$.munitions.value"));
        Add("number: a plus sign", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":+5}"), new Fails("$.munitions.value"));
        Add("number: hexadecimal", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":0x10}"), new Fails("$.munitions.value"));
        Add("number: a bare decimal point", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":5.}"), new Fails("$.munitions.value"));
        Add("number: 1e2 is not an integer count", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":1e2}"), new Fails("$.munitions.value", "not an integer"));
        Add("number: 0.0 is not an integer count", Strike("\"munitions\":{\"kind\":\"exact\",\"value\":0.0}"), new Fails("$.munitions.value", "not an integer"));
        Add("number: a 400-digit integer in an unknown property is kept", Strike("\"extra\":1" + new string('0', 400)), Reads.KeepingUnknown("strike", "extra"));
        Add("number: NaN literal in an unknown property", Strike("\"extra\":NaN"), new Fails("$.extra"));
        Add("number: Infinity literal as a count", Strike("\"munitions\":Infinity"), new Fails("$.munitions"));
        Add("literal: True in upper case", Strike("\"harm\":{\"noneReported\":True}"), new Fails("$.harm.noneReported"));
        Add("literal: undefined", Strike("\"notes\":undefined"), new Fails("$.notes"));
    }

    /// <summary>The path the locator gives a value nested <paramref name="levels"/> arrays deep in <c>$.deep</c>.</summary>
    private static string DeepPath(int levels) => "$.deep" + string.Concat(Enumerable.Repeat("[0]", levels));

    private static void Nesting()
    {
        static string Arrays(int n) => new string('[', n) + new string(']', n);
        static string Objects(int n) => string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n);

        // The event object is depth 1: 63 nested arrays inside it reach depth 64, the limit.
        Add("nesting: 63 arrays in an unknown property (depth 64) are kept", Strike("\"deep\":" + Arrays(63)), Reads.KeepingUnknown("strike", "deep"));
        Add("nesting: 64 arrays in an unknown property (depth 65)", Strike("\"deep\":" + Arrays(64)), new Fails(DeepPath(63), "depth"));
        Add("nesting: 10,000 arrays in an unknown property", Strike("\"deep\":" + Arrays(10_000)), new Fails(DeepPath(63), "depth"));
        Add("nesting: 10,000 objects in an unknown property", Strike("\"deep\":" + Objects(10_000)), new Fails("$.deep" + string.Concat(Enumerable.Repeat(".a", 63)), "depth"));
        Add("nesting: 10,000 arrays as a kind field, type first", Strike("\"harm\":" + Arrays(10_000)), new Fails("$.harm", "expected an object, found an array"));
        Add("nesting: 10,000 arrays before the type", "{\"deep\":" + Arrays(10_000) + ",\"type\":\"strike\",\"id\":\"s1\"}", new Fails(DeepPath(63), "depth"));
        Add("nesting: 10,000 arrays in an unknown event", "{\"type\":\"parade\",\"id\":\"p1\",\"deep\":" + Arrays(10_000) + "}", new Fails(DeepPath(63), "depth"));
        Add("nesting: 100,000 arrays as the document", Arrays(100_000), new Fails("$", "expected an event object, found an array"));
        Add("nesting: 100,000 unclosed arrays as the document", new string('[', 100_000), new Fails("$", "expected an event object, found an array"));
        Add("nesting: 10,000 arrays as a place name", Strike("\"where\":{\"name\":" + Arrays(10_000) + "}"), new Fails("$.where.name", "expected a string, found an array"));
        Add("nesting: 10,000 unclosed objects in an unknown property", Strike()[..^1] + ",\"deep\":" + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)), new Fails("$.deep" + string.Concat(Enumerable.Repeat(".a", 63)), "depth"));
    }

    /// <summary>The limit on a string's length, in UTF-8 bytes as written (ConflictJsonLimits.Default.MaxStringLength).</summary>
    public const int MaxString = 1024 * 1024;

    /// <summary>The limit on a list's length (ConflictJsonLimits.Default.MaxArrayLength).</summary>
    public const int MaxList = 100_000;

    private static void Sizes()
    {
        var huge = new string('x', 30 * 1024 * 1024);
        Add("size: a 30 MB note", Strike("\"notes\":\"" + huge + "\""), new Fails("$.notes", "longer than the limit"));
        Add("size: a 30 MB place name", Strike("\"where\":{\"name\":\"" + huge + "\"}"), new Fails("$.where.name", "longer than the limit"));
        Add("size: a 30 MB id", "{\"type\":\"strike\",\"id\":\"" + huge + "\",\"attacker\":{\"name\":\"x\"}}", new Fails("$.id", "longer than the limit"));
        Add("size: a 30 MB string in an unknown property", Strike("\"extra\":\"" + huge + "\""), new Fails("$.extra", "longer than the limit"));
        Add("size: a 30 MB array of numbers in an unknown property", Strike("\"extra\":[" + string.Join(',', Enumerable.Repeat("123456789", 3 * 1024 * 1024)) + "]"), new Fails("$.extra", "longer than the limit"));
        Add("size: a note at the limit is accepted", Strike("\"notes\":\"" + new string('x', MaxString) + "\""), Reads.Valid());
        Add("size: a note one byte over the limit", Strike("\"notes\":\"" + new string('x', MaxString + 1) + "\""), new Fails("$.notes", "longer than the limit"));
        Add("size: the limit counts bytes as written (escapes)", Strike("\"notes\":\"" + string.Concat(Enumerable.Repeat("\\u0041", (MaxString / 6) + 1)) + "\""), new Fails("$.notes", "longer than the limit"));
        Add("size: about with as many ids as allowed", Strike("\"about\":[" + string.Join(',', Enumerable.Repeat("\"a\"", MaxList)) + "]"), Reads.Valid());
        Add("size: about with one id too many", Strike("\"about\":[" + string.Join(',', Enumerable.Repeat("\"a\"", MaxList + 1)) + "]"), new Fails($"$.about[{MaxList}]", "longer than the limit"));
        Add("size: weapons with one item too many", Strike("\"weapons\":[" + string.Join(',', Enumerable.Repeat("\"drone\"", MaxList + 1)) + "]"), new Fails($"$.weapons[{MaxList}]", "longer than the limit"));
        Add("size: sources with one item too many", Strike("\"sources\":[" + string.Join(',', Enumerable.Repeat("{}", MaxList + 1)) + "]"), new Fails($"$.sources[{MaxList}]", "longer than the limit"));
    }

    private static void Lines()
    {
        // Pretty-printed documents: the line of the problem is counted in the document (LF or CRLF).
        var lines = new[]
        {
            "{",
            "  \"type\": \"strike\",",
            "  \"id\": \"s1\",",
            "  \"attacker\": { \"name\": \"Russian forces\" },",
            "  \"where\": {",
            "    \"name\": \"Sievierodonetsk\",",
            "    \"point\": {",
            "      \"latitude\": 48.9482,",
            "      \"longitude\": 38.4917",
            "    }",
            "  }",
            "}",
        };
        Add("lines: a valid indented event", string.Join("\n", lines), Reads.Valid());
        Add("lines: latitude 91 on line 8", string.Join("\n", lines).Replace("48.9482", "91", StringComparison.Ordinal), new Fails("$.where.point.latitude", "outside -90..90", Line: 8));
        Add("lines: latitude 91 on line 8 with CRLF", string.Join("\r\n", lines).Replace("48.9482", "91", StringComparison.Ordinal), new Fails("$.where.point.latitude", "outside -90..90", Line: 8));
        Add("lines: a string where a number goes on line 9", string.Join("\n", lines).Replace("38.4917", "\"38.4917\"", StringComparison.Ordinal), new Fails("$.where.point.longitude", "found a string", Line: 9));
        Add("lines: a missing comma on line 4", string.Join("\n", lines).Replace("\"Russian forces\" },", "\"Russian forces\" }", StringComparison.Ordinal), new Fails("$.attacker", Line: 5));
        Add("lines: the closing brace missing", string.Join("\n", lines[..^1]), new Fails("$.where", Line: 11));
        Add("lines: a duplicate id on line 4", string.Join("\n", lines).Replace("\"attacker\"", "\"id\": \"s2\", \"attacker\"", StringComparison.Ordinal), new Fails("$.id", "duplicate property 'id'", Line: 4));
    }

    /// <summary>The seed event cut at every 23rd byte (and its last): each prefix fails where it ends.</summary>
    public static string TruncationSource => Repo.SeedLine("seed-strike-sievierodonetsk-lysychansk-friday");

    private static void Truncations()
    {
        var line = Utf8.Bytes(TruncationSource);
        var cuts = Enumerable.Range(0, line.Length / 23 + 1).Select(i => i * 23).Append(line.Length - 1).Distinct();
        foreach (var cut in cuts)
        {
            var prefix = line[..cut];
            Add($"truncated: at byte {cut} of {line.Length}", prefix, new Fails(cut == 0 ? "$" : TruncationOracle.PathAtEnd(prefix)));
        }
    }
}
