using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

// The enums the 12 seed kinds use, as a user would copy them from the schemas.

[JsonConverter(typeof(KebabCaseEnumConverter<WeaponKind>))]
public enum WeaponKind
{
    CruiseMissile,
    BallisticMissile,
    Missile,
    Rocket,
    Artillery,
    Mortar,
    AirStrike,
    GlideBomb,
    Drone,
    SmallArms,
    Armour,
    ExplosiveDevice,
    Grenade,
    SuicideBomb,
    Chemical,
    Other,
}

[JsonConverter(typeof(KebabCaseEnumConverter<TargetKind>))]
public enum TargetKind
{
    MilitaryFacility,
    Troops,
    IndustrialSite,
    Energy,
    Transport,
    ResidentialArea,
    Settlement,
    CivilianBuilding,
    GovernmentBuilding,
    Other,
}

[JsonConverter(typeof(KebabCaseEnumConverter<PopulationGroup>))]
public enum PopulationGroup
{
    Civilians,
    Combatants,
    Mixed,
    Unknown,
}

[JsonConverter(typeof(KebabCaseEnumConverter<StatementKind>))]
public enum StatementKind
{
    Claim,
    Announcement,
    Confirmation,
    RefusalToConfirm,
    Denial,
    Demand,
    Warning,
    Threat,
    Forecast,
    Assessment,
    Condemnation,
    Explanation,
    Reassurance,
    Other,
}

[JsonConverter(typeof(KebabCaseEnumConverter<AssaultAction>))]
public enum AssaultAction
{
    Invasion,
    Attack,
    Advance,
    Enter,
    Encircle,
    Blockade,
    Siege,
    Capture,
}

[JsonConverter(typeof(KebabCaseEnumConverter<AssaultOutcome>))]
public enum AssaultOutcome
{
    Attempted,
    Ongoing,
    Repelled,
    Succeeded,
    Abandoned,
}

[JsonConverter(typeof(KebabCaseEnumConverter<ControlExtent>))]
public enum ControlExtent
{
    Full,
    Partial,
}

[JsonConverter(typeof(KebabCaseEnumConverter<ControlStatus>))]
public enum ControlStatus
{
    Completed,
    Contested,
    Expected,
}

[JsonConverter(typeof(KebabCaseEnumConverter<WithdrawalStatus>))]
public enum WithdrawalStatus
{
    Planned,
    UnderWay,
    NearlyComplete,
    Complete,
    Reversed,
}

[JsonConverter(typeof(KebabCaseEnumConverter<WithdrawalManner>))]
public enum WithdrawalManner
{
    Ordered,
    Orderly,
    Forced,
    Negotiated,
    Redeployment,
}

[JsonConverter(typeof(KebabCaseEnumConverter<DecisionKind>))]
public enum DecisionKind
{
    GrantCandidacy,
    ApplyForMembership,
    AdmitMember,
    Recognize,
    SeverRelations,
    SignAgreement,
    Other,
}

[JsonConverter(typeof(KebabCaseEnumConverter<AllegationKind>))]
public enum AllegationKind
{
    WarCrimes,
    CrimesAgainstHumanity,
    Genocide,
    AttacksOnCivilians,
    CeasefireViolation,
    BannedWeapons,
    Disinformation,
    Other,
}

[JsonConverter(typeof(KebabCaseEnumConverter<CommandChange>))]
public enum CommandChange
{
    Dismissed,
    Withdrawn,
    Appointed,
    Replaced,
    Resigned,
    Killed,
    Captured,
}

[JsonConverter(typeof(KebabCaseEnumConverter<InfluenceMethod>))]
public enum InfluenceMethod
{
    DeepFake,
    Impersonation,
    FakeAccount,
    ForgedDocument,
    Propaganda,
    HackAndLeak,
    Other,
}

[JsonConverter(typeof(KebabCaseEnumConverter<SanctionMeasure>))]
public enum SanctionMeasure
{
    AssetFreeze,
    TravelBan,
    Financial,
    TradeRestriction,
    ExportControl,
    EnergyEmbargo,
    ArmsEmbargo,
    Diplomatic,
    Package,
}

[JsonConverter(typeof(KebabCaseEnumConverter<SanctionStatus>))]
public enum SanctionStatus
{
    Announced,
    Imposed,
    Extended,
    Eased,
    Lifted,
}
