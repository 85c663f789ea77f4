using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

// Hand-written classes with the JSON shape of the library's primitives: what a user of System.Text.Json or
// Newtonsoft.Json would write to read the same files. Optional values are nullable and left out when null;
// required ones are `= null!`, as users write them, so that reading allocates nothing the JSON does not hold.

public sealed class EventTimeDto
{
    public TimePrecision Precision { get; set; }

    public DateOnly? Date { get; set; }

    [JsonConverter(typeof(UtcInstantConverter))]
    [Newtonsoft.Json.JsonConverter(typeof(NewtonsoftUtcInstantConverter))]
    public DateTimeOffset? Instant { get; set; }

    public DateRangeDto? Range { get; set; }

    public PartOfDay? PartOfDay { get; set; }

    public string? Phrase { get; set; }
}

public sealed class DateRangeDto
{
    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }
}

public sealed class PlaceDto
{
    public string Name { get; set; } = null!;

    public string? Admin1 { get; set; }

    public string? Admin2 { get; set; }

    public string? Admin3 { get; set; }

    public string? Country { get; set; }

    public GeoPointDto? Point { get; set; }

    public PlacePrecision? Precision { get; set; }
}

public sealed class GeoPointDto
{
    public double Latitude { get; set; }

    public double Longitude { get; set; }
}

public sealed class ActorDto
{
    public string Name { get; set; } = null!;

    public ActorKind? Kind { get; set; }

    public string? Country { get; set; }

    public string? Affiliation { get; set; }

    public string? Role { get; set; }
}

public sealed class EstimateDto
{
    public EstimateKind Kind { get; set; }

    public long? Value { get; set; }

    public long? Low { get; set; }

    public long? High { get; set; }

    public Quantifier? Quantifier { get; set; }
}

public sealed class SourceRefDto
{
    public string? Outlet { get; set; }

    public SourceChannel? Channel { get; set; }

    public string? Platform { get; set; }

    public ActorDto? Speaker { get; set; }

    [JsonConverter(typeof(UtcInstantConverter))]
    [Newtonsoft.Json.JsonConverter(typeof(NewtonsoftUtcInstantConverter))]
    public DateTimeOffset? Published { get; set; }

    public string? Link { get; set; }

    public string? Quote { get; set; }
}

public sealed class VerificationDto
{
    public VerificationStatus Status { get; set; }

    public string? By { get; set; }

    public string? Note { get; set; }
}

public sealed class OriginDto
{
    public string Dataset { get; set; } = null!;

    public string? RecordId { get; set; }

    public Dictionary<string, string>? Fields { get; set; }
}
