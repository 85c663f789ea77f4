using System;
using ConflictModel;
using NodaTime;

namespace ConflictModel.Tests.Primitives;

public class SourceRefTests
{
    private static readonly Actor Governor = new()
    {
        Name = "Serhiy Haidai",
        Kind = ActorKind.Official,
        Role = "Governor of Luhansk region",
    };

    private static SourceRef GovernorOnTelegram() => new()
    {
        Outlet = "Reuters",
        Channel = SourceChannel.Messenger,
        Platform = "Telegram",
        Speaker = Governor,
        Published = Instant.FromUtc(2022, 6, 25, 9, 0),
        Link = new Uri("https://www.reuters.com/world/europe/"),
        Quote = "Sievierodonetsk is now fully occupied",
    };

    [Fact]
    public void PropertiesAreKept()
    {
        SourceRef source = GovernorOnTelegram();

        Assert.Equal("Reuters", source.Outlet);
        Assert.Equal(SourceChannel.Messenger, source.Channel);
        Assert.Equal("Telegram", source.Platform);
        Assert.Equal(Governor, source.Speaker);
        Assert.Equal(Instant.FromUtc(2022, 6, 25, 9, 0), source.Published);
        Assert.Equal(new Uri("https://www.reuters.com/world/europe/"), source.Link);
        Assert.Equal("Sievierodonetsk is now fully occupied", source.Quote);
    }

    [Fact]
    public void AllPropertiesAreOptional()
    {
        var empty = new SourceRef();

        Assert.Null(empty.Outlet);
        Assert.Null(empty.Link);
        Assert.Null(empty.Channel);
    }

    [Fact]
    public void RelativeLinkThrows()
    {
        var ex = Assert.Throws<ArgumentException>("Link", () => new SourceRef { Link = new Uri("world/europe", UriKind.Relative) });

        Assert.Contains("world/europe", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeLinkInWithExpressionThrows()
    {
        SourceRef source = GovernorOnTelegram();

        Assert.Throws<ArgumentException>("Link", () => source with { Link = new Uri("/news", UriKind.Relative) });
    }

    [Fact]
    public void UndefinedChannelThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>("Channel", () => new SourceRef { Channel = (SourceChannel)13 });
    }

    [Fact]
    public void EqualSourcesAreEqualAndHaveEqualHashCodes()
    {
        Assert.Equal(GovernorOnTelegram(), GovernorOnTelegram());
        Assert.Equal(GovernorOnTelegram().GetHashCode(), GovernorOnTelegram().GetHashCode());
    }

    [Fact]
    public void DifferentOutletIsNotEqual()
    {
        Assert.NotEqual(GovernorOnTelegram(), GovernorOnTelegram() with { Outlet = "TASS" });
    }
}
