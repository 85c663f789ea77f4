using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

/// <summary>
/// The envelope every event has; the kind is the <c>type</c> discriminator, which System.Text.Json reads and writes
/// itself (first, as the wire format has it) and Newtonsoft.Json through <see cref="NewtonsoftEventConverter"/>.
/// System.Text.Json writes a derived class's own properties first; the orders put the envelope first, as the format has it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(WithdrawalDto), "withdrawal")]
[JsonDerivedType(typeof(StatementDto), "statement")]
[JsonDerivedType(typeof(ControlChangeDto), "control-change")]
[JsonDerivedType(typeof(StrikeDto), "strike")]
[JsonDerivedType(typeof(GroundAssaultDto), "ground-assault")]
[JsonDerivedType(typeof(DiplomaticDecisionDto), "diplomatic-decision")]
[JsonDerivedType(typeof(AccusationDto), "accusation")]
[JsonDerivedType(typeof(ChangeOfCommandDto), "change-of-command")]
[JsonDerivedType(typeof(EvacuationDto), "evacuation")]
[JsonDerivedType(typeof(InformationOperationDto), "information-operation")]
[JsonDerivedType(typeof(SanctionDto), "sanction")]
[JsonDerivedType(typeof(WeaponsRequestDto), "weapons-request")]
public abstract class EventDto
{
    [JsonPropertyOrder(-9)]
    public string Id { get; set; } = null!;

    [JsonPropertyOrder(-8)]
    public int SchemaVersion { get; set; }

    [JsonPropertyOrder(-7)]
    public EventTimeDto? When { get; set; }

    [JsonPropertyOrder(-6)]
    public PlaceDto? Where { get; set; }

    [JsonPropertyOrder(-5)]
    public List<SourceRefDto>? Sources { get; set; }

    [JsonPropertyOrder(-4)]
    public VerificationDto? Verification { get; set; }

    [JsonPropertyOrder(-3)]
    public List<string>? About { get; set; }

    [JsonPropertyOrder(-2)]
    public string? Notes { get; set; }

    [JsonPropertyOrder(-1)]
    public OriginDto? Origin { get; set; }
}
