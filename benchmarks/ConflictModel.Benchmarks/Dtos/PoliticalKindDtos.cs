namespace ConflictModel.Benchmarks.Dtos;

// Kinds about words, decisions and pressure, field for field as their schemas declare them.

public sealed class StatementDto : EventDto
{
    public ActorDto Speaker { get; set; } = null!;

    public StatementKind Kind { get; set; }

    public string? Quote { get; set; }

    public string? Content { get; set; }

    public SourceRefDto? Via { get; set; }

    public List<ActorDto>? Audience { get; set; }
}

public sealed class DiplomaticDecisionDto : EventDto
{
    public List<ActorDto> DecidedBy { get; set; } = null!;

    public DecisionKind Decision { get; set; }

    public ActorDto? Subject { get; set; }

    public ActorDto? Organization { get; set; }

    public string? Description { get; set; }

    public string? Significance { get; set; }
}

public sealed class AccusationDto : EventDto
{
    public List<ActorDto> Accusers { get; set; } = null!;

    public List<ActorDto> Accused { get; set; } = null!;

    public AllegationKind Allegation { get; set; }

    public PopulationGroup? Victims { get; set; }

    public string? Description { get; set; }

    public bool? Recurring { get; set; }
}

public sealed class ChangeOfCommandDto : EventDto
{
    public ActorDto Organization { get; set; } = null!;

    public CommandChange Change { get; set; }

    public List<ActorDto>? Removed { get; set; }

    public EstimateDto? RemovedCount { get; set; }

    public string? Rank { get; set; }

    public List<ActorDto>? Appointed { get; set; }

    public string? Roles { get; set; }
}

public sealed class InformationOperationDto : EventDto
{
    public ActorDto? Perpetrator { get; set; }

    public ActorDto? Impersonated { get; set; }

    public List<ActorDto>? Targets { get; set; }

    public EstimateDto? TargetCount { get; set; }

    public List<InfluenceMethod> Methods { get; set; } = null!;

    public EstimateDto? ItemCount { get; set; }

    public string? Content { get; set; }

    public bool? Succeeded { get; set; }
}

public sealed class SanctionDto : EventDto
{
    public List<ActorDto> ImposedBy { get; set; } = null!;

    public List<ActorDto> Targets { get; set; } = null!;

    public List<SanctionMeasure>? Measures { get; set; }

    public SanctionStatus? Status { get; set; }

    public string? Reason { get; set; }

    public string? Significance { get; set; }
}

public sealed class WeaponsRequestDto : EventDto
{
    public ActorDto Requester { get; set; } = null!;

    public List<ActorDto>? Addressees { get; set; }

    public List<WeaponKind>? Weapons { get; set; }

    public EstimateDto? Quantity { get; set; }

    public string? Purpose { get; set; }

    public string? Quote { get; set; }

    public SourceRefDto? Via { get; set; }

    public bool? Recurring { get; set; }
}
