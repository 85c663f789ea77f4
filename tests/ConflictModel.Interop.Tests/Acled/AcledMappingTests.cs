using ConflictModel.Events;
using ConflictModel.Interop.Acled;
using NodaTime;

namespace ConflictModel.Interop.Tests.Acled;

public class AcledMappingTests
{
    [Fact]
    public void Inter_codes_1_to_8_are_the_first_eight_actor_kinds()
    {
        ActorKind[] expected =
        [
            ActorKind.StateForces, ActorKind.RebelGroup, ActorKind.PoliticalMilitia, ActorKind.IdentityMilitia,
            ActorKind.Rioters, ActorKind.Protesters, ActorKind.Civilians, ActorKind.ExternalForces,
        ];

        Assert.Equal(expected, Enumerable.Range(1, 8).Select(code => AcledMapping.ToActorKind(code)!.Value));
        Assert.Equal(Enumerable.Range(1, 8), expected.Select(AcledMapping.ToInterCode));
        Assert.Null(AcledMapping.ToActorKind(0));
        Assert.Null(AcledMapping.ToActorKind(9));
        Assert.All(Enum.GetValues<ActorKind>(), kind => Assert.InRange(AcledMapping.ToInterCode(kind), 1, 8));
        Assert.Equal(1, AcledMapping.ToInterCode(ActorKind.Government));
        Assert.Equal(7, AcledMapping.ToInterCode(ActorKind.Person));
        Assert.Equal(8, AcledMapping.ToInterCode(ActorKind.InternationalOrganization));
    }

    [Fact]
    public void Every_ACLED_category_maps_to_a_kind_whose_schema_names_it()
    {
        var (header, rows) = AcledSamples.Parse(System.IO.File.ReadAllText(SharedData.File("acled", "event_categories.csv")));
        Assert.Equal(["event_type", "sub_event_type"], header.Take(2));
        Assert.Equal(25, rows.Count);

        foreach (var row in rows)
        {
            var kind = AcledMapping.KindOf(row[0], row[1]);

            Assert.NotNull(kind);
            Assert.Contains(row[0] + "/" + row[1], kind.CodesIn("acled"));
        }
    }

    [Fact]
    public void Every_sub_event_type_exports_as_itself()
    {
        // Imported and exported again, each sub-event type of the samples keeps its category.
        foreach (var (subEvent, eventType, name) in AcledCategories.All)
        {
            Assert.Equal(subEvent, AcledCategories.Find(eventType, name));
            Assert.Equal(subEvent, AcledCategories.Find(null, name.ToUpperInvariant()));
        }

        Assert.Equal(AcledSubEvent.ExcessiveForceAgainstProtesters, AcledCategories.Find("Protests", "Excessive force against protestors"));
        Assert.Equal(StrategicDevelopment.Descriptor, AcledMapping.KindOf("Strategic Developments", "Something new"));
        Assert.Null(AcledMapping.KindOf("Earthquakes", "Tremor"));
    }

    [Theory]
    [InlineData(AcledSamples.Argentina)]
    [InlineData(AcledSamples.BySubtype)]
    public async Task The_country_table_agrees_with_every_sample_row(string sample)
    {
        var (header, rows) = AcledSamples.Parse(AcledSamples.Text(sample));
        int iso = Array.IndexOf(header, "iso"), country = Array.IndexOf(header, "country"), region = Array.IndexOf(header, "region");
        var events = await AcledSamples.ImportSampleAsync(sample);

        for (var i = 0; i < rows.Count; i++)
        {
            var code = AcledMapping.CountryFromIso(int.Parse(rows[i][iso]));
            Assert.NotNull(code);
            Assert.Equal(code, events[i].Where!.Country);
            Assert.Equal(int.Parse(rows[i][iso]), AcledMapping.IsoOf(code.Value));
            var entry = AcledCountries.FromCode(code.Value)!;
            Assert.Equal((rows[i][country], rows[i][region]), (entry.Name, entry.Region));
        }

        Assert.Equal(new CountryCode("AR"), AcledMapping.CountryFromIso(32));
        Assert.Equal(new CountryCode("CD"), AcledMapping.CountryFromIso(180));
        Assert.Null(AcledMapping.CountryFromIso(999));
    }

    [Fact]
    public void The_country_table_has_no_duplicates()
    {
        Assert.Equal(AcledCountries.Countries.Count, AcledCountries.Countries.Select(c => c.Numeric).Distinct().Count());
        Assert.Equal(AcledCountries.Countries.Count, AcledCountries.Countries.Select(c => c.Alpha2).Distinct().Count());
        Assert.Equal(AcledCountries.Countries.Count, AcledCountries.Countries.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Day_and_week_precision_export_back_exactly()
    {
        for (var date = new LocalDate(2022, 1, 1); date.Year == 2022; date = date.PlusDays(1))
        {
            Assert.Equal((date, 1), AcledMapping.FromEventTime(AcledMapping.ToEventTime(date, 1)));
            Assert.Equal((date, 2), AcledMapping.FromEventTime(AcledMapping.ToEventTime(date, 2)));
            var month = AcledMapping.ToEventTime(date, 3);
            Assert.Equal(EventTime.InMonth(2022, date.Month), month);
            Assert.Equal((new LocalDate(2022, date.Month, 15), 3), AcledMapping.FromEventTime(month));
        }

        var week = AcledMapping.ToEventTime(new LocalDate(2022, 6, 23), 2);
        Assert.Equal(new DateInterval(new LocalDate(2022, 6, 20), new LocalDate(2022, 6, 26)), week.Range);
        Assert.Throws<ArgumentOutOfRangeException>(() => AcledMapping.ToEventTime(new LocalDate(2022, 6, 23), 4));
    }

    [Fact]
    public void Geo_precision_follows_the_codebook()
    {
        Assert.Equal(
            [PlacePrecision.Locality, PlacePrecision.Near, PlacePrecision.Region],
            new[] { 1, 2, 3 }.Select(AcledMapping.ToPlacePrecision));
        Assert.Equal([1, 2, 3], new[] { 1, 2, 3 }.Select(c => AcledMapping.ToGeoPrecision(AcledMapping.ToPlacePrecision(c))));
        Assert.Equal(1, AcledMapping.ToGeoPrecision(PlacePrecision.Exact));
        Assert.Equal(3, AcledMapping.ToGeoPrecision(PlacePrecision.District));
        Assert.Equal(3, AcledMapping.ToGeoPrecision(PlacePrecision.Country));
        Assert.Throws<ArgumentOutOfRangeException>(() => AcledMapping.ToPlacePrecision(0));
    }

    [Fact]
    public void Categories_of_events_follow_their_fields()
    {
        var attacker = new Actor { Name = "X" };
        Assert.Equal(("Explosions/Remote violence", "Remote explosive/landmine/IED"),
            AcledMapping.CategoryOf(new Strike { Id = "s", Attacker = attacker, Weapons = [WeaponKind.ExplosiveDevice] }));
        Assert.Equal(("Protests", "Excessive force against protesters"),
            AcledMapping.CategoryOf(new Protest { Id = "p", Protesters = [attacker], Response = ProtestResponse.ExcessiveForce }));
        Assert.Equal(("Strategic developments", "Headquarters or base established"),
            AcledMapping.CategoryOf(new StrategicDevelopment { Id = "d", Actors = [attacker], Development = DevelopmentKind.BaseEstablished }));
        Assert.Null(AcledMapping.CategoryOf(new Statement { Id = "t", Speaker = attacker, Kind = StatementKind.Claim }));
    }
}
