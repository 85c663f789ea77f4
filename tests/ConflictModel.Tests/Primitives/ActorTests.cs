using System;
using ConflictModel;

namespace ConflictModel.Tests.Primitives;

public class ActorTests
{
    private static Actor Governor() => new()
    {
        Name = "Serhiy Haidai",
        Kind = ActorKind.Official,
        Country = new CountryCode("UA"),
        Affiliation = "Luhansk regional administration",
        Role = "Governor of Luhansk region",
    };

    [Fact]
    public void PropertiesAreKept()
    {
        Actor governor = Governor();

        Assert.Equal("Serhiy Haidai", governor.Name);
        Assert.Equal(ActorKind.Official, governor.Kind);
        Assert.Equal(new CountryCode("UA"), governor.Country);
        Assert.Equal("Luhansk regional administration", governor.Affiliation);
        Assert.Equal("Governor of Luhansk region", governor.Role);
    }

    [Fact]
    public void KindIsOptional()
    {
        Assert.Null(new Actor { Name = "Russian forces" }.Kind);
    }

    [Fact]
    public void EqualActorsAreEqualAndHaveEqualHashCodes()
    {
        Assert.Equal(Governor(), Governor());
        Assert.Equal(Governor().GetHashCode(), Governor().GetHashCode());
    }

    [Fact]
    public void DifferentKindIsNotEqual()
    {
        Assert.NotEqual(Governor(), Governor() with { Kind = ActorKind.Person });
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankNameThrows(string name)
    {
        Assert.Throws<ArgumentException>("Name", () => new Actor { Name = name });
    }

    [Fact]
    public void NullNameThrows()
    {
        Assert.Throws<ArgumentNullException>("Name", () => new Actor { Name = null! });
    }

    [Fact]
    public void UndefinedKindThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>("Kind", () => new Actor { Name = "Russian forces", Kind = (ActorKind)16 });
    }

    [Theory]
    [InlineData(ActorKind.StateForces, 1)]
    [InlineData(ActorKind.RebelGroup, 2)]
    [InlineData(ActorKind.PoliticalMilitia, 3)]
    [InlineData(ActorKind.IdentityMilitia, 4)]
    [InlineData(ActorKind.Rioters, 5)]
    [InlineData(ActorKind.Protesters, 6)]
    [InlineData(ActorKind.Civilians, 7)]
    [InlineData(ActorKind.ExternalForces, 8)]
    public void FirstEightKindsAreAcledInterCodesMinusOne(ActorKind kind, int interCode)
    {
        Assert.Equal(interCode, (int)kind + 1);
    }
}
