using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConflictModel.Events;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Readers hand out one instance for an actor, a source, a place, a verification, an event time or a generated record read again on the same thread; sharing must never merge two
/// values that differ in anything, and short values that take each other's cache slots must still decode as written.
/// </summary>
public sealed class SharedInstancesTests
{
    private const string Statement =
        """{"type":"statement","id":"ID","sources":[SOURCE],"speaker":SPEAKER,"kind":"claim","content":"c"}""";

    private const string Speaker = """{"name":"Oleksandr Stryuk","kind":"official","country":"UA","affiliation":"city administration","role":"Mayor"}""";

    private const string Source = """{"outlet":"Reuters","channel":"news-agency"}""";

    [Fact]
    public void An_actor_or_source_read_again_is_the_same_instance()
    {
        var first = Read("s1", Speaker, Source);
        var second = Read("s2", Speaker, Source);

        Assert.Same(first.Speaker, second.Speaker);
        Assert.Same(first.Sources[0], second.Sources[0]);
        Assert.Equal("Mayor", second.Speaker.Role);
        Assert.Equal(SourceChannel.NewsAgency, second.Sources[0].Channel);
    }

    // Some differ only where the slot's hash does not look (same length, ends and middle), so the comparison decides.
    public static TheoryData<string> ActorsDifferingInOneField => new()
    {
        Speaker.Replace("\"Mayor\"", "\"Moyor\""),
        Speaker.Replace("Oleksandr Stryuk", "Oleksandr Strjuk"),
        Speaker.Replace("\"Mayor\"", "\"Deputy mayor\""),
        Speaker.Replace("\"official\"", "\"person\""),
        Speaker.Replace("\"UA\"", "\"RU\""),
        Speaker.Replace("city administration", "city council"),
        Speaker.Replace("Oleksandr Stryuk", "Oleksandr Struk"),
        Speaker.Replace(",\"role\":\"Mayor\"", string.Empty),
        Speaker.Replace(",\"kind\":\"official\"", string.Empty),
        Speaker.Replace(",\"country\":\"UA\"", string.Empty),
    };

    [Theory]
    [MemberData(nameof(ActorsDifferingInOneField))]
    public void An_actor_that_differs_in_one_field_is_its_own_value(string other)
    {
        var first = Read("s1", Speaker, Source);
        var second = Read("s2", other, Source);
        var third = Read("s3", Speaker, Source);

        Assert.NotEqual(first.Speaker, second.Speaker);
        Assert.Equal(ConflictJson.Deserialize(Statement.Replace("ID", "s2").Replace("SPEAKER", other).Replace("SOURCE", Source)), second);
        Assert.Equal(first.Speaker, third.Speaker);
    }

    // Pairs of sources; some differ only where the slot's hash does not look, so the comparison decides.
    public static TheoryData<string, string> SourcesDifferingInOneField => new()
    {
        { Source, """{"outlet":"Reuters","channel":"television"}""" },
        { Source, """{"outlet":"Reuters"}""" },
        { Source, """{"outlet":"Reuter","channel":"news-agency"}""" },
        { Source, """{"outlet":"Rauters","channel":"news-agency"}""" },
        { Source, """{"outlet":"Reuters","channel":"news-agency","platform":"X"}""" },
        { """{"outlet":"Reuters","platform":"Telegram"}""", """{"outlet":"Reuters","platform":"Tilegram"}""" },
        { Source, """{"outlet":"Reuters","channel":"news-agency","quote":"q"}""" },
        { Source, """{"outlet":"Reuters","channel":"news-agency","published":"2022-06-24T10:00:00Z"}""" },
        { Source, """{"outlet":"Reuters","channel":"news-agency","speaker":{"name":"a spokesman"}}""" },
        { Source, """{"outlet":"Reuters","channel":"news-agency","link":"https://example.org/a"}""" },
    };

    [Theory]
    [MemberData(nameof(SourcesDifferingInOneField))]
    public void A_source_that_differs_in_one_field_is_its_own_value(string one, string other)
    {
        var first = Read("s1", Speaker, one);
        var second = Read("s2", Speaker, other);

        Assert.NotEqual(first.Sources[0], second.Sources[0]);
        Assert.Equal(one, Write(first.Sources[0]));
        Assert.Equal(other, Write(second.Sources[0]));
    }

    [Fact]
    public void Links_that_differ_only_in_their_fragment_or_user_are_not_merged()
    {
        string[] links = ["https://example.org/a#top", "https://example.org/a#end", "https://user@example.org/a#top"];
        var read = links.Select((link, i) => Read("s" + i, Speaker, "{\"outlet\":\"Reuters\",\"link\":\"" + link + "\"}")).ToList();

        Assert.Equal(links, read.Select(s => s.Sources[0].Link!.OriginalString));
    }

    [Fact]
    public void Many_short_values_that_share_cache_slots_each_decode_as_written()
    {
        // Far more distinct names than the cache has slots, each read three times in turns: slots are taken over again
        // and again, and a stored key must never answer for a different value, shorter or longer.
        var names = Enumerable.Range(0, 3000).Select(i => new string('a', i % 40 + 1) + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var read = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var name in names)
            {
                read.Add(Read("s", Speaker.Replace("Oleksandr Stryuk", name), Source).Speaker.Name);
            }
        }

        Assert.Equal(names.Concat(names).Concat(names), read);
    }

    [Fact]
    public void A_list_of_the_same_sources_as_the_list_before_of_its_length_shares_its_array_and_other_lists_do_not()
    {
        const string Other = """{"outlet":"AP","channel":"news-agency"}""";
        var first = Read("s1", Speaker, Source);
        var second = Read("s2", Speaker, Source);
        var other = Read("s3", Speaker, Other);
        var two = Read("s4", Speaker, Source + "," + Source);
        var twoAgain = Read("s5", Speaker, Source + "," + Source);
        var fourth = Read("s6", Speaker, Source);
        var fifth = Read("s7", Speaker, Source);

        Assert.True(SameArray(first.Sources, second.Sources));
        Assert.False(SameArray(first.Sources, other.Sources));
        Assert.False(SameArray(other.Sources, fourth.Sources));
        Assert.True(SameArray(fourth.Sources, fifth.Sources));
        Assert.Equal(first.Sources, fourth.Sources);
        Assert.Equal("AP", other.Sources[0].Outlet);
        Assert.Equal(2, two.Sources.Count);
        Assert.True(SameArray(two.Sources, twoAgain.Sources));
        Assert.Equal(first.Sources, two.Sources.AsSpan()[..1].ToArray());
    }

    [Fact]
    public void A_list_of_up_to_four_items_shares_the_array_of_the_last_list_of_its_length_only_when_every_item_is_the_same()
    {
        const string Other = """{"outlet":"AP","channel":"news-agency"}""";
        var ab = Read("s1", Speaker, Source + "," + Other);
        var one = Read("s2", Speaker, Other);
        var abAgain = Read("s3", Speaker, Source + "," + Other);
        var ba = Read("s4", Speaker, Other + "," + Source);
        var aab = Read("s5", Speaker, Source + "," + Source + "," + Other);
        var aba = Read("s6", Speaker, Source + "," + Other + "," + Source);
        var five = Read("s7", Speaker, string.Join(",", Enumerable.Repeat(Source, 5)));
        var fiveAgain = Read("s8", Speaker, string.Join(",", Enumerable.Repeat(Source, 5)));

        // A list of another length in between does not take the slot of lists of two.
        Assert.True(SameArray(ab.Sources, abAgain.Sources));
        Assert.False(SameArray(abAgain.Sources, ba.Sources));
        Assert.Equal(["AP", "Reuters"], ba.Sources.Select(s => s.Outlet));
        Assert.False(SameArray(aab.Sources, aba.Sources));
        Assert.Equal(["Reuters", "AP", "Reuters"], aba.Sources.Select(s => s.Outlet));
        Assert.Equal("AP", Assert.Single(one.Sources).Outlet);
        Assert.False(SameArray(five.Sources, fiveAgain.Sources));
        Assert.Equal(5, fiveAgain.Sources.Count);
    }

    [Fact]
    public void A_list_of_one_equal_enum_value_shares_its_array_and_a_different_value_does_not()
    {
        var strike = """{"type":"strike","id":"ID","attacker":{"name":"Russian forces"},"weapons":["WEAPON"]}""";
        var first = (Strike)ConflictJson.Deserialize(strike.Replace("ID", "k1").Replace("WEAPON", "cruise-missile"));
        var second = (Strike)ConflictJson.Deserialize(strike.Replace("ID", "k2").Replace("WEAPON", "cruise-missile"));
        var third = (Strike)ConflictJson.Deserialize(strike.Replace("ID", "k3").Replace("WEAPON", "drone"));

        Assert.True(SameArray(first.Weapons, second.Weapons));
        Assert.False(SameArray(first.Weapons, third.Weapons));
        Assert.Equal(WeaponKind.Drone, Assert.Single(third.Weapons));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(17)]
    [InlineData(300)]
    public void A_batch_reads_into_a_list_of_exactly_its_events_in_order(int count)
    {
        var events = Enumerable.Range(0, count)
            .Select(i => Statement.Replace("ID", "b" + i).Replace("SPEAKER", Speaker).Replace("SOURCE", Source))
            .ToList();

        var read = ConflictJson.DeserializeArray("[" + string.Join(",", events) + "]");

        Assert.Equal(count, read.Count);
        Assert.Equal(Enumerable.Range(0, count).Select(i => "b" + i), read.Select(e => e.Id));
    }

    private const string PlaceJson =
        """{"name":"Sievierodonetsk","admin1":"Luhansk","admin2":"Sievierodonetsk raion","admin3":"city","country":"UA","point":{"latitude":48.9482,"longitude":38.4917},"precision":"locality"}""";

    [Fact]
    public void A_place_read_again_is_the_same_instance()
    {
        var first = ReadWhere("p1", PlaceJson);
        var second = ReadWhere("p2", PlaceJson);

        Assert.Same(first.Where, second.Where);
        Assert.Equal(new GeoPoint(48.9482, 38.4917), second.Where!.Point);
    }

    // Some differ only where the slot's hash does not look (admin2, admin3, country, precision, same-length names).
    public static TheoryData<string> PlacesDifferingInOneField => new()
    {
        PlaceJson.Replace("Sievierodonetsk\",", "Sievierodonetzk\","),
        PlaceJson.Replace("\"Luhansk\"", "\"Donetsk\""),
        PlaceJson.Replace("Sievierodonetsk raion", "Sievierodonetsk rayon"),
        PlaceJson.Replace("\"city\"", "\"town\""),
        PlaceJson.Replace("\"UA\"", "\"RU\""),
        PlaceJson.Replace("\"locality\"", "\"near\""),
        PlaceJson.Replace("48.9482", "48.9483"),
        PlaceJson.Replace("38.4917", "38.4918"),
        PlaceJson.Replace(",\"point\":{\"latitude\":48.9482,\"longitude\":38.4917}", string.Empty),
        PlaceJson.Replace(",\"admin3\":\"city\"", string.Empty),
        PlaceJson.Replace(",\"country\":\"UA\"", string.Empty),
    };

    [Theory]
    [MemberData(nameof(PlacesDifferingInOneField))]
    public void A_place_that_differs_in_one_field_is_its_own_value(string other)
    {
        var first = ReadWhere("p1", PlaceJson);
        var second = ReadWhere("p2", other);
        var third = ReadWhere("p3", PlaceJson);

        Assert.NotEqual(first.Where, second.Where);
        Assert.Equal(ReadWhere("p2", other), second);
        Assert.Equal(first.Where, third.Where);
    }

    [Fact]
    public void A_place_at_minus_zero_keeps_its_sign_after_one_at_zero()
    {
        var zero = PlaceJson.Replace("38.4917", "0");
        var minusZero = PlaceJson.Replace("38.4917", "-0");

        var first = ReadWhere("z1", zero);
        var second = ReadWhere("z2", minusZero);

        Assert.NotSame(first.Where, second.Where);
        Assert.True(double.IsNegative(second.Where!.Point!.Value.Longitude));
        Assert.Contains("\"longitude\":-0", ConflictJson.Serialize(second), System.StringComparison.Ordinal);
    }

    private const string VerificationJson = """{"status":"unverified","by":"Reuters","note":"could not immediately verify"}""";

    [Fact]
    public void A_verification_read_again_is_the_same_instance()
    {
        var first = ReadVerified("v1", VerificationJson);
        var second = ReadVerified("v2", VerificationJson);

        Assert.Same(first.Verification, second.Verification);
        Assert.Equal(Verification.Unverified("Reuters") with { Note = "could not immediately verify" }, second.Verification);
    }

    // Some differ only where the slot's hash does not look (same length, ends and middle), so the comparison decides.
    public static TheoryData<string> VerificationsDifferingInOneField => new()
    {
        VerificationJson.Replace("\"unverified\"", "\"disputed\""),
        VerificationJson.Replace("\"unverified\"", "\"claimed\""),
        VerificationJson.Replace("Reuters", "Rauters"),
        VerificationJson.Replace("immediately", "imnediately"),
        VerificationJson.Replace(",\"by\":\"Reuters\"", string.Empty),
        VerificationJson.Replace(",\"note\":\"could not immediately verify\"", string.Empty),
        VerificationJson.Replace("\"by\":\"Reuters\",\"note\":\"could not immediately verify\"", "\"by\":\"could not immediately verify\",\"note\":\"Reuters\""),
    };

    [Theory]
    [MemberData(nameof(VerificationsDifferingInOneField))]
    public void A_verification_that_differs_in_one_field_is_its_own_value(string other)
    {
        var first = ReadVerified("v1", VerificationJson);
        var second = ReadVerified("v2", other);
        var third = ReadVerified("v3", VerificationJson);

        Assert.NotEqual(first.Verification, second.Verification);
        Assert.Equal(other, Write(second.Verification!));
        Assert.Equal(first.Verification, third.Verification);
    }

    private static Statement ReadVerified(string id, string verification) => ReadWith(id, "verification", verification);

    private const string WhenJson = """{"precision":"day","date":"2022-06-24","range":{"start":"2022-06-20","end":"2022-06-24"},"partOfDay":"night","phrase":"on Friday night"}""";

    [Fact]
    public void An_event_time_read_again_is_the_same_instance()
    {
        var first = ReadWhen("t1", WhenJson);
        var second = ReadWhen("t2", WhenJson);

        Assert.Same(first.When, second.When);
        Assert.Equal(new NodaTime.DateInterval(new NodaTime.LocalDate(2022, 6, 20), new NodaTime.LocalDate(2022, 6, 24)), second.When!.Range);
        Assert.Equal("on Friday night", second.When.Phrase);
    }

    // Some differ only where the slot's hash does not look (part of day, the phrase's inner characters), so the comparison decides.
    public static TheoryData<string> EventTimesDifferingInOneField => new()
    {
        WhenJson.Replace("\"date\":\"2022-06-24\"", "\"date\":\"2022-06-23\""),
        WhenJson.Replace("\"start\":\"2022-06-20\"", "\"start\":\"2022-06-21\""),
        WhenJson.Replace("\"end\":\"2022-06-24\"", "\"end\":\"2022-06-25\""),
        WhenJson.Replace("\"night\"", "\"evening\""),
        WhenJson.Replace("on Friday night", "on Fridey night"),
        WhenJson.Replace(",\"partOfDay\":\"night\"", string.Empty),
        WhenJson.Replace(",\"phrase\":\"on Friday night\"", string.Empty),
        WhenJson.Replace(",\"range\":{\"start\":\"2022-06-20\",\"end\":\"2022-06-24\"}", string.Empty),
        WhenJson.Replace("\"date\":\"2022-06-24\",", string.Empty),
    };

    [Theory]
    [MemberData(nameof(EventTimesDifferingInOneField))]
    public void An_event_time_that_differs_in_one_field_is_its_own_value(string other)
    {
        var first = ReadWhen("t1", WhenJson);
        var second = ReadWhen("t2", other);
        var third = ReadWhen("t3", WhenJson);

        Assert.NotEqual(first.When, second.When);
        Assert.Equal(other, Write(second.When!));
        Assert.Equal(first.When, third.When);
    }

    [Fact]
    public void An_invalid_event_time_after_a_valid_one_with_the_same_parts_but_precision_is_still_refused()
    {
        // A day's anchor is any date; a week's must be a Monday (2022-06-24 is a Friday).
        _ = ReadWhen("t1", """{"precision":"day","date":"2022-06-24"}""");

        var error = Assert.Throws<ConflictJsonException>(() => ReadWhen("t2", """{"precision":"week","date":"2022-06-24"}"""));

        Assert.Contains("Monday", error.Message, System.StringComparison.Ordinal);
    }

    private static Statement ReadWhen(string id, string when) => ReadWith(id, "when", when);

    private const string StrikeWithHarm = """{"type":"strike","id":"ID","attacker":{"name":"Russian forces"},"weapons":["drone"],"harm":HARM}""";

    [Fact]
    public void A_generated_record_equal_to_the_one_read_last_is_that_instance()
    {
        const string Harm = """{"among":"civilians","killed":{"kind":"exact","value":2},"injured":{"kind":"at-least","value":5}}""";

        var first = ReadHarm("h1", Harm);
        var second = ReadHarm("h2", Harm);

        Assert.Same(first.Harm, second.Harm);
        Assert.Equal(Estimate.AtLeast(5), second.Harm!.Injured);
    }

    public static TheoryData<string> HarmsDifferingInOneField => new()
    {
        """{"among":"civilians","killed":{"kind":"exact","value":3},"injured":{"kind":"at-least","value":5}}""",
        """{"among":"civilians","killed":{"kind":"exact","value":2},"injured":{"kind":"at-most","value":5}}""",
        """{"among":"civilians","killed":{"kind":"exact","value":2}}""",
        """{"among":"civilians","killed":{"kind":"exact","value":2},"injured":{"kind":"at-least","value":5},"noneReported":false}""",
        """{"killed":{"kind":"exact","value":2},"injured":{"kind":"at-least","value":5}}""",
    };

    [Theory]
    [MemberData(nameof(HarmsDifferingInOneField))]
    public void A_generated_record_that_differs_in_one_field_is_its_own_value(string other)
    {
        const string Harm = """{"among":"civilians","killed":{"kind":"exact","value":2},"injured":{"kind":"at-least","value":5}}""";

        var first = ReadHarm("h1", Harm);
        var second = ReadHarm("h2", other);
        var third = ReadHarm("h3", Harm);

        Assert.NotEqual(first.Harm, second.Harm);
        Assert.Equal(ConflictJson.Serialize(ReadHarm("h2", other)), ConflictJson.Serialize(second));
        Assert.Contains(other, ConflictJson.Serialize(second), System.StringComparison.Ordinal);
        Assert.Equal(first.Harm, third.Harm);
    }

    private static Strike ReadHarm(string id, string harm) =>
        (Strike)ConflictJson.Deserialize(StrikeWithHarm.Replace("ID", id).Replace("HARM", harm));

    private static Statement ReadWhere(string id, string place) => ReadWith(id, "where", place);

    // The statement with one more envelope property, before its kind.
    private static Statement ReadWith(string id, string property, string value) =>
        (Statement)ConflictJson.Deserialize(Statement.Replace("ID", id).Replace("SPEAKER", Speaker).Replace("SOURCE", Source).Replace("\"kind\":\"claim\"", "\"" + property + "\":" + value + ",\"kind\":\"claim\""));

    private static bool SameArray<T>(ValueList<T> a, ValueList<T> b) =>
        System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(a.AsSpan()),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(b.AsSpan()));

    private static Statement Read(string id, string speaker, string source) =>
        (Statement)ConflictJson.Deserialize(Statement.Replace("ID", id).Replace("SPEAKER", speaker).Replace("SOURCE", source));

    private static string Write(SourceRef source) => Write(writer => SourceRefJson.Write(writer, source));

    private static string Write(EventTime time) => Write(writer => EventTimeJson.Write(writer, time));

    private static string Write(Verification verification) => Write(writer => ConflictModel.Serialization.VerificationJson.Write(writer, verification));

    private static string Write(System.Action<System.Text.Json.Utf8JsonWriter> write)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
