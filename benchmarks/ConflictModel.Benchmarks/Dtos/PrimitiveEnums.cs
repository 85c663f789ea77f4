using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

// The enums of the primitives, as a user would copy them from the JSON format reference.

[JsonConverter(typeof(KebabCaseEnumConverter<ActorKind>))]
public enum ActorKind
{
    StateForces,
    RebelGroup,
    PoliticalMilitia,
    IdentityMilitia,
    Rioters,
    Protesters,
    Civilians,
    ExternalForces,
    Government,
    Official,
    Person,
    Organization,
    InternationalOrganization,
    Media,
    Company,
    Other,
}

[JsonConverter(typeof(KebabCaseEnumConverter<PlacePrecision>))]
public enum PlacePrecision
{
    Exact,
    Locality,
    Near,
    District,
    Region,
    Country,
    Approximate,
}

[JsonConverter(typeof(KebabCaseEnumConverter<TimePrecision>))]
public enum TimePrecision
{
    Exact,
    Day,
    Week,
    Month,
    Year,
}

[JsonConverter(typeof(KebabCaseEnumConverter<PartOfDay>))]
public enum PartOfDay
{
    Morning,
    Afternoon,
    Evening,
    Night,
}

[JsonConverter(typeof(KebabCaseEnumConverter<SourceChannel>))]
public enum SourceChannel
{
    Television,
    Radio,
    Newspaper,
    NewsAgency,
    SocialMedia,
    Messenger,
    Interview,
    PressRelease,
    PressConference,
    PhoneCall,
    Video,
    Website,
    Other,
}

[JsonConverter(typeof(KebabCaseEnumConverter<VerificationStatus>))]
public enum VerificationStatus
{
    Confirmed,
    Claimed,
    Unverified,
    Disputed,
    Denied,
}

[JsonConverter(typeof(KebabCaseEnumConverter<EstimateKind>))]
public enum EstimateKind
{
    Exact,
    Range,
    AtLeast,
    AtMost,
    Approximate,
    Qualifier,
}

[JsonConverter(typeof(KebabCaseEnumConverter<Quantifier>))]
public enum Quantifier
{
    Few,
    Several,
    Dozens,
    Hundreds,
    Thousands,
    TensOfThousands,
    HundredsOfThousands,
    Millions,
}
