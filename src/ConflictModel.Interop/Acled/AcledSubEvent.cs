using System;
using System.Collections.Generic;

namespace ConflictModel.Interop.Acled;

/// <summary>ACLED's 25 sub-event types.</summary>
internal enum AcledSubEvent
{
    ArmedClash,
    GovernmentRegainsTerritory,
    NonStateActorOvertakesTerritory,
    ChemicalWeapon,
    AirDroneStrike,
    SuicideBomb,
    ShellingArtilleryMissileAttack,
    RemoteExplosive,
    Grenade,
    PeacefulProtest,
    ProtestWithIntervention,
    ExcessiveForceAgainstProtesters,
    ViolentDemonstration,
    MobViolence,
    Agreement,
    Arrests,
    ChangeToGroupActivity,
    DisruptedWeaponsUse,
    HeadquartersOrBaseEstablished,
    LootingPropertyDestruction,
    NonViolentTransferOfTerritory,
    Other,
    SexualViolence,
    Attack,
    Abduction,
}

/// <summary>The names ACLED writes for its event and sub-event types, and lookups tolerant of their variants.</summary>
internal static class AcledCategories
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";
    public const string ViolenceAgainstCivilians = "Violence against civilians";

    private static readonly (AcledSubEvent SubEvent, string EventType, string Name)[] Table =
    [
        (AcledSubEvent.ArmedClash, Battles, "Armed clash"),
        (AcledSubEvent.GovernmentRegainsTerritory, Battles, "Government regains territory"),
        (AcledSubEvent.NonStateActorOvertakesTerritory, Battles, "Non-state actor overtakes territory"),
        (AcledSubEvent.ChemicalWeapon, Explosions, "Chemical weapon"),
        (AcledSubEvent.AirDroneStrike, Explosions, "Air/drone strike"),
        (AcledSubEvent.SuicideBomb, Explosions, "Suicide bomb"),
        (AcledSubEvent.ShellingArtilleryMissileAttack, Explosions, "Shelling/artillery/missile attack"),
        (AcledSubEvent.RemoteExplosive, Explosions, "Remote explosive/landmine/IED"),
        (AcledSubEvent.Grenade, Explosions, "Grenade"),
        (AcledSubEvent.PeacefulProtest, Protests, "Peaceful protest"),
        (AcledSubEvent.ProtestWithIntervention, Protests, "Protest with intervention"),
        (AcledSubEvent.ExcessiveForceAgainstProtesters, Protests, "Excessive force against protesters"),
        (AcledSubEvent.ViolentDemonstration, Riots, "Violent demonstration"),
        (AcledSubEvent.MobViolence, Riots, "Mob violence"),
        (AcledSubEvent.Agreement, StrategicDevelopments, "Agreement"),
        (AcledSubEvent.Arrests, StrategicDevelopments, "Arrests"),
        (AcledSubEvent.ChangeToGroupActivity, StrategicDevelopments, "Change to group/activity"),
        (AcledSubEvent.DisruptedWeaponsUse, StrategicDevelopments, "Disrupted weapons use"),
        (AcledSubEvent.HeadquartersOrBaseEstablished, StrategicDevelopments, "Headquarters or base established"),
        (AcledSubEvent.LootingPropertyDestruction, StrategicDevelopments, "Looting/property destruction"),
        (AcledSubEvent.NonViolentTransferOfTerritory, StrategicDevelopments, "Non-violent transfer of territory"),
        (AcledSubEvent.Other, StrategicDevelopments, "Other"),
        (AcledSubEvent.SexualViolence, ViolenceAgainstCivilians, "Sexual violence"),
        (AcledSubEvent.Attack, ViolenceAgainstCivilians, "Attack"),
        (AcledSubEvent.Abduction, ViolenceAgainstCivilians, "Abduction/forced disappearance"),
    ];

    private static readonly Dictionary<string, AcledSubEvent> ByName = CreateByName();

    /// <summary>The sub-event type's name as ACLED writes it.</summary>
    public static string NameOf(AcledSubEvent subEvent) => Table[(int)subEvent].Name;

    /// <summary>The event type the sub-event type belongs to.</summary>
    public static string EventTypeOf(AcledSubEvent subEvent) => Table[(int)subEvent].EventType;

    /// <summary>
    /// Finds the sub-event type of a row: by its name (any case; the codebook's spelling "protestors" too), or, when
    /// the name is unknown, the catch-all of the event type (Armed clash, Shelling, Peaceful protest, Violent demonstration,
    /// Attack, Other). Null when neither is known.
    /// </summary>
    public static AcledSubEvent? Find(string? eventType, string? subEventType)
    {
        if (subEventType is not null && ByName.TryGetValue(subEventType.Trim(), out var found))
        {
            return found;
        }

        return eventType?.Trim().ToUpperInvariant() switch
        {
            "BATTLES" => AcledSubEvent.ArmedClash,
            "EXPLOSIONS/REMOTE VIOLENCE" => AcledSubEvent.ShellingArtilleryMissileAttack,
            "PROTESTS" => AcledSubEvent.PeacefulProtest,
            "RIOTS" => AcledSubEvent.ViolentDemonstration,
            "STRATEGIC DEVELOPMENTS" => AcledSubEvent.Other,
            "VIOLENCE AGAINST CIVILIANS" => AcledSubEvent.Attack,
            _ => null,
        };
    }

    /// <summary>Every sub-event type with its event type and name, in the codebook's order.</summary>
    public static IEnumerable<(AcledSubEvent SubEvent, string EventType, string Name)> All => Table;

    private static Dictionary<string, AcledSubEvent> CreateByName()
    {
        var byName = new Dictionary<string, AcledSubEvent>(StringComparer.OrdinalIgnoreCase);
        foreach (var (subEvent, _, name) in Table)
        {
            byName.Add(name, subEvent);
        }

        // The codebook spells it so; the data (and ACLED's event categories) spell it "protesters".
        byName.Add("Excessive force against protestors", AcledSubEvent.ExcessiveForceAgainstProtesters);
        return byName;
    }
}
