using System;
using ConflictModel;

namespace ConflictModel.Tests.Primitives;

public class PlaceTests
{
    private static Place Sievierodonetsk() => new()
    {
        Name = "Sievierodonetsk",
        Admin1 = "Luhansk",
        Country = new CountryCode("UA"),
        Point = new GeoPoint(48.9482, 38.4917),
    };

    [Fact]
    public void PropertiesAreKeptAndPrecisionDefaultsToLocality()
    {
        Place place = Sievierodonetsk();

        Assert.Equal("Sievierodonetsk", place.Name);
        Assert.Equal("Luhansk", place.Admin1);
        Assert.Null(place.Admin2);
        Assert.Null(place.Admin3);
        Assert.Equal(new CountryCode("UA"), place.Country);
        Assert.Equal(new GeoPoint(48.9482, 38.4917), place.Point);
        Assert.Equal(PlacePrecision.Locality, place.Precision);
    }

    [Fact]
    public void EqualPlacesAreEqualAndHaveEqualHashCodes()
    {
        Place a = Sievierodonetsk();
        Place b = Sievierodonetsk();

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void DifferentPrecisionIsNotEqual()
    {
        Place near = Sievierodonetsk() with { Precision = PlacePrecision.Near };

        Assert.NotEqual(Sievierodonetsk(), near);
    }

    [Fact]
    public void DifferentNamesAreNotEqual()
    {
        Place lysychansk = Sievierodonetsk() with { Name = "Lysychansk", Point = null };

        Assert.NotEqual(Sievierodonetsk(), lysychansk);
        Assert.Equal("Luhansk", lysychansk.Admin1);
    }

    [Fact]
    public void RegionOnlyPlace()
    {
        var region = new Place { Name = "Luhansk region", Country = new CountryCode("ua"), Precision = PlacePrecision.Region };

        Assert.Equal(PlacePrecision.Region, region.Precision);
        Assert.Equal("UA", region.Country?.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void BlankNameThrows(string name)
    {
        Assert.Throws<ArgumentException>("Name", () => new Place { Name = name });
    }

    [Fact]
    public void NullNameThrows()
    {
        Assert.Throws<ArgumentNullException>("Name", () => new Place { Name = null! });
    }

    [Fact]
    public void BlankNameInWithExpressionThrows()
    {
        Place place = Sievierodonetsk();

        Assert.Throws<ArgumentException>("Name", () => place with { Name = " " });
    }

    [Fact]
    public void UndefinedPrecisionThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            "Precision", () => new Place { Name = "Lysychansk", Precision = (PlacePrecision)7 });
    }
}
