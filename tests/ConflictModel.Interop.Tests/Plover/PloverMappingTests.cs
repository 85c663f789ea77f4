using System.Text.Json;
using ConflictModel.Events;
using ConflictModel.Interop.Plover;
using NodaTime;

namespace ConflictModel.Interop.Tests.Plover;

public sealed class PloverMappingTests
{
    public static TheoryData<PloverEventType> Types()
    {
        var data = new TheoryData<PloverEventType>();
        foreach (var type in PloverEventTypes.All)
        {
            data.Add(type);
        }

        return data;
    }

    private static ConflictEvent ReadMinimal(PloverEventType type, string? mode)
    {
        string modeJson = mode is null ? string.Empty : ",\"mode\":[\"" + mode + "\"]";
        return PloverReader.Read("{\"id\":\"t\",\"date\":\"2022-01-01\",\"source\":[{\"actor_text\":\"A\"}],\"event\":[\""
            + type.ToCode() + "\"]" + modeJson + "}");
    }

    [Fact]
    public void There_are_sixteen_types_with_distinct_codes()
    {
        Assert.Equal(16, PloverEventTypes.All.Count);
        Assert.Equal(16, PloverEventTypes.All.Select(t => t.ToCode()).Distinct().Count());
        Assert.Equal(
            ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
             "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
            PloverEventTypes.All.Select(t => t.ToCode()).ToArray());
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_type_maps_to_a_kind_and_back_to_the_same_type(PloverEventType type)
    {
        var kind = PloverMapping.KindFor(type);
        var read = ReadMinimal(type, null);

        Assert.Equal(kind, read.EventKind);
        Assert.Contains(kind, PloverMapping.KindsFor(type));
        Assert.Empty(read.Validate());
        var plain = read with { Origin = null };
        Assert.Equal(type, PloverMapping.CodeFor(plain)!.Type);
        Assert.True(PloverWriter.CanWrite(plain));
        using var written = JsonDocument.Parse(PloverWriter.Serialize(plain));
        Assert.Equal(type.ToCode(), written.RootElement.GetProperty("event")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_mode_of_a_type_keeps_the_type(PloverEventType type)
    {
        foreach (var mode in type.Modes())
        {
            var read = ReadMinimal(type, mode);
            Assert.Empty(read.Validate());
            Assert.Contains(read.EventKind, PloverMapping.KindsFor(type));
            Assert.Equal(type, PloverMapping.CodeFor(read with { Origin = null })!.Type);
        }
    }

    [Fact]
    public void Kinds_follow_the_brief_and_the_schemas()
    {
        Assert.Equal(Withdrawal.Descriptor, PloverMapping.KindFor(PloverEventType.Retreat, ["withdraw"]));
        Assert.Equal(Statement.Descriptor, PloverMapping.KindFor(PloverEventType.Retreat, ["release"]));
        Assert.Equal(Sanction.Descriptor, PloverMapping.KindFor(PloverEventType.Sanction));
        Assert.Equal(Strike.Descriptor, PloverMapping.KindFor(PloverEventType.Assault, ["aerial"]));
        Assert.Equal(Strike.Descriptor, PloverMapping.KindFor(PloverEventType.Assault, ["explosion"]));
        Assert.Equal(AttackOnCivilians.Descriptor, PloverMapping.KindFor(PloverEventType.Assault, ["abduct"]));
        Assert.Equal(ArmedClash.Descriptor, PloverMapping.KindFor(PloverEventType.Assault, ["sideAB"]));
        Assert.Equal(Accusation.Descriptor, PloverMapping.KindFor(PloverEventType.Accuse));
        Assert.Equal(WeaponsRequest.Descriptor, PloverMapping.KindFor(PloverEventType.Request, ["military"]));
        Assert.Equal(WeaponsRequest.Descriptor, PloverMapping.KindFor(PloverEventType.Request, ["assist"], ["military"]));
        Assert.Equal(Statement.Descriptor, PloverMapping.KindFor(PloverEventType.Request));
        Assert.Equal(Riot.Descriptor, PloverMapping.KindFor(PloverEventType.Protest, ["riot-spon"]));
        Assert.Equal(Protest.Descriptor, PloverMapping.KindFor(PloverEventType.Protest, ["demo"]));
        Assert.Equal(Agreement.Descriptor, PloverMapping.KindFor(PloverEventType.Agree));
        Assert.Equal(DiplomaticDecision.Descriptor, PloverMapping.KindFor(PloverEventType.Cooperate));
        Assert.Equal(Arrest.Descriptor, PloverMapping.KindFor(PloverEventType.Coerce, ["detain"]));
        Assert.Equal(PropertyDestruction.Descriptor, PloverMapping.KindFor(PloverEventType.Coerce, ["confiscate"]));
        Assert.Equal(StrategicDevelopment.Descriptor, PloverMapping.KindFor(PloverEventType.Mobilize, ["troops"]));

        // Every kind whose schema names a PLOVER code is written as that code.
        foreach (var kind in EventCatalog.Kinds)
        {
            var codes = kind.CodesIn("plover");
            if (!codes.IsEmpty)
            {
                Assert.Equal(codes[0], PloverMapping.TypeFor(kind)!.Value.ToCode());
            }
        }

        Assert.Equal(
            ["armed-clash", "attack-on-civilians", "ground-assault", "property-destruction", "strike"],
            PloverMapping.KindsFor(PloverEventType.Assault).Select(k => k.Type).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Assault_depends_on_the_actors_when_the_mode_does_not_decide()
    {
        static ConflictEvent Read(string actors) =>
            PloverReader.Read("{\"id\":\"a\",\"event\":\"ASSAULT\"," + actors + "}");

        Assert.IsType<ArmedClash>(Read("\"source\":[{\"actor_text\":\"A\"},{\"actor_text\":\"B\"}]"));
        Assert.IsType<GroundAssault>(Read("\"source\":[{\"actor_text\":\"A\",\"sector\":\"MIL\"}],\"recipient\":[{\"actor_text\":\"B\",\"sector\":\"REB\"}]"));
        var attack = Assert.IsType<AttackOnCivilians>(Read("\"source\":[{\"actor_text\":\"A\"}],\"recipient\":[{\"actor_text\":\"villagers\",\"sector\":\"CVL\"}]"));
        Assert.Equal(CivilianViolence.Attack, attack.Violence);
        var clash = Assert.IsType<ArmedClash>(Read("\"source\":[{\"actor_text\":\"A\"}],\"recipient\":[{\"actor_text\":\"B\"}],\"mode\":[\"sideAB\",\"firearms\"]"));
        Assert.Equal(["A", "B"], clash.Sides.Select(s => s.Name).ToArray());
        Assert.Equal([WeaponKind.SmallArms], clash.Weapons.ToArray());
    }

    [Fact]
    public void Cameo_codes_come_from_the_schemas_and_look_up_both_ways()
    {
        Assert.Contains("194", CameoCodes.For(Strike.Descriptor));
        Assert.Equal(Strike.Descriptor.CodesIn("cameo"), CameoCodes.For(Strike.Descriptor));
        Assert.Equal([Strike.Descriptor], CameoCodes.KindsFor("194").ToArray());
        Assert.Equal([Strike.Descriptor], CameoCodes.KindsFor("1951").ToArray());
        Assert.Contains(Withdrawal.Descriptor, CameoCodes.KindsFor("0874"));
        Assert.Empty(CameoCodes.KindsFor("999"));
        Assert.Empty(CameoCodes.KindsFor("abc"));

        var fight = CameoCodes.KindsUnderRoot("19").Select(k => k.Type).ToArray();
        Assert.Equal(["armed-clash", "ground-assault", "strike"], fight);
        Assert.Equal(fight, CameoCodes.KindsUnderRoot("194").Select(k => k.Type).ToArray());
        Assert.Contains(AttackOnCivilians.Descriptor, CameoCodes.KindsUnderRoot("18"));
        Assert.Contains(Protest.Descriptor, CameoCodes.KindsUnderRoot("14"));
        Assert.Contains(Riot.Descriptor, CameoCodes.KindsUnderRoot("14"));

        Assert.Equal(PloverEventType.Assault, PloverMapping.TypeForCameo("194"));
        Assert.Equal(PloverEventType.Concede, PloverMapping.TypeForCameo("082"));
        Assert.Equal(PloverEventType.Retreat, PloverMapping.TypeForCameo("0874"));
        Assert.Equal(PloverEventType.Request, PloverMapping.TypeForCameo("1032"));
        Assert.Null(PloverMapping.TypeForCameo("01"));
        Assert.Null(PloverMapping.TypeForCameo("08"));

        // The CAMEO codes of a kind and its PLOVER type agree with the manual's translation table.
        foreach (var kind in new[] { Strike.Descriptor, Protest.Descriptor, Sanction.Descriptor, Accusation.Descriptor, Withdrawal.Descriptor, Arrest.Descriptor })
        {
            foreach (var code in CameoCodes.For(kind))
            {
                Assert.Equal(PloverMapping.TypeFor(kind), PloverMapping.TypeForCameo(code));
            }
        }
    }

    [Fact]
    public void Legacy_type_names_and_modes_are_read()
    {
        Assert.True(PloverEventTypes.TryParse("DEMAND", out var demand));
        Assert.Equal(PloverEventType.Request, demand);
        Assert.True(PloverEventTypes.TryParse("fight", out var fight));
        Assert.Equal(PloverEventType.Assault, fight);
        Assert.True(PloverEventTypes.TryParse("INVESTIGATE", out var investigate));
        Assert.Equal(PloverEventType.Accuse, investigate);
        Assert.False(PloverEventTypes.TryParse("DOCUMENT", out _));
        Assert.Equal("hunger", PloverEventTypes.NormalizeMode("strike-hun"));
        Assert.Equal("riot", PloverEventTypes.NormalizeMode("riot-spon"));
        Assert.Equal("sideAB", PloverEventTypes.NormalizeMode("SIDEAB"));
    }
}

public sealed class PloverWriterTests
{
    [Fact]
    public void An_event_from_elsewhere_is_written_in_the_current_field_names()
    {
        var strike = new Strike
        {
            Id = "s-1",
            Attacker = new Actor { Name = "Russian forces", Kind = ActorKind.StateForces, Country = new CountryCode("RU") },
            Weapons = [WeaponKind.CruiseMissile, WeaponKind.Drone],
            Targets = [new Target { Name = "Azot chemical plant", Kind = TargetKind.IndustrialSite }],
            Harm = new Casualties { Killed = Estimate.Exactly(2), Injured = Estimate.Approximately(Quantifier.Dozens) },
            When = EventTime.OnDay(new LocalDate(2022, 6, 24)),
            Where = new Place { Name = "Sievierodonetsk", Admin1 = "Luhansk", Country = new CountryCode("UA"), Point = new GeoPoint(48.9482, 38.4917) },
            Sources = [new SourceRef { Outlet = "Reuters", Link = new Uri("https://example.org/x"), Quote = "Missiles hit the Azot plant." }],
        };

        string json = PloverWriter.Serialize(strike);

        Assert.Equal(
            """{"id":"s-1","date":"2022-06-24","source":[{"actor_text":"Russian forces","code":"RUS","sector":"MIL"}],"recipient":[{"actor_text":"Azot chemical plant"}],"event":["ASSAULT"],"event_loc":{"name":"Sievierodonetsk","admin1":"Luhansk","country code":"UA","latitude":48.9482,"longitude":38.4917},"mode":["heavy-weapons","aerial"],"dead":2,"injured":"dozens","text":"Missiles hit the Azot plant.","cite_info":{"publication":"Reuters","url":"https://example.org/x"}}""",
            json);

        var back = Assert.IsType<Strike>(PloverReader.Read(json));
        Assert.Equal(strike.Attacker, back.Attacker);
        Assert.Equal([WeaponKind.Artillery, WeaponKind.AirStrike], back.Weapons.ToArray());
        Assert.Equal(strike.Harm, back.Harm);
        Assert.Equal(strike.Where, back.Where);
        Assert.Equal(strike.Sources, back.Sources);
    }

    [Fact]
    public void Ucdp_events_can_be_written_as_plover()
    {
        var clash = new ArmedClash
        {
            Id = "ucdp-1",
            Sides = [new Actor { Name = "Government of Syria", Kind = ActorKind.StateForces, Country = new CountryCode("SY") }, new Actor { Name = "Syrian insurgents", Kind = ActorKind.RebelGroup }],
            When = EventTime.Within(new DateInterval(new LocalDate(2013, 1, 1), new LocalDate(2013, 1, 3))),
            Origin = new Origin { Dataset = "ucdp-ged", RecordId = "1", Fields = [new OriginField("priogrid_gid", "181154")] },
        };

        string json = PloverWriter.Serialize(clash);

        Assert.Equal(
            """{"id":"ucdp-1","date":"2013-01-01","enddate":"2013-01-03","source":[{"actor_text":"Government of Syria","code":"SYR","sector":"MIL"},{"actor_text":"Syrian insurgents","sector":"REB"}],"event":["ASSAULT"]}""",
            json);
    }

    [Fact]
    public void Events_plover_has_no_category_for_are_refused()
    {
        var claim = new Statement { Id = "c", Speaker = new Actor { Name = "X" }, Kind = StatementKind.Claim };
        var command = new ChangeOfCommand { Id = "cc", Organization = new Actor { Name = "Y" }, Change = CommandChange.Dismissed };

        Assert.False(PloverWriter.CanWrite(claim));
        Assert.False(PloverWriter.CanWrite(command));
        Assert.Null(PloverMapping.CodeFor(claim));
        Assert.Throws<NotSupportedException>(() => PloverWriter.Serialize(command));
    }

    [Fact]
    public void Json_lines_and_arrays_are_written_one_record_per_event()
    {
        var events = PloverReader.ReadAll(File.ReadAllText(SharedData.File("plover", "gold_standard_records_v0.5b1.json")))
            .Select(r => r.Event!).ToList();

        string lines = PloverWriter.SerializeJsonLines(events);
        var again = PloverReader.ReadAll(lines);

        // Written in the current manual's order, the 0.5 records come back the same but for the order of the kept properties.
        static ConflictEvent Sorted(ConflictEvent e) =>
            e with { Origin = e.Origin! with { Fields = ValueList.From(e.Origin.Fields.OrderBy(f => f.Name, StringComparer.Ordinal)) } };
        Assert.Equal(events.Count, lines.Count(c => c == '\n'));
        Assert.Equal(events.Select(Sorted), again.Select(r => Sorted(r.Event!)));
        Assert.Equal(events.Select(Sorted), PloverReader.ReadAll(PloverWriter.SerializeArray(events, indented: true)).Select(r => Sorted(r.Event!)));

        // Written records use the current names: recipient, event_text, text_info; never the 0.5 target, eventText, textInfo.
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var record = JsonDocument.Parse(line);
            foreach (var name in new[] { "target", "eventText", "textInfo", "eventLoc", "dateCoded" })
            {
                Assert.False(record.RootElement.TryGetProperty(name, out _), name);
            }
        }
    }
}
