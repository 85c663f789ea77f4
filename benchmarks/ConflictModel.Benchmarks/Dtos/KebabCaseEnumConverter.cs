using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

/// <summary>
/// Enums as kebab-case strings (<c>StateForces</c> ↔ <c>"state-forces"</c>), as the wire format has them. An attribute
/// on each enum type carries it to System.Text.Json's source generator and to reflection alike.
/// </summary>
public sealed class KebabCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where T : struct, Enum;
