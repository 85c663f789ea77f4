using System;
using ConflictModel;

namespace ConflictModel.Tests.Primitives;

public class CountryCodeTests
{
    [Fact]
    public void LowerCaseIsNormalisedToUpperCase()
    {
        var code = new CountryCode("ua");

        Assert.Equal("UA", code.Value);
        Assert.Equal("UA", code.ToString());
    }

    [Fact]
    public void CodesThatDifferOnlyInCaseAreEqual()
    {
        Assert.Equal(new CountryCode("UA"), new CountryCode("uA"));
        Assert.Equal(new CountryCode("UA").GetHashCode(), new CountryCode("ua").GetHashCode());
        Assert.NotEqual(new CountryCode("UA"), new CountryCode("RU"));
    }

    [Theory]
    [InlineData("UKR")]
    [InlineData("U")]
    [InlineData("")]
    [InlineData("U1")]
    [InlineData(" UA")]
    [InlineData("ÜA")]
    public void MalformedCodeThrows(string text)
    {
        var ex = Assert.Throws<ArgumentException>("value", () => new CountryCode(text));

        Assert.Contains($"\"{text}\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullThrows()
    {
        Assert.Throws<ArgumentNullException>("value", () => new CountryCode(null!));
    }

    [Fact]
    public void ParseNormalises()
    {
        Assert.Equal(new CountryCode("UA"), CountryCode.Parse("ua"));
    }

    [Fact]
    public void ParseThrowsOnMalformedCode()
    {
        Assert.Throws<ArgumentException>("text", () => CountryCode.Parse("UKR"));
    }

    [Fact]
    public void TryParseSucceedsOnWellFormedCode()
    {
        bool ok = CountryCode.TryParse("ua", out CountryCode code);

        Assert.True(ok);
        Assert.Equal("UA", code.Value);
    }

    [Theory]
    [InlineData("UKR")]
    [InlineData("1A")]
    [InlineData(null)]
    public void TryParseFailsOnMalformedCode(string? text)
    {
        bool ok = CountryCode.TryParse(text, out CountryCode code);

        Assert.False(ok);
        Assert.Equal(default, code);
    }

    [Fact]
    public void DefaultHasEmptyValue()
    {
        CountryCode code = default;

        Assert.Equal(string.Empty, code.Value);
        Assert.Equal(string.Empty, code.ToString());
    }

    [Fact]
    public void UnassignedButWellFormedCodeIsAccepted()
    {
        // Only the format is checked: "XK" (Kosovo) is user-assigned, not an official ISO 3166-1 code.
        Assert.Equal("XK", new CountryCode("xk").Value);
    }
}
