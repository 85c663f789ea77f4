using System;
using System.Globalization;
using ConflictModel;

namespace ConflictModel.Tests.Primitives;

public class GeoPointTests
{
    [Fact]
    public void ConstructorKeepsLatitudeAndLongitudeOfSievierodonetsk()
    {
        var point = new GeoPoint(48.9482, 38.4917);

        Assert.Equal(48.9482, point.Latitude);
        Assert.Equal(38.4917, point.Longitude);
    }

    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    public void BoundaryValuesAreAccepted(double latitude, double longitude)
    {
        var point = new GeoPoint(latitude, longitude);

        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);
    }

    [Theory]
    [InlineData(91)]
    [InlineData(-90.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void InvalidLatitudeThrows(double badLatitude)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("latitude", () => new GeoPoint(badLatitude, 38.4917));

        Assert.Equal(badLatitude, ex.ActualValue);
    }

    [Theory]
    [InlineData(-180.5)]
    [InlineData(180.000001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void InvalidLongitudeThrows(double badLongitude)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("longitude", () => new GeoPoint(48.9482, badLongitude));

        Assert.Equal(badLongitude, ex.ActualValue);
    }

    [Fact]
    public void ExceptionMessageNamesTheBadValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(91, 0));

        Assert.Contains("91", ex.Message, StringComparison.Ordinal);
        Assert.Contains("latitude", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EqualPointsAreEqualAndHaveEqualHashCodes()
    {
        var a = new GeoPoint(48.9482, 38.4917);
        var b = new GeoPoint(48.9482, 38.4917);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void DifferentPointsAreNotEqual()
    {
        var sievierodonetsk = new GeoPoint(48.9482, 38.4917);
        var swapped = new GeoPoint(38.4917, 48.9482);

        Assert.NotEqual(sievierodonetsk, swapped);
    }

    [Fact]
    public void DefaultIsTheOrigin()
    {
        GeoPoint point = default;

        Assert.Equal(new GeoPoint(0, 0), point);
    }

    [Fact]
    public void ToStringIsCultureInvariant()
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            // German uses a decimal comma; the output must not.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("48.9482, 38.4917", new GeoPoint(48.9482, 38.4917).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
