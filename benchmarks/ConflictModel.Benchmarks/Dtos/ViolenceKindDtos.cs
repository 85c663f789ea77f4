namespace ConflictModel.Benchmarks.Dtos;

// Kinds about fighting and territory, field for field as their schemas declare them.

public sealed class StrikeDto : EventDto
{
    public ActorDto Attacker { get; set; } = null!;

    public List<WeaponKind>? Weapons { get; set; }

    public EstimateDto? Munitions { get; set; }

    public EstimateDto? Intercepted { get; set; }

    public List<TargetDto>? Targets { get; set; }

    public CasualtiesDto? Harm { get; set; }
}

public sealed class GroundAssaultDto : EventDto
{
    public ActorDto Attacker { get; set; } = null!;

    public ActorDto? OrderedBy { get; set; }

    public ActorDto? Defender { get; set; }

    public List<AssaultAction> Actions { get; set; } = null!;

    public AssaultOutcome? Outcome { get; set; }

    public string? Reason { get; set; }

    public List<TargetDto>? Objective { get; set; }

    public EstimateDto? Forces { get; set; }

    public List<WeaponKind>? Weapons { get; set; }

    public CasualtiesDto? Harm { get; set; }
}

public sealed class ControlChangeDto : EventDto
{
    public PlaceDto Area { get; set; } = null!;

    public ActorDto? GainedBy { get; set; }

    public ActorDto? LostBy { get; set; }

    public ControlExtent? Extent { get; set; }

    public ControlStatus Status { get; set; }

    public EventTimeDto? ExpectedBy { get; set; }

    public bool? Violent { get; set; }

    public CasualtiesDto? Harm { get; set; }
}

public sealed class WithdrawalDto : EventDto
{
    public ActorDto Forces { get; set; } = null!;

    public List<PlaceDto> From { get; set; } = null!;

    public PlaceDto? To { get; set; }

    public WithdrawalStatus Status { get; set; }

    public WithdrawalManner? Manner { get; set; }

    public ActorDto? Pressure { get; set; }

    public bool? DisclosureDelayed { get; set; }

    public string? Significance { get; set; }
}

public sealed class EvacuationDto : EventDto
{
    public EstimateDto? Evacuated { get; set; }

    public PopulationGroup? Among { get; set; }

    public PlaceDto From { get; set; } = null!;

    public PlaceDto? To { get; set; }

    public List<ActorDto>? By { get; set; }
}
