using ConflictModel;
using NodaTime;
using BuiltIn = ConflictModel.Events;

namespace Newsroom.Events.Tests;

/// <summary>A project holding the design sketch verbatim and a kind of its own uses the generated records.</summary>
public class ConsumerKindTests
{
    private static readonly Actor RussianForces = new() { Name = "Russian forces", Kind = ActorKind.StateForces, Country = new CountryCode("RU") };

    private static Strike SketchStrike() => new()
    {
        Id = "strike-1",
        Attacker = RussianForces,
        Weapons = [WeaponKind.CruiseMissile],
        Munitions = Estimate.Exactly(48),
        When = EventTime.OnDay(new LocalDate(2022, 6, 25)).WithPartOfDay(PartOfDay.Night),
        Targets = [new Target { Kind = BuiltIn.TargetKind.MilitaryFacility, Name = "military facilities in the west" }],
        Harm = new BuiltIn.Casualties { NoneReported = true },
    };

    [Fact]
    public void The_sketch_generates_a_record_in_the_projects_root_namespace()
    {
        var strike = SketchStrike();

        Assert.Equal("Newsroom.Events.Strike", strike.GetType().FullName);
        Assert.Equal("strike", strike.Type);
        Assert.Equal(1, strike.SchemaVersion);
        Assert.Equal(Estimate.Exactly(48), strike.Munitions);
    }

    [Fact]
    public void Equality_includes_list_contents()
    {
        var a = SketchStrike();
        var b = SketchStrike();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Weapons = [WeaponKind.BallisticMissile] });
        Assert.NotEqual(a, b with { Targets = [new Target { Kind = BuiltIn.TargetKind.Energy }] });
    }

    [Fact]
    public void Enums_keep_their_wire_names()
    {
        Assert.Equal("cruise-missile", WeaponKind.CruiseMissile.ToWireName());
        Assert.True(WeaponKindWire.TryParse("air-strike", out var parsed));
        Assert.Equal(WeaponKind.AirStrike, parsed);
        Assert.False(WeaponKindWire.TryParse("Air-Strike", out _));
        Assert.Equal(["cruise-missile", "ballistic-missile", "rocket", "artillery", "air-strike", "drone", "other"], WeaponKindWire.Names);
    }

    [Fact]
    public void The_kind_describes_itself_with_its_mappings_and_fields()
    {
        var kind = Strike.Descriptor;

        Assert.Equal("strike", kind.Type);
        Assert.Equal(typeof(Strike), kind.ClrType);
        Assert.Equal(["ASSAULT"], kind.CodesIn("plover"));
        Assert.Equal(["194", "195"], kind.CodesIn("CAMEO"));
        Assert.Equal(["Explosions/Remote violence"], kind.CodesIn("acled"));
        Assert.Equal(["attacker", "weapons", "munitions", "targets", "harm"], kind.Fields.Select(f => f.Name));
        Assert.True(kind.Fields[0].Required);
        Assert.Equal("WeaponKind[]", kind.Fields[1].SchemaType);
    }

    [Fact]
    public void The_catalog_holds_built_in_and_own_kinds_and_the_own_strike_supersedes_the_built_in_one()
    {
        Assert.Equal([Checkpoint.Descriptor, Strike.Descriptor], EventKinds.All);

        Assert.True(EventCatalog.TryFind("checkpoint", out var checkpoint));
        Assert.Equal(typeof(Checkpoint), checkpoint.ClrType);
        Assert.True(EventCatalog.TryFind("withdrawal", out var withdrawal));
        Assert.Equal(typeof(BuiltIn.Withdrawal), withdrawal.ClrType);
        Assert.True(EventCatalog.TryFind("strike", out var strike));
        Assert.Equal(typeof(Strike), strike.ClrType);
        Assert.False(EventCatalog.TryFind("Newsroom.Events.Strike", out _));
    }

    [Fact]
    public void Own_kinds_mix_with_built_in_kinds_as_conflict_events()
    {
        ConflictEvent[] events =
        [
            SketchStrike(),
            new Checkpoint { Id = "cp-1", Operator = RussianForces, Lanes = 2 },
            new BuiltIn.Withdrawal
            {
                Id = "w-1",
                Forces = new Actor { Name = "Ukrainian troops", Kind = ActorKind.StateForces },
                From = [new Place { Name = "Sievierodonetsk", Country = new CountryCode("UA") }],
                Status = BuiltIn.WithdrawalStatus.NearlyComplete,
            },
        ];

        Assert.Equal(["strike", "checkpoint", "withdrawal"], events.Select(e => e.Type));
    }
}
