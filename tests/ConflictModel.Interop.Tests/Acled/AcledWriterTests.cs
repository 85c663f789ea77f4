using System.Globalization;
using ConflictModel.Events;
using ConflictModel.Interop.Acled;
using NodaTime;

namespace ConflictModel.Interop.Tests.Acled;

public class AcledWriterTests
{
    private static Strike KyivStrike() => new()
    {
        Id = "kyiv-2022-10-10",
        Attacker = new Actor { Name = "Military Forces of Russia (2000-)", Kind = ActorKind.ExternalForces },
        Weapons = [WeaponKind.CruiseMissile, WeaponKind.Drone],
        Targets =
        [
            new Target { Kind = TargetKind.Energy, Name = "Kyiv power plant" },
            new Target { Kind = TargetKind.Troops, Name = "Military Forces of Ukraine (2019-)" },
        ],
        Harm = new Casualties { Killed = Estimate.AtLeast(19), Injured = Estimate.Exactly(105) },
        When = EventTime.OnDay(new LocalDate(2022, 10, 10)),
        Where = new Place
        {
            Name = "Kyiv",
            Admin1 = "Kyiv City",
            Country = new CountryCode("UA"),
            Point = new GeoPoint(50.4501, 30.5234),
        },
        Sources = [new SourceRef { Outlet = "Reuters" }, new SourceRef { Outlet = "Kyiv Independent" }],
        Notes = "Missiles and drones hit Kyiv, \"massively\".",
    };

    private static async Task<(AcledWriteResult Result, Dictionary<string, string>[] Rows)> WriteAsync(params ConflictEvent[] events)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var result = await AcledWriter.WriteAsync(writer, events);
        var (header, rows) = AcledSamples.Parse(writer.ToString());
        Assert.Equal(AcledMapping.Columns, header.Take(31));
        return (result, rows.Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToArray());
    }

    [Fact]
    public async Task A_strike_made_in_code_exports_with_cells_from_the_model()
    {
        var (result, rows) = await WriteAsync(KyivStrike());

        Assert.Equal(1, result.Written);
        Assert.Empty(result.Problems);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["event_id_cnty"] = "kyiv-2022-10-10",
                ["event_date"] = "2022-10-10",
                ["year"] = "2022",
                ["time_precision"] = "1",
                ["disorder_type"] = "Political violence",
                ["event_type"] = "Explosions/Remote violence",
                ["sub_event_type"] = "Air/drone strike",
                ["actor1"] = "Military Forces of Russia (2000-)",
                ["assoc_actor_1"] = "",
                ["inter1"] = "8",
                ["actor2"] = "Military Forces of Ukraine (2019-)",
                ["assoc_actor_2"] = "",
                ["inter2"] = "",
                ["interaction"] = "",
                ["civilian_targeting"] = "",
                ["iso"] = "804",
                ["region"] = "Europe",
                ["country"] = "Ukraine",
                ["admin1"] = "Kyiv City",
                ["admin2"] = "",
                ["admin3"] = "",
                ["location"] = "Kyiv",
                ["latitude"] = "50.4501",
                ["longitude"] = "30.5234",
                ["geo_precision"] = "1",
                ["source"] = "Reuters; Kyiv Independent",
                ["source_scale"] = "",
                ["notes"] = "Missiles and drones hit Kyiv, \"massively\".",
                ["fatalities"] = "19",
                ["tags"] = "",
                ["timestamp"] = "",
            },
            Assert.Single(rows));
    }

    [Fact]
    public async Task A_strike_made_in_code_reads_back_as_a_strike()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await AcledWriter.WriteAsync(writer, [KyivStrike()]);

        var record = Assert.Single(await AcledSamples.ImportAsync(writer.ToString()));

        var strike = Assert.IsType<Strike>(record.Event);
        Assert.Empty(strike.Validate());
        Assert.Equal("acled-kyiv-2022-10-10", strike.Id);
        Assert.Equal(KyivStrike().Attacker, strike.Attacker);
        Assert.Equal([WeaponKind.Drone], strike.Weapons); // the notes name drones
        Assert.Equal(Estimate.Exactly(19), strike.Harm!.Killed);
        Assert.Equal(KyivStrike().Where, strike.Where);
        Assert.Equal(KyivStrike().When, strike.When);
        Assert.Equal(KyivStrike().Sources, strike.Sources);
        Assert.Equal(KyivStrike().Notes, strike.Notes);
    }

    [Theory]
    [InlineData(new[] { WeaponKind.Artillery }, "Shelling/artillery/missile attack")]
    [InlineData(new[] { WeaponKind.BallisticMissile }, "Shelling/artillery/missile attack")]
    [InlineData(new WeaponKind[0], "Shelling/artillery/missile attack")]
    [InlineData(new[] { WeaponKind.GlideBomb }, "Air/drone strike")]
    [InlineData(new[] { WeaponKind.AirStrike, WeaponKind.Grenade }, "Grenade")]
    [InlineData(new[] { WeaponKind.ExplosiveDevice, WeaponKind.SuicideBomb }, "Suicide bomb")]
    [InlineData(new[] { WeaponKind.SuicideBomb, WeaponKind.Chemical }, "Chemical weapon")]
    public async Task A_strike_s_weapons_decide_its_sub_event_type(WeaponKind[] weapons, string subEventType)
    {
        var (_, rows) = await WriteAsync(KyivStrike() with { Weapons = weapons });

        Assert.Equal(subEventType, Assert.Single(rows)["sub_event_type"]);
    }

    [Fact]
    public async Task Other_kinds_made_in_code_export_under_their_categories()
    {
        var day = EventTime.OnDay(new LocalDate(2022, 3, 2));
        var mariupol = new Place { Name = "Mariupol", Admin1 = "Donetsk", Country = new CountryCode("UA") };
        var russia = new Actor { Name = "Military Forces of Russia (2000-)", Kind = ActorKind.ExternalForces };
        var ukraine = new Actor { Name = "Military Forces of Ukraine (2019-)", Kind = ActorKind.StateForces };
        var police = new Actor { Name = "Police Forces of Ukraine (2019-)", Kind = ActorKind.StateForces };
        ConflictEvent[] events =
        [
            new ArmedClash { Id = "a", Sides = [russia, ukraine], Allies = [new Actor { Name = "Azov" }], When = day, Where = mariupol },
            new ControlChange { Id = "b", Area = mariupol, GainedBy = russia, LostBy = ukraine, Status = ControlStatus.Completed, When = day },
            new ControlChange { Id = "c", Area = mariupol, GainedBy = ukraine, Status = ControlStatus.Completed, When = day },
            new ControlChange { Id = "d", Area = mariupol, GainedBy = ukraine, Violent = false, Status = ControlStatus.Completed, When = day },
            new Protest { Id = "e", Protesters = [new Actor { Name = "Protesters (Ukraine)", Kind = ActorKind.Protesters }, new Actor { Name = "Students (Ukraine)" }], Response = ProtestResponse.Intervention, RespondedBy = police },
            new Riot { Id = "f", Rioters = [new Actor { Name = "Rioters (Ukraine)", Kind = ActorKind.Rioters }], Form = RiotForm.MobViolence },
            new AttackOnCivilians { Id = "g", Perpetrator = russia, Victims = [new Actor { Name = "Civilians (Ukraine)", Kind = ActorKind.Civilians }], Violence = CivilianViolence.Abduction },
            new Agreement { Id = "h", Parties = [russia, ukraine], Form = AgreementForm.PrisonerExchange },
            new Arrest { Id = "i", By = police, Detained = [new Actor { Name = "Civilians (Ukraine)", Kind = ActorKind.Civilians }] },
            new PropertyDestruction { Id = "j", Perpetrator = russia },
            new StrategicDevelopment { Id = "k", Actors = [ukraine], Development = DevelopmentKind.WeaponsDisrupted },
            new GroundAssault { Id = "l", Attacker = russia, Defender = ukraine, Actions = [AssaultAction.Attack] },
            new ChangeOfCommand { Id = "m", Organization = russia, Change = CommandChange.Dismissed },
        ];

        var (result, rows) = await WriteAsync(events);

        Assert.Equal(13, result.Written);
        Assert.Equal(
            [
                "Battles/Armed clash/8/18",
                "Battles/Non-state actor overtakes territory/8/18",
                "Battles/Government regains territory/1/10",
                "Strategic developments/Non-violent transfer of territory/1/10",
                "Protests/Protest with intervention/6/16",
                "Riots/Mob violence/5/50",
                "Violence against civilians/Abduction/forced disappearance/8/78",
                "Strategic developments/Agreement/8/18",
                "Strategic developments/Arrests/1/17",
                "Strategic developments/Looting/property destruction/8/80",
                "Strategic developments/Disrupted weapons use/1/10",
                "Battles/Armed clash/8/18",
                "Strategic developments/Change to group/activity/8/80",
            ],
            rows.Select(r => $"{r["event_type"]}/{r["sub_event_type"]}/{r["inter1"]}/{r["interaction"]}"));
        Assert.Equal("Azov", rows[0]["assoc_actor_1"]);
        Assert.Equal("Students (Ukraine)", rows[4]["assoc_actor_1"]);
        Assert.Equal("Police Forces of Ukraine (2019-)", rows[4]["actor2"]);
        Assert.Equal("Civilian targeting", rows[6]["civilian_targeting"]);
        Assert.Equal(["Political violence", "Demonstrations", "Political violence", "Strategic developments"], new[] { 0, 4, 5, 7 }.Select(i => rows[i]["disorder_type"]));
        Assert.All(rows.Skip(4), r => Assert.Equal(("", ""), (r["event_date"], r["location"])));
    }

    [Theory]
    [InlineData("week", "2022-06-16", "2")]    // the ISO week of Monday 13 June: its Thursday
    [InlineData("month", "2022-06-15", "3")]
    [InlineData("year", "2022-07-01", "3")]
    [InlineData("range3", "2022-06-14", "2")]
    [InlineData("range20", "2022-06-19", "3")]
    [InlineData("instant", "2022-06-13", "1")]
    public async Task Coarser_times_export_as_ACLED_dates(string time, string eventDate, string timePrecision)
    {
        var when = time switch
        {
            "week" => EventTime.InWeek(new LocalDate(2022, 6, 15)),
            "month" => EventTime.InMonth(2022, 6),
            "year" => EventTime.InYear(2022),
            "range3" => EventTime.Within(new DateInterval(new LocalDate(2022, 6, 13), new LocalDate(2022, 6, 15))),
            "range20" => EventTime.Within(new DateInterval(new LocalDate(2022, 6, 10), new LocalDate(2022, 6, 29))),
            _ => EventTime.At(Instant.FromUtc(2022, 6, 13, 23, 30)),
        };

        var (_, rows) = await WriteAsync(KyivStrike() with { When = when });

        Assert.Equal((eventDate, timePrecision), (rows[0]["event_date"], rows[0]["time_precision"]));
    }

    [Fact]
    public async Task Kinds_ACLED_has_no_category_for_are_skipped_and_reported()
    {
        var statement = new Statement { Id = "st-1", Speaker = new Actor { Name = "Serhiy Haidai" }, Kind = StatementKind.Claim };

        var (result, rows) = await WriteAsync(statement, KyivStrike());

        Assert.Single(rows);
        Assert.Equal(1, result.Written);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("event 1 (st-1) is a 'statement', for which ACLED has no category; skipped.", problem);
    }

    [Fact]
    public async Task No_events_give_the_header_alone()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        var result = await AcledWriter.WriteAsync(writer, Array.Empty<ConflictEvent>());

        Assert.Equal(0, result.Written);
        Assert.Equal(string.Join(",", AcledMapping.Columns) + "\r\n", writer.ToString());
    }

    [Fact]
    public async Task Kept_cells_of_another_dataset_are_ignored()
    {
        var strike = KyivStrike() with
        {
            Origin = new Origin { Dataset = "ucdp-ged", RecordId = "1", Fields = [new OriginField("region", "Mars"), new OriginField("where_prec", "1")] },
        };

        var (_, rows) = await WriteAsync(strike);

        Assert.Equal("Europe", rows[0]["region"]);
        Assert.Equal(31, rows[0].Count);
    }

    [Fact]
    public async Task An_extra_column_the_header_lacks_is_reported()
    {
        var first = KyivStrike() with { Id = "one", Origin = new Origin { Dataset = "acled", Fields = [new OriginField("iso3", "UKR")] } };
        var second = KyivStrike() with { Id = "two", Origin = new Origin { Dataset = "acled", Fields = [new OriginField("data_id", "7")] } };

        var (result, rows) = await WriteAsync(first, second);

        Assert.Equal(["UKR", ""], rows.Select(r => r["iso3"]));
        Assert.Equal(2, result.Written);
        Assert.Contains("event 2 (two) has the extra column \"data_id\"", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_async_writer_streams_from_an_async_sequence()
    {
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.BySubtype);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        var result = await AcledWriter.WriteAsync(writer, events.ToAsyncEnumerable());

        Assert.Equal(158, result.Written);
        Assert.Equal(AcledSamples.Text(AcledSamples.BySubtype), writer.ToString());
    }
}
