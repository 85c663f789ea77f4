using System.Globalization;
using ConflictModel.Events;
using ConflictModel.Interop.Ucdp;
using ConflictModel.Serialization;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;

namespace ConflictModel.Interop.Tests.Ucdp;

public sealed class UcdpGedReaderTests
{
    private static readonly string SamplePath = SharedData.File("ucdp", "ged_sample.csv");

    private static async Task<List<UcdpRecord>> ReadAllAsync(string text, string? source = null)
    {
        var records = new List<UcdpRecord>();
        await foreach (var record in UcdpGedReader.ReadAsync(new StringReader(text), source))
        {
            records.Add(record);
        }

        return records;
    }

    private static Task<List<UcdpRecord>> ReadSampleAsync() => ReadAllAsync(File.ReadAllText(SamplePath), "ged_sample.csv");

    /// <summary>The sample's rows as an independent CsvHelper read sees them, column name to cell.</summary>
    private static List<Dictionary<string, string>> IndependentRows()
    {
        using var reader = new StreamReader(SamplePath);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        var names = csv.HeaderRecord!;
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                row[name] = csv.GetField(name)!;
            }

            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task Every_row_of_the_sample_imports_and_validates_without_problems()
    {
        var records = await ReadSampleAsync();

        Assert.Equal(488, records.Count);
        foreach (var record in records)
        {
            Assert.True(record.IsSuccess, record.Error);
            Assert.Null(record.Error);
            Assert.Empty(record.Event.Validate());
        }

        Assert.Equal(488, records.Select(r => r.Event!.Id).Distinct().Count());
        Assert.All(records, r => Assert.Equal(UcdpGedReader.Dataset, r.Event!.Origin!.Dataset));
    }

    [Fact]
    public async Task Counts_per_kind_match_the_type_of_violence_column()
    {
        var byType = IndependentRows().GroupBy(r => r["type_of_violence"]).ToDictionary(g => g.Key, g => g.Count());
        var records = await ReadSampleAsync();

        int clashes = records.Count(r => r.Event is ArmedClash);
        int attacks = records.Count(r => r.Event is AttackOnCivilians);

        Assert.Equal(byType["1"] + byType["2"], clashes);
        Assert.Equal(byType["3"], attacks);
        Assert.Equal(415, clashes);
        Assert.Equal(73, attacks);
        Assert.Equal(records.Count, clashes + attacks);
    }

    [Fact]
    public async Task Row_300380_is_mapped_field_by_field()
    {
        var record = (await ReadSampleAsync()).Single(r => r.Event!.Id == "ucdp-300380");
        var clash = Assert.IsType<ArmedClash>(record.Event);

        Assert.Equal(2, record.LineNumber);
        Assert.Equal(2, clash.Sides.Count);
        Assert.Equal(new Actor { Name = "Government of Syria", Kind = ActorKind.StateForces, Country = new CountryCode("SY") }, clash.Sides[0]);
        Assert.Equal(new Actor { Name = "Syrian insurgents", Kind = ActorKind.RebelGroup }, clash.Sides[1]);
        Assert.Equal(EventTime.OnDay(new LocalDate(2013, 1, 3)), clash.When);

        var where = clash.Where!;
        Assert.Equal("Rami village", where.Name);
        Assert.Equal("Idlib governorate", where.Admin1);
        Assert.Equal("Ariha district", where.Admin2);
        Assert.Equal(new CountryCode("SY"), where.Country);
        Assert.Equal(new GeoPoint(35.763369, 36.558974), where.Point);
        Assert.Equal(PlacePrecision.Exact, where.Precision);

        Assert.Equal(new Casualties { Among = PopulationGroup.Combatants, Killed = Estimate.Exactly(2) }, clash.Harm);

        var published = Instant.FromUtc(2013, 1, 3, 0, 0);
        Assert.Equal(
            [new SourceRef { Outlet = "Support Kurds in Syria", Published = published }, new SourceRef { Outlet = "VDC", Published = published }],
            clash.Sources.ToArray());

        var origin = clash.Origin!;
        Assert.Equal("300380", origin.RecordId);
        Assert.Equal("SYR-2013-1-11973-99", origin["relid"]);
        Assert.Equal("1", origin["type_of_violence"]);
        Assert.Equal("181154", origin["priogrid_gid"]);
        Assert.Equal("POINT (36.558974 35.763369)", origin["geom_wkt"]);
        Assert.Equal("2", origin["best"]);
        Assert.Equal("1", origin["date_prec"]);
        Assert.Equal("1", origin["where_prec"]);
        Assert.Equal("SOHR; VDC", origin["source_original"]);
        Assert.Equal("Thursday 3 January 2013;Abdul Satar Mustafa Hankosh", origin["source_headline"]);
        Assert.Equal("652", origin["gwnoa"]);
        Assert.Equal("Syria", origin["country"]);

        // What the model gives back exactly is not repeated; empty cells are not kept.
        foreach (var column in new[] { "id", "side_a", "side_b", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude",
                     "date_start", "date_end", "low", "high", "source_office", "source_date", "gwnob" })
        {
            Assert.Null(origin[column]);
        }
    }

    [Fact]
    public async Task One_sided_violence_becomes_an_attack_on_civilians()
    {
        var records = await ReadSampleAsync();
        var attack = records.Select(r => r.Event).OfType<AttackOnCivilians>().First();

        Assert.Equal(CivilianViolence.Attack, attack.Violence);
        Assert.Equal([new Actor { Name = "Civilians", Kind = ActorKind.Civilians }], attack.Victims.ToArray());
        Assert.Equal("3", attack.Origin!["type_of_violence"]);
        Assert.NotNull(attack.Harm!.Killed);
    }

    [Fact]
    public async Task Rows_whose_cells_hold_line_breaks_read_whole_and_keep_their_starting_line()
    {
        var rows = IndependentRows();
        var records = await ReadSampleAsync();
        Assert.Equal(rows.Count, records.Count);

        // Row 57977 starts on line 87 and its source_article spans several lines.
        var record = records.Single(r => r.Event!.Id == "ucdp-57977");
        Assert.Equal(87, record.LineNumber);
        var article = record.Event!.Origin!["source_article"]!;
        Assert.Contains('\n', article);
        Assert.Equal(rows.Single(r => r["id"] == "57977")["source_article"], article);

        Assert.Equal(47, records.Single(r => r.Event!.Id == "ucdp-52588").LineNumber);
        Assert.Equal(97, records.Single(r => r.Event!.Id == "ucdp-377295").LineNumber);
        Assert.Equal(601, records[^1].LineNumber);

        // Every multi-line cell survives, wherever the model or the origin holds it.
        for (int i = 0; i < rows.Count; i++)
        {
            var origin = records[i].Event!.Origin!;
            foreach (var (column, cell) in rows[i])
            {
                if (cell.Contains('\n', StringComparison.Ordinal))
                {
                    Assert.Equal(cell, origin[column]);
                }
            }
        }
    }

    [Fact]
    public async Task A_row_with_a_broken_date_reports_its_line_and_the_rest_import()
    {
        var lines = File.ReadAllText(SamplePath);
        // Row 21300 starts on line 3; row 377295 on line 97, after rows that span several lines.
        var broken = lines
            .Replace("1989-05-10 00:00:00,1989-05-16 00:00:00", "1989-13-45 00:00:00,1989-05-16 00:00:00", StringComparison.Ordinal);
        var row377295 = IndependentRows().Single(r => r["id"] == "377295");
        broken = broken.Replace(
            row377295["date_start"] + "," + row377295["date_end"] + ",",
            "someday," + row377295["date_end"] + ",",
            StringComparison.Ordinal);
        Assert.NotEqual(lines, broken);

        var records = await ReadAllAsync(broken, "ged.csv");

        Assert.Equal(488, records.Count);
        var failures = records.Where(r => !r.IsSuccess).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Equal(3, failures[0].LineNumber);
        Assert.StartsWith("ged.csv:3: date_start '1989-13-45 00:00:00'", failures[0].Error, StringComparison.Ordinal);
        Assert.Equal(97, failures[1].LineNumber);
        Assert.Contains("date_start 'someday'", failures[1].Error, StringComparison.Ordinal);
        Assert.All(records.Where(r => r.IsSuccess), r => Assert.Empty(r.Event!.Validate()));
        Assert.Equal(486, records.Count(r => r.IsSuccess));
    }

    [Fact]
    public async Task A_row_with_too_few_cells_is_reported_and_reading_goes_on()
    {
        const string text = "id,type_of_violence,side_a,side_b,where_coordinates,date_start,date_end,best,low,high\r\n"
            + "1,1,Government of X,Y,Somewhere,2020-01-01 00:00:00,2020-01-01 00:00:00,1,1,1\r\n"
            + "2,1,Government of X\r\n"
            + "3,3,Z,Civilians,Elsewhere,2020-01-02,2020-01-03,0,0,0\r\n";

        var records = await ReadAllAsync(text);

        Assert.Equal([2L, 3L, 4L], records.Select(r => r.LineNumber).ToArray());
        Assert.True(records[0].IsSuccess);
        Assert.Equal("line 3: the row has 3 cells but the header has 10 columns", records[1].Error);
        var attack = Assert.IsType<AttackOnCivilians>(records[2].Event);
        Assert.Equal(EventTime.Within(new DateInterval(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 3))), attack.When);
        Assert.Empty(attack.Validate());
    }

    [Fact]
    public async Task A_header_without_the_required_columns_is_rejected()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () => await ReadAllAsync("id,year\r\n1,2000\r\n", "x.csv"));
        Assert.Contains("type_of_violence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inconsistent_death_figures_give_a_range_covering_all_three_and_keep_the_figures()
    {
        // Row 406097: best 18, low 18, high 17.
        var record = (await ReadSampleAsync()).Single(r => r.Event!.Id == "ucdp-406097");
        var harm = ((ArmedClash)record.Event!).Harm!;

        Assert.Equal(Estimate.Between(17, 18), harm.Killed);
        Assert.Equal("18", record.Event!.Origin!["best"]);
        Assert.Equal("18", record.Event.Origin["low"]);
        Assert.Equal("17", record.Event.Origin["high"]);
    }

    [Fact]
    public async Task Month_precision_spanning_a_calendar_month_is_a_month()
    {
        var records = await ReadSampleAsync();
        var rows = IndependentRows();
        var monthRow = rows.First(r => r["date_prec"] == "4" && r["date_start"] == "1994-07-01 00:00:00");

        var record = records.Single(r => r.Event!.Origin!.RecordId == monthRow["id"]);

        Assert.Equal(EventTime.InMonth(1994, 7), record.Event!.When);
    }

    [Fact]
    public async Task Imported_events_round_trip_through_json_exactly()
    {
        foreach (var record in await ReadSampleAsync())
        {
            var json = ConflictJson.Serialize(record.Event!);
            var back = ConflictJson.Deserialize(json);
            Assert.Equal(record.Event, back);
            Assert.Equal(json, ConflictJson.Serialize(back));
        }
    }

    [Fact]
    public async Task Every_cell_is_either_in_the_model_or_in_the_origin()
    {
        var rows = IndependentRows();
        var records = await ReadSampleAsync();
        for (int i = 0; i < rows.Count; i++)
        {
            var e = records[i].Event!;
            var origin = e.Origin!;
            Assert.Equal(rows[i]["id"], origin.RecordId);
            Assert.Equal(rows[i]["best"], origin["best"]);
            foreach (var (column, cell) in rows[i])
            {
                if (origin[column] is { } kept)
                {
                    Assert.Equal(cell, kept);
                }
            }

            Assert.Equal(rows[i]["where_coordinates"], e.Where!.Name);
        }
    }

    [Fact]
    public void The_country_table_knows_every_country_of_the_sample()
    {
        foreach (var row in IndependentRows())
        {
            Assert.True(UcdpCountries.TryGetByGleditschWard(int.Parse(row["country_id"], CultureInfo.InvariantCulture), out var byNumber), row["country_id"]);
            Assert.True(UcdpCountries.TryGetByName(row["country"], out var byName), row["country"]);
            Assert.Equal(byNumber, byName);
        }
    }
}
