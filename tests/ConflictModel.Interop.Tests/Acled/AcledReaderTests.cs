using ConflictModel.Events;
using ConflictModel.Interop.Acled;
using NodaTime;

namespace ConflictModel.Interop.Tests.Acled;

public class AcledReaderTests
{
    [Theory]
    [InlineData(AcledSamples.Argentina, 326)]
    [InlineData(AcledSamples.BySubtype, 158)]
    public async Task Every_row_of_the_samples_imports_and_its_event_validates(string sample, int rows)
    {
        var records = await AcledSamples.ImportAsync(AcledSamples.Text(sample), sample);

        Assert.Equal(rows, records.Count);
        Assert.Equal(rows, AcledSamples.Parse(AcledSamples.Text(sample)).Rows.Count);
        foreach (var record in records)
        {
            Assert.Null(record.Error);
            Assert.NotNull(record.Event);
            Assert.Empty(record.Event.Validate());
            Assert.StartsWith("acled-", record.Event.Id, StringComparison.Ordinal);
            Assert.Equal("acled", record.Event.Origin!.Dataset);
            Assert.Equal(record.Event.Id["acled-".Length..], record.Event.Origin.RecordId);
        }

        // Rows start on consecutive lines after the header (no note in the samples spans lines).
        Assert.Equal(Enumerable.Range(2, rows).Select(i => (long)i), records.Select(r => r.LineNumber));
    }

    [Fact]
    public async Task The_kinds_of_by_subtype_sample_are_those_of_its_sub_event_types()
    {
        // Counted from the sub_event_type column: Strike = Air/drone strike 6 + Grenade 8 + Remote explosive 8 +
        // Shelling 1 + Suicide bomb 2; ControlChange = Government regains 7 + Non-state actor overtakes 5 +
        // Non-violent transfer 7; StrategicDevelopment = Change to group/activity 8 + Disrupted weapons use 6 + Other 8.
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.BySubtype);

        var kinds = events.GroupBy(e => e.GetType().Name).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["Strike"] = 25,
                ["ArmedClash"] = 6,
                ["ControlChange"] = 19,
                ["Protest"] = 24,
                ["Riot"] = 16,
                ["AttackOnCivilians"] = 22,
                ["Agreement"] = 8,
                ["Arrest"] = 8,
                ["PropertyDestruction"] = 8,
                ["StrategicDevelopment"] = 22,
            },
            kinds);

        var weapons = events.OfType<Strike>().GroupBy(s => Assert.Single(s.Weapons)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<WeaponKind, int>
            {
                [WeaponKind.AirStrike] = 6,
                [WeaponKind.Grenade] = 8,
                [WeaponKind.ExplosiveDevice] = 8,
                [WeaponKind.Artillery] = 1,
                [WeaponKind.SuicideBomb] = 2,
            },
            weapons);
        Assert.Equal(7, events.OfType<ControlChange>().Count(c => c.Violent == false));
        Assert.Equal(12, events.OfType<ControlChange>().Count(c => c.Violent == true));
        Assert.Equal([8, 8, 8], events.OfType<Protest>().GroupBy(p => p.Response).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Equal([8, 8], events.OfType<Riot>().GroupBy(r => r.Form).Select(g => g.Count()));
        Assert.Equal([8, 7, 7], events.OfType<AttackOnCivilians>().GroupBy(a => a.Violence).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Equal([8, 6, 8], events.OfType<StrategicDevelopment>().GroupBy(d => d.Development).OrderBy(g => g.Key).Select(g => g.Count()));
    }

    [Fact]
    public async Task The_kinds_of_the_argentina_sample_are_those_of_its_sub_event_types()
    {
        // Peaceful protest 277 + Protest with intervention 5; Violent demonstration 38 + Mob violence 4; Looting 2.
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.Argentina);

        var kinds = events.GroupBy(e => e.GetType().Name).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Protest"] = 282, ["Riot"] = 42, ["PropertyDestruction"] = 2 }, kinds);
        Assert.Equal(5, events.OfType<Protest>().Count(p => p.Response == ProtestResponse.Intervention));
        Assert.Equal(4, events.OfType<Riot>().Count(r => r.Form == RiotForm.MobViolence));
        Assert.All(events, e => Assert.Equal(new CountryCode("AR"), e.Where!.Country));
    }

    [Fact]
    public async Task ARG10607_is_a_peaceful_protest_in_Comodoro_Rivadavia()
    {
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.Argentina);

        var protest = Assert.IsType<Protest>(events.Single(e => e.Id == "acled-ARG10607"));
        Assert.Equal(
            [
                new Actor { Name = "Protesters (Argentina)", Kind = ActorKind.Protesters },
                new Actor { Name = "SISAP: Public Health Union" },
                new Actor { Name = "Health Workers (Argentina)" },
                new Actor { Name = "ATE: Association of State Workers" },
                new Actor { Name = "Labour Group (Argentina)" },
            ],
            protest.Protesters);
        Assert.Equal(ProtestResponse.None, protest.Response);
        Assert.Null(protest.RespondedBy);
        Assert.Equal(Estimate.Exactly(0), protest.Harm!.Killed);
        Assert.Equal(EventTime.OnDay(new LocalDate(2022, 6, 30)), protest.When);
        Assert.Equal(
            new Place
            {
                Name = "Comodoro Rivadavia",
                Admin1 = "Chubut",
                Admin2 = "Escalante",
                Country = new CountryCode("AR"),
                Point = new GeoPoint(-45.8644, -67.4997),
                Precision = PlacePrecision.Locality,
            },
            protest.Where);
        Assert.Equal([new SourceRef { Outlet = "Diario El Chubut" }, new SourceRef { Outlet = "Diario Cronica (Argentina)" }], protest.Sources);
        Assert.StartsWith("On 30 June 2022, in Comodoro Rivadavia (Chubut), a group of health workers", protest.Notes, StringComparison.Ordinal);
        Assert.EndsWith("There were protests all over the province. [size=no report]", protest.Notes, StringComparison.Ordinal);

        // Kept: only what the model cannot give back.
        Assert.Equal("ARG10607", protest.Origin!.RecordId);
        Assert.Equal(
            [
                new OriginField("disorder_type", "Demostrations"),
                new OriginField("source_scale", "National"),
                new OriginField("timestamp", "1657041386"),
            ],
            protest.Origin.Fields);
    }

    [Fact]
    public async Task SYR101035_is_a_Russian_air_strike_on_civilians_near_Mantaf()
    {
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.BySubtype);

        var strike = Assert.IsType<Strike>(events.Single(e => e.Id == "acled-SYR101035"));
        Assert.Equal(new Actor { Name = "Military Forces of Russia (2000-)", Kind = ActorKind.ExternalForces }, strike.Attacker);
        Assert.Equal([WeaponKind.AirStrike], strike.Weapons);
        Assert.Equal([new Target { Name = "Civilians (Syria)" }], strike.Targets);
        Assert.Equal(Estimate.Exactly(0), strike.Harm!.Killed);
        Assert.Equal(EventTime.OnDay(new LocalDate(2022, 5, 12)), strike.When);
        Assert.Equal("Mantaf", strike.Where!.Name);
        Assert.Equal(("Idleb", "Ariha", "Ariha"), (strike.Where.Admin1, strike.Where.Admin2, strike.Where.Admin3));
        Assert.Equal(new CountryCode("SY"), strike.Where.Country);
        Assert.Equal(PlacePrecision.Near, strike.Where.Precision);
        Assert.Equal(new GeoPoint(35.7784, 36.6518), strike.Where.Point);
        Assert.Equal([new SourceRef { Outlet = "SOHR" }], strike.Sources);

        // A target has no actor type, so inter2 is kept; civilian_targeting is empty in this export.
        Assert.Equal("7", strike.Origin!["inter2"]);
        Assert.Null(strike.Origin["interaction"]);
        Assert.Null(strike.Origin["country"]);
    }

    [Fact]
    public async Task COL9655_is_sexual_violence_with_the_associated_victims()
    {
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.BySubtype);

        var attack = Assert.IsType<AttackOnCivilians>(events.Single(e => e.Id == "acled-COL9655"));
        Assert.Equal(CivilianViolence.SexualViolence, attack.Violence);
        Assert.Equal(new Actor { Name = "Police Forces of Colombia (2018-)", Kind = ActorKind.StateForces }, attack.Perpetrator);
        Assert.Equal(
            ["Civilians (Colombia)", "LGBT (Colombia)", "Women (Colombia)", "Prisoners (Colombia)"],
            attack.Victims.Select(v => v.Name));
        Assert.Equal(ActorKind.Civilians, attack.Victims[0].Kind);
        Assert.Equal(new Casualties { Among = PopulationGroup.Civilians, Killed = Estimate.Exactly(0) }, attack.Harm);
        Assert.Equal(new CountryCode("CO"), attack.Where!.Country);
        Assert.Equal("Bogota - San Cristobal", attack.Where.Name);
    }

    [Fact]
    public async Task Week_and_month_precision_become_a_centred_week_and_the_month()
    {
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.BySubtype);

        // UGA7924: time_precision 3, event_date 2022-03-15.
        var month = events.Single(e => e.Id == "acled-UGA7924");
        Assert.Equal(EventTime.InMonth(2022, 3), month.When);
        Assert.Null(month.Origin!["event_date"]);

        // Every time_precision 2 row: the seven days centred on event_date.
        var (header, rows) = AcledSamples.Parse(AcledSamples.Text(AcledSamples.BySubtype));
        int id = Array.IndexOf(header, "event_id_cnty"), date = Array.IndexOf(header, "event_date"), precision = Array.IndexOf(header, "time_precision");
        var weekly = rows.Where(r => r[precision] == "2").ToList();
        Assert.Equal(15, weekly.Count);
        foreach (var row in weekly)
        {
            var day = NodaTime.Text.LocalDatePattern.Iso.Parse(row[date]).Value;
            var when = events.Single(e => e.Id == "acled-" + row[id]).When!;
            Assert.Equal(TimePrecision.Day, when.Precision);
            Assert.Null(when.Date);
            Assert.Equal(new DateInterval(day.PlusDays(-3), day.PlusDays(3)), when.Range);
        }
    }

    [Fact]
    public async Task A_transfer_of_territory_is_a_completed_control_change()
    {
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.BySubtype);

        var changes = events.OfType<ControlChange>().ToList();
        Assert.All(changes, c => Assert.Equal(ControlStatus.Completed, c.Status));
        Assert.All(changes, c => Assert.Equal(c.Where, c.Area));
        Assert.All(changes, c => Assert.NotNull(c.GainedBy));
        var regained = changes.Where(c => c.Violent == true && c.GainedBy!.Kind == ActorKind.StateForces).ToList();
        Assert.Equal(7, regained.Count);
    }

    [Fact]
    public async Task Missing_optional_columns_still_import()
    {
        var full = await AcledSamples.ImportSampleAsync(AcledSamples.Argentina);
        var text = AcledSamples.WithoutColumns(AcledSamples.Argentina, "tags", "timestamp");
        Assert.DoesNotContain("timestamp", text.Split('\n')[0], StringComparison.Ordinal);

        var records = await AcledSamples.ImportAsync(text);

        Assert.Equal(326, records.Count);
        Assert.All(records, r => Assert.Null(r.Error));
        var events = records.Select(r => r.Event!).ToList();
        Assert.All(events, e => Assert.Null(e.Origin!["timestamp"]));
        Assert.All(events, e => Assert.Empty(e.Validate()));
        // Apart from the cells that were dropped, the events are those of the whole file.
        var withoutDropped = full.Select(e => e with
        {
            Origin = e.Origin! with { Fields = new ValueList<OriginField>(e.Origin.Fields.Where(f => f.Name is not ("tags" or "timestamp"))) },
        });
        Assert.Equal(withoutDropped, events);
    }

    [Fact]
    public async Task A_file_with_only_the_required_columns_imports()
    {
        var required = AcledMapping.RequiredColumns.ToArray();
        var drop = AcledMapping.Columns.Except(required).ToArray();
        var text = AcledSamples.WithoutColumns(AcledSamples.BySubtype, drop);

        var records = await AcledSamples.ImportAsync(text);

        Assert.Equal(158, records.Count);
        // A control change needs the territory (the model requires Area), which only the place columns give:
        // its 19 rows are reported; the others import without a place.
        var errors = records.Where(r => r.Error is not null).ToList();
        Assert.Equal(19, errors.Count);
        Assert.All(errors, r => Assert.EndsWith("a transfer of territory needs a place, but location, admin1–3 and country are empty.", r.Error, StringComparison.Ordinal));
        var events = records.Select(r => r.Event).OfType<ConflictEvent>().ToList();
        Assert.Equal(139, events.Count);
        Assert.DoesNotContain(events, e => e is ControlChange);
        Assert.All(events, e => Assert.Null(e.Where));
        Assert.All(events, e => Assert.Equal(TimePrecision.Day, e.When!.Precision));
        Assert.All(events, e => Assert.Empty(e.Validate()));
    }

    [Fact]
    public async Task A_file_missing_a_required_column_gives_one_error_naming_it()
    {
        var text = AcledSamples.WithoutColumns(AcledSamples.Argentina, "sub_event_type");

        var records = await AcledSamples.ImportAsync(text, "no-sub.csv");

        var record = Assert.Single(records);
        Assert.Equal(1, record.LineNumber);
        Assert.Null(record.Event);
        Assert.Equal("no-sub.csv, line 1: the header lacks the required column sub_event_type.", record.Error);
    }

    [Fact]
    public async Task An_empty_file_gives_one_error()
    {
        var record = Assert.Single(await AcledSamples.ImportAsync(string.Empty));

        Assert.Null(record.Event);
        Assert.Contains("empty", record.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_with_an_invalid_date_reports_its_line_and_the_rest_import()
    {
        var (header, rows) = AcledSamples.Parse(AcledSamples.Text(AcledSamples.Argentina));
        var date = Array.IndexOf(header, "event_date");
        var notes = Array.IndexOf(header, "notes");
        rows[0][notes] = "Two lines,\nwith \"quotes\", and commas.";
        rows[2][date] = "2022-06-31";
        var text = AcledSamples.Format(header, rows);

        var records = await AcledSamples.ImportAsync(text, "bad-date.csv");

        Assert.Equal(326, records.Count);
        // Line 1 is the header, line 2–3 the first row (its note spans two lines), line 4 the second row.
        var bad = Assert.Single(records, r => r.Error is not null);
        Assert.Equal(5, bad.LineNumber);
        Assert.Null(bad.Event);
        Assert.Equal("bad-date.csv, line 5: event_date \"2022-06-31\" is not a date (expected yyyy-MM-dd).", bad.Error);
        Assert.Equal([2L, 4L, 5L, 6L], records.Take(4).Select(r => r.LineNumber));
        Assert.Equal(325, records.Count(r => r.Event is not null));
        Assert.Equal("Two lines,\nwith \"quotes\", and commas.", records[0].Event!.Notes);
    }

    [Fact]
    public async Task Blank_lines_are_skipped_and_do_not_shift_line_numbers()
    {
        var lines = AcledSamples.Text(AcledSamples.Argentina).Split("\r\n");
        var text = string.Join("\r\n", lines[0], lines[1], "", "", lines[2], "", "\"multi\nline\"" + lines[3][lines[3].IndexOf(',', StringComparison.Ordinal)..].Replace("2022-06-30", "2022-02-30", StringComparison.Ordinal), lines[4]) + "\r\n";

        var records = await AcledSamples.ImportAsync(text);

        Assert.Equal([2L, 5L, 7L, 9L], records.Select(r => r.LineNumber));
        Assert.Equal([true, true, false, true], records.Select(r => r.Event is not null));
        Assert.StartsWith("ACLED CSV, line 7: event_date", records[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_that_cannot_be_converted_are_reported_and_reading_goes_on()
    {
        var (header, rows) = AcledSamples.Parse(AcledSamples.Text(AcledSamples.BySubtype));
        string[] Row(int i, params (string Column, string Value)[] changes)
        {
            var row = (string[])rows[i].Clone();
            foreach (var (column, value) in changes)
            {
                row[Array.IndexOf(header, column)] = value;
            }

            return row;
        }

        var text = AcledSamples.Format(header,
        [
            Row(0, ("actor1", "")),
            Row(1, ("latitude", "95.5")),
            Row(2, ("event_type", "Earthquakes")),
            Row(3, ("event_type", "Earthquakes"), ("sub_event_type", "Tremor")),
            Row(4, ("fatalities", "many")),
            Row(5, ("time_precision", "4")),
            Row(6, ("event_id_cnty", "")),
            rows[7],
        ]);
        text = text.TrimEnd() + "\r\nONE,TWO\r\n";

        var records = await AcledSamples.ImportAsync(text);

        Assert.Equal(9, records.Count);
        Assert.Equal(Enumerable.Range(2, 9).Select(i => (long)i), records.Select(r => r.LineNumber));
        Assert.Contains("actor1 is empty", records[0].Error, StringComparison.Ordinal);
        Assert.Contains("Latitude", records[1].Error, StringComparison.Ordinal);
        Assert.Null(records[2].Error); // a known sub_event_type decides, whatever the event_type
        Assert.Contains("name no ACLED category", records[3].Error, StringComparison.Ordinal);
        Assert.Contains("fatalities \"many\"", records[4].Error, StringComparison.Ordinal);
        Assert.Contains("time_precision \"4\"", records[5].Error, StringComparison.Ordinal);
        Assert.Contains("event_id_cnty is empty", records[6].Error, StringComparison.Ordinal);
        Assert.NotNull(records[7].Event);
        Assert.Contains("the row has 2 cells, but the header names 31 columns", records[8].Error, StringComparison.Ordinal);
        Assert.Equal("Earthquakes", records[2].Event!.Origin!["event_type"]);
    }

    [Fact]
    public async Task A_row_with_a_stray_quote_is_reported_and_the_next_row_imports()
    {
        var lines = AcledSamples.Text(AcledSamples.Argentina).Split("\r\n");
        var broken = lines[1].Replace("Protesters (Argentina)", "Protesters \"Argentina\"", StringComparison.Ordinal);
        var text = string.Join("\r\n", lines[0], broken, lines[2]) + "\r\n";

        var records = await AcledSamples.ImportAsync(text, "stray.csv");

        Assert.Equal(2, records.Count);
        Assert.Equal("stray.csv, line 2: the row's quoting is malformed (a quote inside an unquoted cell).", records[0].Error);
        Assert.Equal((3L, "acled-ARG10626"), (records[1].LineNumber, records[1].Event!.Id));
    }

    [Fact]
    public async Task An_air_strike_whose_notes_name_a_drone_is_a_drone_strike()
    {
        var (header, rows) = AcledSamples.Parse(AcledSamples.Text(AcledSamples.BySubtype));
        var notes = Array.IndexOf(header, "notes");
        var sub = Array.IndexOf(header, "sub_event_type");
        var air = rows.Where(r => r[sub] == "Air/drone strike").Take(3).Select(r => (string[])r.Clone()).ToList();
        air[0][notes] = "On 1 May 2022, a Turkish drone struck a car.";
        air[1][notes] = "On 1 May 2022, UAVs hit a position.";
        air[2][notes] = "On 1 May 2022, the Androne air base was bombed.";

        var records = await AcledSamples.ImportAsync(AcledSamples.Format(header, air));

        Assert.Equal(
            [WeaponKind.Drone, WeaponKind.Drone, WeaponKind.AirStrike],
            records.Select(r => Assert.Single(((Strike)r.Event!).Weapons)));
    }

    [Fact]
    public async Task Reading_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        using var reader = new StringReader(AcledSamples.Text(AcledSamples.Argentina));
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var record in AcledReader.ReadAsync(reader, null, cancellation.Token))
            {
                if (++read == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(3, read);
    }
}
