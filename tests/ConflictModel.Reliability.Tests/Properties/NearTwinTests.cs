using System.Text;
using ConflictModel.Reliability.Tests.Support;
using ConflictModel.Serialization;
using Xunit.Abstractions;

namespace ConflictModel.Reliability.Tests.Properties;

/// <summary>
/// Readers share an instance between equal values met in turn on a thread (actors, places, sources, times, short lists,
/// records). Equal is not always written the same: 1.5 and 1.50, 0 and -0, a link with and without its fragment. So a
/// random event and its near twin (<see cref="NearTwin"/>), read one after the other, must each write back exactly what
/// the same text gives when read first on a thread of its own, where nothing read before can be shared.
/// </summary>
public sealed class NearTwinTests(ITestOutputHelper output)
{
    [Fact]
    public void An_event_read_after_its_near_twin_writes_back_as_when_read_alone()
    {
        Campaign.Run("near twins read in turn", Campaign.Iterations(400), Pair, pair =>
        {
            var (first, second) = pair;
            var alone = (OnFreshThread(() => Written(first)), OnFreshThread(() => Written(second)));
            AssertSame("read one by one", alone, OnFreshThread(() =>
            {
                var a = ConflictJson.Deserialize(first);
                var b = ConflictJson.Deserialize(second);
                return (ConflictJson.Serialize(a), ConflictJson.Serialize(b));
            }));
            AssertSame("read as one array", alone, OnFreshThread(() =>
            {
                var both = ConflictJson.DeserializeArray(Encoding.UTF8.GetBytes($"[{first},{second}]"));
                return (ConflictJson.Serialize(both[0]), ConflictJson.Serialize(both[1]));
            }));
        }, pair => $"first:  {pair.First}\nsecond: {pair.Second}", output);
    }

    [Fact]
    public void Twins_differ_from_their_originals_in_how_values_are_written()
    {
        // Without this, a twin that only ever copied its input would pass the property above by reading nothing new.
        var pcg = Campaign.Random(Campaign.DefaultSeed, 0);
        Assert.Equal("1.50", NearTwin.Number("1.5"));
        Assert.Equal("-0", NearTwin.Number("0"));
        Assert.Equal("0.0", NearTwin.Number("-0.0"));
        Assert.Equal("2.50e3", NearTwin.Number("2.5e3"));
        Assert.Equal("42", NearTwin.Number("42"));
        Assert.Equal("not a link", NearTwin.Link("not a link", pcg));
        var link = new Uri("https://example.org/a?b=1");
        var twins = Enumerable.Range(0, 16).Select(_ => NearTwin.Link(link.OriginalString, pcg)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("https://example.org/a?b=1#twin", twins);
        Assert.Contains("https://twin@example.org/a?b=1", twins);
        Assert.All(twins, t => Assert.Equal(link, new Uri(t)));

        var changed = 0;
        for (var i = 0; i < 50; i++)
        {
            var (first, second) = Pair(Campaign.Random(Campaign.DefaultSeed, i));
            changed += first == second ? 0 : 1;
        }

        Assert.True(changed >= 40, $"only {changed} of 50 twins differ from their originals");
    }

    private static (string First, string Second) Pair(CsCheck.PCG pcg)
    {
        var first = EventJsonGen.Any(pcg, multiLine: false).Expected;
        var second = NearTwin.Of(first, pcg);
        return pcg.Next(2) == 0 ? (first, second) : (second, first);
    }

    private static void AssertSame(string how, (string First, string Second) alone, (string First, string Second) inTurn)
    {
        foreach (var (which, expected, actual) in new[] { ("first", alone.First, inTurn.First), ("second", alone.Second, inTurn.Second) })
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                Assert.Fail($"{how}, the {which} event was written differently from when it was read alone, from character {at}:\nalone:   {expected[at..]}\nin turn: {actual[at..]}");
            }
        }
    }

    private static string Written(string json) => ConflictJson.Serialize(ConflictJson.Deserialize(json));

    // The readers' shared instances are per thread: a new thread starts with none.
    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("the read on a fresh thread failed", failure);
        }

        return result;
    }
}
