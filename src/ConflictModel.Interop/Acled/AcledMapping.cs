using System;
using System.Collections.Generic;
using ConflictModel.Events;
using NodaTime;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// The tables that translate between ACLED's codes and the model: event and sub-event types and kinds, actor
/// types (<c>inter1</c>/<c>inter2</c>), date precision (<c>time_precision</c>), location precision
/// (<c>geo_precision</c>) and countries (<c>iso</c>).
/// </summary>
/// <remarks>
/// <para><b>Kinds.</b> Each sub-event type imports as the most specific kind:</para>
/// <list type="table">
/// <listheader><term>ACLED</term><description>Kind</description></listheader>
/// <item><term>Battles / Armed clash</term><description><see cref="ArmedClash"/></description></item>
/// <item><term>Battles / Government regains territory, Non-state actor overtakes territory</term><description><see cref="ControlChange"/> (completed)</description></item>
/// <item><term>Explosions/Remote violence / *</term><description><see cref="Strike"/> with the weapon of the sub-event type</description></item>
/// <item><term>Protests / *</term><description><see cref="Protest"/> with its <see cref="ProtestResponse"/></description></item>
/// <item><term>Riots / *</term><description><see cref="Riot"/> with its <see cref="RiotForm"/></description></item>
/// <item><term>Violence against civilians / *</term><description><see cref="AttackOnCivilians"/> with its <see cref="CivilianViolence"/></description></item>
/// <item><term>Strategic developments / Agreement, Arrests, Looting/property destruction</term><description><see cref="Agreement"/>, <see cref="Arrest"/>, <see cref="PropertyDestruction"/></description></item>
/// <item><term>Strategic developments / Non-violent transfer of territory</term><description><see cref="ControlChange"/> with <c>Violent = false</c></description></item>
/// <item><term>Strategic developments / Change to group/activity, Headquarters or base established, Disrupted weapons use, Other</term><description><see cref="StrategicDevelopment"/> with its <see cref="DevelopmentKind"/></description></item>
/// </list>
/// <para>
/// <b>Weapons.</b> Shelling/artillery/missile attack gives <see cref="WeaponKind.Artillery"/>: ACLED lumps shelling,
/// artillery, rockets and missiles together and does not say which, so the import cannot be more specific.
/// Air/drone strike gives <see cref="WeaponKind.Drone"/> when the notes name a drone or UAV as a word
/// ("drone", "drones", "UAV", "UAVs", any case), otherwise <see cref="WeaponKind.AirStrike"/>.
/// Remote explosive/landmine/IED, Grenade, Suicide bomb and Chemical weapon give <see cref="WeaponKind.ExplosiveDevice"/>,
/// <see cref="WeaponKind.Grenade"/>, <see cref="WeaponKind.SuicideBomb"/> and <see cref="WeaponKind.Chemical"/>.
/// On export the first of Chemical, SuicideBomb, ExplosiveDevice, Grenade, air weapons (AirStrike, Drone, GlideBomb)
/// that a strike used decides the sub-event type; anything else is a Shelling/artillery/missile attack.
/// </para>
/// <para>
/// Kinds ACLED has no category for (<see cref="Statement"/>, <see cref="Withdrawal"/>, <see cref="Sanction"/> and the other
/// kinds of reports rather than events on the ground, and unknown kinds) are not exported; see <see cref="AcledWriter"/>.
/// A <see cref="GroundAssault"/> exports as Battles / Armed clash and a <see cref="ChangeOfCommand"/> as
/// Strategic developments / Change to group/activity.
/// </para>
/// </remarks>
public static class AcledMapping
{
    /// <summary>The <see cref="Origin.Dataset"/> of imported events: <c>acled</c>.</summary>
    public const string Dataset = "acled";

    /// <summary>The prefix of an imported event's <see cref="ConflictEvent.Id"/>: <c>acled-</c> then <c>event_id_cnty</c>.</summary>
    public const string IdPrefix = "acled-";

    /// <summary>The 31 columns of ACLED's export, in its order; the writer writes them so.</summary>
    public static IReadOnlyList<string> Columns => AcledColumns.Names;

    /// <summary>
    /// The columns a file must have: <c>event_id_cnty</c>, <c>event_date</c>, <c>event_type</c>, <c>sub_event_type</c>
    /// and <c>actor1</c>. All others are optional.
    /// </summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = Array.ConvertAll(AcledColumns.Required, i => AcledColumns.Names[i]);

    /// <summary>
    /// The actor kind of an ACLED actor type (<c>inter1</c>, <c>inter2</c>): codes 1 to 8 are the first eight members of
    /// <see cref="ActorKind"/>, in order (<see cref="ActorKind.StateForces"/> = 1 … <see cref="ActorKind.ExternalForces"/> = 8).
    /// </summary>
    /// <param name="interCode">The code.</param>
    /// <returns>The kind, or null for 0 (no actor) and any code outside 1–8.</returns>
    public static ActorKind? ToActorKind(int interCode) =>
        interCode is >= 1 and <= 8 ? (ActorKind)(interCode - 1) : null;

    /// <summary>
    /// The ACLED actor type (1–8) of an actor kind. The first eight kinds are ACLED's own; of the others, a government
    /// or an official counts as state forces (1), a person, media outlet, organisation or company as civilians (7), and an
    /// international organisation or other party as external/other forces (8).
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code, from 1 to 8.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ActorKind"/>.</exception>
    public static int ToInterCode(ActorKind kind) => kind switch
    {
        >= ActorKind.StateForces and <= ActorKind.ExternalForces => (int)kind + 1,
        ActorKind.Government or ActorKind.Official => 1,
        ActorKind.Person or ActorKind.Media or ActorKind.Organization or ActorKind.Company => 7,
        ActorKind.InternationalOrganization or ActorKind.Other => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined ActorKind."),
    };

    /// <summary>
    /// The place precision of an ACLED <c>geo_precision</c>, following the codebook: 1 "particular town" is
    /// <see cref="PlacePrecision.Locality"/>, 2 "small part of a region, or near a town" is <see cref="PlacePrecision.Near"/>,
    /// 3 "larger portion of a region" is <see cref="PlacePrecision.Region"/> (ACLED then gives the coordinates of a
    /// central place of that region).
    /// </summary>
    /// <param name="geoPrecision">The code, 1 to 3.</param>
    /// <returns>The precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="geoPrecision"/> is not 1, 2 or 3.</exception>
    public static PlacePrecision ToPlacePrecision(int geoPrecision) => geoPrecision switch
    {
        1 => PlacePrecision.Locality,
        2 => PlacePrecision.Near,
        3 => PlacePrecision.Region,
        _ => throw new ArgumentOutOfRangeException(nameof(geoPrecision), geoPrecision, "ACLED's geo_precision is 1, 2 or 3."),
    };

    /// <summary>
    /// The ACLED <c>geo_precision</c> of a place precision: <see cref="PlacePrecision.Exact"/> and
    /// <see cref="PlacePrecision.Locality"/> give 1, <see cref="PlacePrecision.Near"/> 2, and the coarser precisions
    /// (<see cref="PlacePrecision.District"/>, <see cref="PlacePrecision.Region"/>, <see cref="PlacePrecision.Country"/>,
    /// <see cref="PlacePrecision.Approximate"/>) 3.
    /// </summary>
    /// <param name="precision">The precision.</param>
    /// <returns>1, 2 or 3.</returns>
    public static int ToGeoPrecision(PlacePrecision precision) => precision switch
    {
        PlacePrecision.Exact or PlacePrecision.Locality => 1,
        PlacePrecision.Near => 2,
        _ => 3,
    };

    /// <summary>
    /// The time of an ACLED <c>event_date</c> and <c>time_precision</c>.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><description>1 (the actual date) is that day: <see cref="EventTime.OnDay"/>.</description></item>
    /// <item><description>2 (the source gives a week or weekend, and ACLED codes a day in the middle of it) is the seven days
    /// centred on the coded date, <c>event_date − 3</c> to <c>event_date + 3</c>: <see cref="EventTime.Within"/>. An ISO week
    /// (<see cref="EventTime.InWeek"/>) would move the event into another Monday-to-Sunday week when ACLED's week or weekend
    /// straddles a Sunday, and would lose the coded date; the centred range keeps both, and exports back exactly.</description></item>
    /// <item><description>3 (only the month is known; ACLED codes a day in it, usually the 15th) is that month: <see cref="EventTime.InMonth"/>.
    /// The coded day is not in the model; <see cref="AcledReader"/> keeps it on the event's <see cref="Origin"/> when it is not the 15th.</description></item>
    /// </list>
    /// </remarks>
    /// <param name="eventDate">ACLED's <c>event_date</c>.</param>
    /// <param name="timePrecision">ACLED's <c>time_precision</c>, 1 to 3.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timePrecision"/> is not 1, 2 or 3.</exception>
    public static EventTime ToEventTime(LocalDate eventDate, int timePrecision) => timePrecision switch
    {
        1 => EventTime.OnDay(eventDate),
        2 => EventTime.Within(new DateInterval(eventDate.PlusDays(-3), eventDate.PlusDays(3))),
        3 => EventTime.InMonth(eventDate.Year, eventDate.Month),
        _ => throw new ArgumentOutOfRangeException(nameof(timePrecision), timePrecision, "ACLED's time_precision is 1, 2 or 3."),
    };

    /// <summary>
    /// The ACLED <c>event_date</c> and <c>time_precision</c> of a time; the inverse of <see cref="ToEventTime"/> for the
    /// times it gives.
    /// </summary>
    /// <remarks>
    /// A day is itself with precision 1, as is the UTC day of an instant. An ISO week is its Thursday (its middle) with
    /// precision 2; a month its 15th with precision 3; a year, which ACLED cannot express, 1 July with precision 3.
    /// A range of days is its middle day (the earlier of two), with precision 1 for a single day, 2 for up to seven days and 3 beyond.
    /// </remarks>
    /// <param name="time">The time.</param>
    /// <returns>The date and the precision code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is null.</exception>
    public static (LocalDate EventDate, int TimePrecision) FromEventTime(EventTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (time.Instant is { } instant)
        {
            return (instant.InUtc().Date, 1);
        }

        if (time.Date is { } date)
        {
            return time.Precision switch
            {
                TimePrecision.Week => (date.PlusDays(3), 2),
                TimePrecision.Month => (new LocalDate(date.Year, date.Month, 15), 3),
                TimePrecision.Year => (new LocalDate(date.Year, 7, 1), 3),
                _ => (date, 1),
            };
        }

        var range = time.Range!;
        var days = range.Length;
        var middle = range.Start.PlusDays((days - 1) / 2);
        return (middle, days == 1 ? 1 : days <= 7 ? 2 : 3);
    }

    /// <summary>The country of an ACLED <c>iso</c> code (ISO 3166-1 numeric), e.g. 32 for Argentina.</summary>
    /// <param name="isoNumeric">The numeric code.</param>
    /// <returns>The alpha-2 code, or null for a country the table does not hold.</returns>
    public static CountryCode? CountryFromIso(int isoNumeric) => AcledCountries.FromNumeric(isoNumeric)?.Code;

    /// <summary>The ACLED <c>iso</c> code (ISO 3166-1 numeric) of a country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The numeric code, or null for a country the table does not hold.</returns>
    public static int? IsoOf(CountryCode country) => AcledCountries.FromCode(country)?.Numeric;

    /// <summary>The kind an ACLED event type and sub-event type import as (compared without regard to case).</summary>
    /// <param name="eventType">The <c>event_type</c>, e.g. <c>Protests</c>.</param>
    /// <param name="subEventType">The <c>sub_event_type</c>, e.g. <c>Peaceful protest</c>.</param>
    /// <returns>The kind, e.g. <see cref="Protest.Descriptor"/>; when the sub-event type is unknown, the kind of the event
    /// type's catch-all; null when both are unknown.</returns>
    public static EventKind? KindOf(string? eventType, string? subEventType) =>
        AcledCategories.Find(eventType, subEventType) is { } subEvent ? KindOf(subEvent) : null;

    /// <summary>The ACLED event type and sub-event type an event exports as.</summary>
    /// <param name="conflictEvent">The event.</param>
    /// <returns>The two names, e.g. ("Explosions/Remote violence", "Air/drone strike"); null for a kind ACLED has no category for.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conflictEvent"/> is null.</exception>
    public static (string EventType, string SubEventType)? CategoryOf(ConflictEvent conflictEvent)
    {
        ArgumentNullException.ThrowIfNull(conflictEvent);
        return SubEventOf(conflictEvent) is { } subEvent
            ? (AcledCategories.EventTypeOf(subEvent), AcledCategories.NameOf(subEvent))
            : null;
    }

    internal static EventKind KindOf(AcledSubEvent subEvent) => subEvent switch
    {
        AcledSubEvent.ArmedClash => ArmedClash.Descriptor,
        AcledSubEvent.GovernmentRegainsTerritory or AcledSubEvent.NonStateActorOvertakesTerritory
            or AcledSubEvent.NonViolentTransferOfTerritory => ControlChange.Descriptor,
        AcledSubEvent.ChemicalWeapon or AcledSubEvent.AirDroneStrike or AcledSubEvent.SuicideBomb
            or AcledSubEvent.ShellingArtilleryMissileAttack or AcledSubEvent.RemoteExplosive or AcledSubEvent.Grenade => Strike.Descriptor,
        AcledSubEvent.PeacefulProtest or AcledSubEvent.ProtestWithIntervention
            or AcledSubEvent.ExcessiveForceAgainstProtesters => Protest.Descriptor,
        AcledSubEvent.ViolentDemonstration or AcledSubEvent.MobViolence => Riot.Descriptor,
        AcledSubEvent.Agreement => Agreement.Descriptor,
        AcledSubEvent.Arrests => Arrest.Descriptor,
        AcledSubEvent.LootingPropertyDestruction => PropertyDestruction.Descriptor,
        AcledSubEvent.SexualViolence or AcledSubEvent.Attack or AcledSubEvent.Abduction => AttackOnCivilians.Descriptor,
        _ => StrategicDevelopment.Descriptor,
    };

    internal static AcledSubEvent? SubEventOf(ConflictEvent conflictEvent) => conflictEvent switch
    {
        Strike strike => SubEventOf(strike.Weapons),
        ArmedClash or GroundAssault => AcledSubEvent.ArmedClash,
        ControlChange { Violent: false } => AcledSubEvent.NonViolentTransferOfTerritory,
        ControlChange change => change.GainedBy?.Kind is { } kind && ToInterCode(kind) == 1
            ? AcledSubEvent.GovernmentRegainsTerritory
            : AcledSubEvent.NonStateActorOvertakesTerritory,
        Protest protest => protest.Response switch
        {
            ProtestResponse.Intervention => AcledSubEvent.ProtestWithIntervention,
            ProtestResponse.ExcessiveForce => AcledSubEvent.ExcessiveForceAgainstProtesters,
            _ => AcledSubEvent.PeacefulProtest,
        },
        Riot riot => riot.Form == RiotForm.MobViolence ? AcledSubEvent.MobViolence : AcledSubEvent.ViolentDemonstration,
        AttackOnCivilians attack => attack.Violence switch
        {
            CivilianViolence.SexualViolence => AcledSubEvent.SexualViolence,
            CivilianViolence.Abduction => AcledSubEvent.Abduction,
            _ => AcledSubEvent.Attack,
        },
        Agreement => AcledSubEvent.Agreement,
        Arrest => AcledSubEvent.Arrests,
        PropertyDestruction => AcledSubEvent.LootingPropertyDestruction,
        StrategicDevelopment development => development.Development switch
        {
            DevelopmentKind.ChangeOfActivity => AcledSubEvent.ChangeToGroupActivity,
            DevelopmentKind.BaseEstablished => AcledSubEvent.HeadquartersOrBaseEstablished,
            DevelopmentKind.WeaponsDisrupted => AcledSubEvent.DisruptedWeaponsUse,
            _ => AcledSubEvent.Other,
        },
        ChangeOfCommand => AcledSubEvent.ChangeToGroupActivity,
        _ => null,
    };

    /// <summary>The weapon a remote-violence sub-event type imports as (Air/drone strike: see <see cref="IsDroneStrike"/>).</summary>
    internal static WeaponKind WeaponOf(AcledSubEvent subEvent, bool drone) => subEvent switch
    {
        AcledSubEvent.ChemicalWeapon => WeaponKind.Chemical,
        AcledSubEvent.AirDroneStrike => drone ? WeaponKind.Drone : WeaponKind.AirStrike,
        AcledSubEvent.SuicideBomb => WeaponKind.SuicideBomb,
        AcledSubEvent.RemoteExplosive => WeaponKind.ExplosiveDevice,
        AcledSubEvent.Grenade => WeaponKind.Grenade,
        _ => WeaponKind.Artillery,
    };

    /// <summary>Whether the notes of an Air/drone strike name a drone: the word drone(s) or UAV(s), any case.</summary>
    internal static bool IsDroneStrike(string? notes)
    {
        if (notes is null)
        {
            return false;
        }

        foreach (var word in notes.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("drone", StringComparison.OrdinalIgnoreCase) || word.Equals("drones", StringComparison.OrdinalIgnoreCase)
                || word.Equals("UAV", StringComparison.OrdinalIgnoreCase) || word.Equals("UAVs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] WordSeparators = [' ', '\t', '\r', '\n', ',', '.', ';', ':', '(', ')', '[', ']', '"', '\'', '-', '/', '!', '?'];

    private static AcledSubEvent SubEventOf(ValueList<WeaponKind> weapons)
    {
        if (Has(weapons, WeaponKind.Chemical))
        {
            return AcledSubEvent.ChemicalWeapon;
        }

        if (Has(weapons, WeaponKind.SuicideBomb))
        {
            return AcledSubEvent.SuicideBomb;
        }

        if (Has(weapons, WeaponKind.ExplosiveDevice))
        {
            return AcledSubEvent.RemoteExplosive;
        }

        if (Has(weapons, WeaponKind.Grenade))
        {
            return AcledSubEvent.Grenade;
        }

        return Has(weapons, WeaponKind.AirStrike) || Has(weapons, WeaponKind.Drone) || Has(weapons, WeaponKind.GlideBomb)
            ? AcledSubEvent.AirDroneStrike
            : AcledSubEvent.ShellingArtilleryMissileAttack;
    }

    private static bool Has(ValueList<WeaponKind> weapons, WeaponKind kind)
    {
        foreach (var weapon in weapons)
        {
            if (weapon == kind)
            {
                return true;
            }
        }

        return false;
    }
}
