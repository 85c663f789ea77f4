namespace ConflictModel.Benchmarks.Dtos;

// The records of common.event.json that the seed kinds use.

public sealed class TargetDto
{
    public TargetKind? Kind { get; set; }

    public string? Name { get; set; }

    public PlaceDto? Place { get; set; }
}

public sealed class CasualtiesDto
{
    public PopulationGroup? Among { get; set; }

    public EstimateDto? Killed { get; set; }

    public EstimateDto? Injured { get; set; }

    public EstimateDto? Missing { get; set; }

    public EstimateDto? Detained { get; set; }

    public EstimateDto? Trapped { get; set; }

    public EstimateDto? Displaced { get; set; }

    public bool? NoneReported { get; set; }
}
