using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

/// <summary>
/// System.Text.Json's source generator over the DTOs: the reflection-free alternative a user would pick. camelCase
/// names, nulls left out; enums carry their kebab-case converter on the type.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(List<EventDto>))]
public sealed partial class DtoJsonContext : JsonSerializerContext;

/// <summary>The same settings for System.Text.Json's reflection-based serializer.</summary>
public static class DtoJsonOptions
{
    public static JsonSerializerOptions Reflection { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };
}
