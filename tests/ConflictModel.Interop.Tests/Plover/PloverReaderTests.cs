using System.Text.Json;
using ConflictModel.Events;
using ConflictModel.Interop.Plover;
using ConflictModel.Serialization;
using NodaTime;

namespace ConflictModel.Interop.Tests.Plover;

public sealed class PloverReaderTests
{
    private static readonly string GoldPath = SharedData.File("plover", "gold_standard_records_v0.5b1.json");

    private const string CurrentRecord = """
        {
          "id": "PLV-2022-06-24-0001",
          "date": "2022-06-24",
          "source": [{"actor_text": "Russian forces", "code": "RUS", "sector": "MIL"}],
          "recipient": [{"actor_text": "Ukrainian forces", "code": "UKR", "sector": "MIL", "identifier_id": "Q1195896"}],
          "event": ["ASSAULT"],
          "event_loc": {"name": "Lysychansk", "admin1": "Luhansk", "country code": "UA", "latitude": 48.9167, "longitude": 38.4333},
          "event_text": ["shelled"],
          "mode": ["heavy-weapons"],
          "context": ["military"],
          "dead": 3,
          "text": "Russian forces shelled Lysychansk on Friday, killing three people.",
          "cite_info": {"publication": "Reuters", "url": "https://example.org/a/1", "date_published": "2022-06-25", "language": "en"},
          "coder": "hand",
          "comment": "test record"
        }
        """;

    private static IReadOnlyList<PloverRecord> ReadGold() => PloverReader.ReadAll(File.ReadAllText(GoldPath));

    private static Dictionary<string, JsonElement> Properties(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private static void AssertSameProperties(string expected, string actual)
    {
        var want = Properties(expected);
        var got = Properties(actual);
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, value) in want)
        {
            Assert.True(JsonElement.DeepEquals(value, got[name]), $"{name}: expected {value.GetRawText()}, got {got[name].GetRawText()}");
        }
    }

    [Fact]
    public void Every_gold_standard_record_but_the_documentation_imports_and_validates()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(GoldPath));
        var raw = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(323, raw.Count);
        Assert.True(PloverReader.IsDocumentation(raw[0]));

        var records = ReadGold();

        Assert.Equal(322, records.Count);
        foreach (var record in records)
        {
            Assert.True(record.IsSuccess, record.Error);
            Assert.Empty(record.Event.Validate());
            Assert.Equal(PloverReader.Dataset, record.Event.Origin!.Dataset);
            Assert.Equal(record.RecordId, record.Event.Origin.RecordId);
            Assert.Equal(PloverReader.IdPrefix + record.RecordId, record.Event.Id);
        }

        // The type as written in the file is kept, so writing back is exact.
        for (int i = 0; i < records.Count; i++)
        {
            Assert.Equal(raw[i + 1].GetProperty("event").GetRawText(), records[i].Event!.Origin!["event"]);
        }
    }

    /// <summary>The kind each gold-standard record should become, from its event type, mode and actors alone.</summary>
    private static string ExpectedKind(JsonElement record)
    {
        string type = record.GetProperty("event").GetString()!;
        string mode = record.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
        int sources = record.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Array ? s.GetArrayLength() : 0;
        var targets = record.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().ToList() : [];
        bool civilianTargets = targets.Count > 0 && targets.All(a =>
            a.TryGetProperty("sector", out var sector) && sector.GetString()!.Length >= 3
            && sector.GetString()![..3].ToUpperInvariant() is "CVL" or "CIV" or "REF" or "AGR");
        string text = record.GetProperty("eventText").GetString() + " " + record.GetProperty("text").GetString();
        bool hasPlace = record.TryGetProperty("eventLoc", out _);
        return type switch
        {
            "AGREE" => "agreement",
            "CONSULT" or "SUPPORT" or "CONCEDE" or "REJECT" or "THREATEN" or "DEMAND" => "statement",
            "DISAPPROVE" => "statement",
            "INVESTIGATE" => "accusation",
            "COOPERATE" => "diplomatic-decision",
            "AID" => text.Contains("evacuat", StringComparison.OrdinalIgnoreCase) && hasPlace ? "evacuation" : "statement",
            "RETREAT" => mode == "withdraw" && hasPlace ? "withdrawal" : "statement",
            "PROTEST" => mode.StartsWith("riot", StringComparison.Ordinal) ? "riot" : "protest",
            "SANCTION" => "sanction",
            "MOBILIZE" => "strategic-development",
            "COERCE" => mode is "arrest" or "detain" ? "arrest" : mode is "confiscate" or "destroy" ? "property-destruction" : "statement",
            _ => mode switch // ASSAULT and FIGHT
            {
                "destroy" => "property-destruction",
                "aerial" or "heavy-weapons" or "explosives" or "suicide-attack" or "unconventional" => "strike",
                "abduct" or "sexual" or "beat" or "torture" or "execute" or "assassinate" or "massacre" or "cleansing" => "attack-on-civilians",
                _ when sources >= 2 || targets.Count == 0 => "armed-clash",
                _ => civilianTargets ? "attack-on-civilians" : "ground-assault",
            },
        };
    }

    [Fact]
    public void Gold_standard_counts_per_kind_follow_the_event_types()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(GoldPath));
        var expected = document.RootElement.EnumerateArray().Skip(1)
            .GroupBy(ExpectedKind).ToDictionary(g => g.Key, g => g.Count());

        var actual = ReadGold().GroupBy(r => r.Event!.Type).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        var counts = new Dictionary<string, int>
        {
            ["accusation"] = 9,
            ["agreement"] = 40,
            ["armed-clash"] = 1,
            ["arrest"] = 3,
            ["attack-on-civilians"] = 12,
            ["diplomatic-decision"] = 4,
            ["evacuation"] = 1,
            ["ground-assault"] = 2,
            ["property-destruction"] = 5,
            ["protest"] = 21,
            ["riot"] = 6,
            ["sanction"] = 14,
            ["statement"] = 181,
            ["strategic-development"] = 6,
            ["strike"] = 17,
        };
        Assert.Equal(counts.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(322, actual.Values.Sum());

        // The statements by kind: REQUEST (DEMAND) demands, REJECT denials, THREATEN threats, DISAPPROVE condemnations,
        // CONCEDE announcements, and CONSULT, SUPPORT, RETREAT, COERCE and AID without a kind of their own as "other".
        var statements = ReadGold().Select(r => r.Event).OfType<Statement>().GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<StatementKind, int>
            {
                [StatementKind.Demand] = 34,
                [StatementKind.Denial] = 34,
                [StatementKind.Threat] = 29,
                [StatementKind.Condemnation] = 16,
                [StatementKind.Announcement] = 12,
                [StatementKind.Other] = 56,
            }.OrderBy(p => p.Key),
            statements.OrderBy(p => p.Key));
    }

    [Fact]
    public void Gold_standard_records_in_older_names_map_their_fields()
    {
        var records = ReadGold();

        var agree = Assert.IsType<Agreement>(records.Single(r => r.RecordId == "PLOVER-GSR01-AGREE-0001").Event);
        Assert.Equal(
            [
                new Actor { Name = "Hungarian", Kind = ActorKind.Government, Country = new CountryCode("HU") },
                new Actor { Name = "Romanian", Kind = ActorKind.Government, Country = new CountryCode("RO") },
            ],
            agree.Parties.ToArray());
        Assert.Equal(EventTime.OnDay(new LocalDate(2000, 1, 1)), agree.When);
        var source = Assert.Single(agree.Sources);
        Assert.Equal("OEDA team from CAMEO 1.1b3 manual", source.Outlet);
        Assert.StartsWith("Senior Hungarian and Romanian officials agreed", source.Quote, StringComparison.Ordinal);
        Assert.Equal("\"refugees\"", agree.Origin!["context"]);
        Assert.Equal("\"agreed cooperate\"", agree.Origin["event_text"]);
        Assert.NotNull(agree.Origin["text_info"]);
        Assert.Null(agree.Origin["eventText"]);

        // ASSAULT without a source: the unidentified actor stands in; the civilians are the strike's target.
        var bombing = Assert.IsType<Strike>(records.Single(r => r.RecordId == "PLOVER-GSR01-ASSAULT-0009").Event);
        Assert.Equal(PloverMapping.UnidentifiedActor, bombing.Attacker);
        Assert.Equal([WeaponKind.SuicideBomb], bombing.Weapons.ToArray());
        Assert.Equal(Estimate.Exactly(3), bombing.Harm!.Killed);
        Assert.Equal("Iraqi civilians", Assert.Single(bombing.Targets).Name);
        Assert.Equal("\"suicide-attack\"", bombing.Origin!["mode"]);

        // A legacy FIGHT with heavy weapons is a strike; a legacy DEMAND a demand.
        Assert.All(records.Where(r => r.Event!.Origin!["event"] == "\"FIGHT\"" && r.Event.Origin["mode"] == "\"heavy-weapons\""),
            r => Assert.Contains(WeaponKind.Artillery, Assert.IsType<Strike>(r.Event).Weapons));
        Assert.All(records.Where(r => r.Event!.Origin!["event"] == "\"DEMAND\""),
            r => Assert.Equal(StatementKind.Demand, Assert.IsType<Statement>(r.Event).Kind));

        // The 0.5 "target" is kept under its current name when the model cannot give it back.
        Assert.Contains(records, r => r.Event!.Origin!["recipient"] is not null);
        Assert.All(records, r => Assert.Null(r.Event!.Origin!["target"]));
    }

    [Fact]
    public void A_current_manual_record_reads_into_the_model()
    {
        var strike = Assert.IsType<Strike>(PloverReader.Read(CurrentRecord));

        Assert.Equal("plover-PLV-2022-06-24-0001", strike.Id);
        Assert.Equal(new Actor { Name = "Russian forces", Kind = ActorKind.StateForces, Country = new CountryCode("RU") }, strike.Attacker);
        Assert.Equal([WeaponKind.Artillery], strike.Weapons.ToArray());
        Assert.Equal("Ukrainian forces", Assert.Single(strike.Targets).Name);
        Assert.Equal(Estimate.Exactly(3), strike.Harm!.Killed);
        Assert.Equal(EventTime.OnDay(new LocalDate(2022, 6, 24)), strike.When);
        Assert.Equal(
            new Place { Name = "Lysychansk", Admin1 = "Luhansk", Country = new CountryCode("UA"), Point = new GeoPoint(48.9167, 38.4333) },
            strike.Where);
        Assert.Equal(
            new SourceRef
            {
                Outlet = "Reuters",
                Link = new Uri("https://example.org/a/1"),
                Published = Instant.FromUtc(2022, 6, 25, 0, 0),
                Quote = "Russian forces shelled Lysychansk on Friday, killing three people.",
            },
            Assert.Single(strike.Sources));
        Assert.Empty(strike.Validate());

        var origin = strike.Origin!;
        Assert.Equal("PLV-2022-06-24-0001", origin.RecordId);
        Assert.Equal("[\"ASSAULT\"]", origin["event"]);
        Assert.Equal("[\"heavy-weapons\"]", origin["mode"]);
        Assert.Equal("[\"military\"]", origin["context"]);
        Assert.Equal("\"hand\"", origin["coder"]);
        Assert.NotNull(origin["recipient"]);   // identifier_id has no field
        Assert.NotNull(origin["cite_info"]);   // language has no field
        Assert.Null(origin["source"]);         // given back exactly by the model
        Assert.Null(origin["event_loc"]);
        Assert.Null(origin["date"]);
        Assert.Null(origin["text"]);
    }

    [Fact]
    public void A_current_manual_record_round_trips()
    {
        var first = PloverReader.Read(CurrentRecord);
        string written = PloverWriter.Serialize(first);
        var second = PloverReader.Read(written);

        AssertSameProperties(CurrentRecord, written);
        Assert.Equal(first, second);
        Assert.Equal(written, PloverWriter.Serialize(second));

        // The origin survives the model's own JSON too.
        Assert.Equal(first, ConflictJson.Deserialize(ConflictJson.Serialize(first)));
    }

    [Fact]
    public void Records_without_extras_are_given_back_by_the_model_alone()
    {
        const string record = """
            {"id":"r1","date":"2022-06-20","enddate":"2022-06-24","source":[{"actor_text":"Ukrainian troops","code":"UKR","sector":"MIL"}],"event":["RETREAT"],"event_loc":{"name":"Sievierodonetsk","country code":"UA"},"mode":["withdraw"]}
            """;

        var withdrawal = Assert.IsType<Withdrawal>(PloverReader.Read(record));

        Assert.Equal(EventTime.Within(new DateInterval(new LocalDate(2022, 6, 20), new LocalDate(2022, 6, 24))), withdrawal.When);
        Assert.Equal("Sievierodonetsk", Assert.Single(withdrawal.From).Name);
        Assert.Equal(["event", "mode"], withdrawal.Origin!.Fields.Select(f => f.Name).ToArray());
        AssertSameProperties(record, PloverWriter.Serialize(withdrawal));
        Assert.Equal(record.Trim(), PloverWriter.Serialize(withdrawal));
    }

    [Fact]
    public void Json_lines_and_arrays_read_alike_and_bad_records_are_reported()
    {
        string line1 = PloverWriter.Serialize(PloverReader.Read(CurrentRecord));
        const string unknown = """{"id":"x2","date":"2022-06-24","event":["DANCE"]}""";
        const string broken = """{"id":"x3", "date": """;
        const string noId = """{"date":"2022-06-24","event":"PROTEST"}""";
        const string badDate = """{"id":"x5","date":"24/06/2022","event":"PROTEST"}""";
        string lines = string.Join("\n", line1, unknown, broken, "", noId, badDate) + "\n";

        var records = PloverReader.ReadAll(lines);

        Assert.Equal([1L, 2L, 3L, 5L, 6L], records.Select(r => r.Position).ToArray());
        Assert.True(records[0].IsSuccess);
        Assert.Equal("record 'x2': the event 'DANCE' is not a PLOVER event type", records[1].Error);
        Assert.StartsWith("line 3: not JSON", records[2].Error, StringComparison.Ordinal);
        Assert.Equal("record 5: the record has no id", records[3].Error);
        Assert.Equal("record 'x5': date '24/06/2022' is not a YYYY-MM-DD date", records[4].Error);

        var array = PloverReader.ReadAll("[" + line1 + "," + unknown + "]");
        Assert.Equal(records[0].Event, array[0].Event);
        Assert.False(array[1].IsSuccess);
        Assert.Throws<FormatException>(() => PloverReader.Read(unknown));
    }
}
