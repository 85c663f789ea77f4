using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictModel;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

public class PrimitiveEnumsJsonTests
{
    [Fact]
    public void ActorKindWireNamesAreKebabCaseMemberNames()
    {
        AssertWireNames<ActorKind>(PrimitiveEnumsJson.ToWireName, PrimitiveEnumsJson.Write, PrimitiveEnumsJson.ReadActorKind, PrimitiveEnumsJson.ActorKindSchema);
        Assert.Equal("state-forces", PrimitiveEnumsJson.ToWireName(ActorKind.StateForces));
        Assert.Equal("international-organization", PrimitiveEnumsJson.ToWireName(ActorKind.InternationalOrganization));
    }

    [Fact]
    public void EstimateKindWireNamesAreKebabCaseMemberNames()
    {
        AssertWireNames<EstimateKind>(PrimitiveEnumsJson.ToWireName, PrimitiveEnumsJson.Write, PrimitiveEnumsJson.ReadEstimateKind, PrimitiveEnumsJson.EstimateKindSchema);
        Assert.Equal("at-least", PrimitiveEnumsJson.ToWireName(EstimateKind.AtLeast));
    }

    [Fact]
    public void PartOfDayWireNamesAreKebabCaseMemberNames()
    {
        AssertWireNames<PartOfDay>(PrimitiveEnumsJson.ToWireName, PrimitiveEnumsJson.Write, PrimitiveEnumsJson.ReadPartOfDay, PrimitiveEnumsJson.PartOfDaySchema);
        Assert.Equal("night", PrimitiveEnumsJson.ToWireName(PartOfDay.Night));
    }

    [Fact]
    public void PlacePrecisionWireNamesAreKebabCaseMemberNames()
    {
        AssertWireNames<PlacePrecision>(PrimitiveEnumsJson.ToWireName, PrimitiveEnumsJson.Write, PrimitiveEnumsJson.ReadPlacePrecision, PrimitiveEnumsJson.PlacePrecisionSchema);
        Assert.Equal("locality", PrimitiveEnumsJson.ToWireName(PlacePrecision.Locality));
    }

    [Fact]
    public void QuantifierWireNamesAreKebabCaseMemberNames()
    {
        AssertWireNames<Quantifier>(PrimitiveEnumsJson.ToWireName, PrimitiveEnumsJson.Write, PrimitiveEnumsJson.ReadQuantifier, PrimitiveEnumsJson.QuantifierSchema);
        Assert.Equal("tens-of-thousands", PrimitiveEnumsJson.ToWireName(Quantifier.TensOfThousands));
        Assert.Equal("hundreds-of-thousands", PrimitiveEnumsJson.ToWireName(Quantifier.HundredsOfThousands));
    }

    [Fact]
    public void SourceChannelWireNamesAreKebabCaseMemberNames()
    {
        AssertWireNames<SourceChannel>(PrimitiveEnumsJson.ToWireName, PrimitiveEnumsJson.Write, PrimitiveEnumsJson.ReadSourceChannel, PrimitiveEnumsJson.SourceChannelSchema);
        Assert.Equal("news-agency", PrimitiveEnumsJson.ToWireName(SourceChannel.NewsAgency));
    }

    [Fact]
    public void TimePrecisionWireNamesAreKebabCaseMemberNames()
    {
        AssertWireNames<TimePrecision>(PrimitiveEnumsJson.ToWireName, PrimitiveEnumsJson.Write, PrimitiveEnumsJson.ReadTimePrecision, PrimitiveEnumsJson.TimePrecisionSchema);
        Assert.Equal("month", PrimitiveEnumsJson.ToWireName(TimePrecision.Month));
    }

    [Fact]
    public void VerificationStatusWireNamesAreKebabCaseMemberNames()
    {
        AssertWireNames<VerificationStatus>(PrimitiveEnumsJson.ToWireName, PrimitiveEnumsJson.Write, PrimitiveEnumsJson.ReadVerificationStatus, PrimitiveEnumsJson.VerificationStatusSchema);
        Assert.Equal("unverified", PrimitiveEnumsJson.ToWireName(VerificationStatus.Unverified));
    }

    [Fact]
    public void WireNamesAreCaseSensitive()
    {
        Assert.Throws<UnknownJsonContentException>(() => PrimitiveJsonIO.Read(PrimitiveEnumsJson.ReadActorKind, "\"State-Forces\""));
        Assert.Throws<UnknownJsonContentException>(() => PrimitiveJsonIO.Read(PrimitiveEnumsJson.ReadActorKind, "\"StateForces\""));
    }

    [Fact]
    public void EscapedWireNamesAreRecognised()
    {
        Assert.Equal(ActorKind.StateForces, PrimitiveJsonIO.Read(PrimitiveEnumsJson.ReadActorKind, "\"state\\u002dforces\""));
    }

    [Fact]
    public void UnknownWireNameIsUnknownContentNamingValueAndEnum()
    {
        UnknownJsonContentException e = Assert.Throws<UnknownJsonContentException>(
            () => PrimitiveJsonIO.Read(PrimitiveEnumsJson.ReadSourceChannel, "\"podcast\""));

        Assert.Equal("enum value 'podcast' of SourceChannel", e.Message);
    }

    [Fact]
    public void NumericEnumValueIsTheWrongType()
    {
        ConflictJsonException e = PrimitiveJsonIO.Fails(PrimitiveEnumsJson.ReadVerificationStatus, "2");

        Assert.Equal("expected a string, found a number", e.Problem);
        Assert.Equal(0, e.BytePosition);
    }

    [Fact]
    public void UndefinedMembersCannotBeWrittenOrNamed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PrimitiveJsonIO.Write(PrimitiveEnumsJson.Write, (ActorKind)16));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrimitiveJsonIO.Write(PrimitiveEnumsJson.Write, (Quantifier)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrimitiveEnumsJson.ToWireName((EstimateKind)6));
    }

    private static void AssertWireNames<T>(Func<T, string> toWireName, Action<Utf8JsonWriter, T> write, JsonValueReader<T> read, string schema)
        where T : struct, Enum
    {
        T[] members = Enum.GetValues<T>();
        var wireNames = new List<string>();
        foreach (T member in members)
        {
            string expected = Kebab(member.ToString());
            Assert.Equal(expected, toWireName(member));
            PrimitiveJsonIO.AssertRoundTrip(write, read, member, "\"" + expected + "\"");
            wireNames.Add(expected);
        }

        // The schema lists exactly the wire names, in declaration order.
        using JsonDocument document = JsonDocument.Parse(schema);
        string[] listed = document.RootElement.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(wireNames, listed);
        Assert.Equal("string", document.RootElement.GetProperty("type").GetString());
    }

    private static string Kebab(string memberName)
    {
        var builder = new StringBuilder();
        foreach (char c in memberName)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
