using ConflictModel.Interop.Acled;
using ConflictModel.Serialization;

namespace ConflictModel.Interop.Tests.Acled;

public class AcledRoundTripTests
{
    [Theory]
    [InlineData(AcledSamples.Argentina)]
    [InlineData(AcledSamples.BySubtype)]
    public async Task Import_then_export_gives_every_cell_of_every_row_back(string sample)
    {
        var text = AcledSamples.Text(sample);
        var events = await AcledSamples.ImportSampleAsync(sample);

        var exported = await AcledSamples.ExportAsync(events);

        AssertSameCells(text, exported);
        // ACLED's own layout too: CR LF, quotes only where needed.
        Assert.Equal(text, exported);
    }

    [Theory]
    [InlineData(AcledSamples.Argentina)]
    [InlineData(AcledSamples.BySubtype)]
    public async Task A_JSON_round_trip_keeps_the_origin_and_the_export(string sample)
    {
        var events = await AcledSamples.ImportSampleAsync(sample);

        var back = events.Select(e => ConflictJson.Deserialize(ConflictJson.Serialize(e))).ToList();

        Assert.Equal(events, back);
        Assert.Equal(events.Select(e => e.Origin), back.Select(e => e.Origin));
        Assert.All(back, e => Assert.Equal("acled", e.Origin!.Dataset));
        AssertSameCells(AcledSamples.Text(sample), await AcledSamples.ExportAsync(back));
    }

    [Fact]
    public async Task The_origin_of_ARG10607_survives_JSON()
    {
        var events = await AcledSamples.ImportSampleAsync(AcledSamples.Argentina);
        var protest = events.Single(e => e.Id == "acled-ARG10607");

        var json = ConflictJson.Serialize(protest);
        var back = ConflictJson.Deserialize(json);

        Assert.Contains("Demostrations", json, StringComparison.Ordinal);
        Assert.Contains("1657041386", json, StringComparison.Ordinal);
        Assert.Equal(protest.Origin, back.Origin);
        Assert.Equal("ARG10607", back.Origin!.RecordId);
        Assert.Equal("National", back.Origin["source_scale"]);
    }

    [Fact]
    public async Task Extra_columns_survive_in_their_order()
    {
        var (header, rows) = AcledSamples.Parse(AcledSamples.Text(AcledSamples.BySubtype));
        string[] extendedHeader = ["data_id", .. header, "iso3", "reviewer"];
        var extendedRows = rows.Select((r, i) => (string[])[(1000 + i).ToString(), .. r, "X" + i, i % 2 == 0 ? "" : "ana, \"b\""]).ToList();
        var text = AcledSamples.Format(extendedHeader, extendedRows);

        var events = (await AcledSamples.ImportAsync(text)).Select(r => r.Event!).ToList();
        var exported = await AcledSamples.ExportAsync(events);

        Assert.Equal("1000", events[0].Origin!["data_id"]);
        Assert.Equal("X1", events[1].Origin!["iso3"]);
        Assert.Equal("", events[0].Origin!["reviewer"]);
        Assert.Equal("ana, \"b\"", events[1].Origin!["reviewer"]);
        // Extra columns follow ACLED's 31, in the order the file had them.
        var (outHeader, outRows) = AcledSamples.Parse(exported);
        Assert.Equal([.. AcledMapping.Columns, "data_id", "iso3", "reviewer"], outHeader);
        Assert.Equal(extendedRows.Count, outRows.Count);
        for (var i = 0; i < outRows.Count; i++)
        {
            foreach (var name in extendedHeader)
            {
                Assert.Equal(extendedRows[i][Array.IndexOf(extendedHeader, name)], outRows[i][Array.IndexOf(outHeader, name)]);
            }
        }

        // Read again, the events are the same but for the order of the kept cells (the file's column order), and
        // written again, the file is the same.
        var again = (await AcledSamples.ImportAsync(exported)).Select(r => r.Event!).ToList();
        Assert.Equal(events.Select(e => e with { Origin = null }), again.Select(e => e with { Origin = null }));
        Assert.Equal(
            events.Select(e => e.Origin!.Fields.OrderBy(f => f.Name, StringComparer.Ordinal)),
            again.Select(e => e.Origin!.Fields.OrderBy(f => f.Name, StringComparer.Ordinal)));
        Assert.Equal(exported, await AcledSamples.ExportAsync(again));
    }

    [Fact]
    public async Task Quirky_cells_survive()
    {
        var (header, rows) = AcledSamples.Parse(AcledSamples.Text(AcledSamples.Argentina));
        int Column(string name) => Array.IndexOf(header, name);
        var quirky = rows.Take(6).Select(r => (string[])r.Clone()).ToArray();
        quirky[0][Column("notes")] = "Line one, \"quoted\";\r\nline two\nline three";
        quirky[1][Column("latitude")] = "-45.86440";
        quirky[1][Column("longitude")] = "-67.5";
        quirky[2][Column("event_date")] = "30 June 2022";
        quirky[2][Column("inter2")] = "";
        quirky[3][Column("source")] = "A;B ;  C";
        quirky[3][Column("actor1")] = " Protesters (Argentina) ";
        quirky[4][Column("event_type")] = "PROTESTS";
        quirky[4][Column("sub_event_type")] = "Excessive force against protestors";
        quirky[4][Column("geo_precision")] = "";
        quirky[5][Column("location")] = "";
        quirky[5][Column("iso")] = "999";
        quirky[5][Column("country")] = "Narnia";
        quirky[5][Column("fatalities")] = "";
        var text = AcledSamples.Format(header, quirky);

        var records = await AcledSamples.ImportAsync(text);
        Assert.All(records, r => Assert.Null(r.Error));
        var events = records.Select(r => r.Event!).ToList();
        var exported = await AcledSamples.ExportAsync(events);

        AssertSameCells(text, exported);
        Assert.Equal("Line one, \"quoted\";\r\nline two\nline three", events[0].Notes);
        Assert.Equal(new GeoPoint(-45.8644, -67.5), events[1].Where!.Point);
        Assert.Equal(new NodaTime.LocalDate(2022, 6, 30), events[2].When!.Date);
        Assert.Equal(["A", "B", "C"], events[3].Sources.Select(s => s.Outlet));
        Assert.Equal(ConflictModel.Events.ProtestResponse.ExcessiveForce, ((ConflictModel.Events.Protest)events[4]).Response);
        Assert.Equal(events[5].Where!.Admin3 ?? events[5].Where!.Admin2 ?? events[5].Where!.Admin1, events[5].Where!.Name);
        Assert.Null(events[5].Where!.Country);
        Assert.Null(((ConflictModel.Events.Protest)events[5]).Harm);
    }

    private static void AssertSameCells(string expectedText, string actualText)
    {
        var (expectedHeader, expectedRows) = AcledSamples.Parse(expectedText);
        var (actualHeader, actualRows) = AcledSamples.Parse(actualText);
        Assert.Equal(expectedHeader, actualHeader);
        Assert.Equal(expectedRows.Count, actualRows.Count);
        var differences = new List<string>();
        for (var i = 0; i < expectedRows.Count; i++)
        {
            Assert.Equal(expectedRows[i].Length, actualRows[i].Length);
            for (var j = 0; j < expectedRows[i].Length; j++)
            {
                if (!string.Equals(expectedRows[i][j], actualRows[i][j], StringComparison.Ordinal))
                {
                    differences.Add($"row {i + 1} ({expectedRows[i][0]}) {expectedHeader[j]}: \"{expectedRows[i][j]}\" became \"{actualRows[i][j]}\"");
                }
            }
        }

        Assert.Empty(differences);
    }
}
