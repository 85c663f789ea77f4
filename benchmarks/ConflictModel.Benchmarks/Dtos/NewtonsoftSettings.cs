using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace ConflictModel.Benchmarks.Dtos;

/// <summary>Newtonsoft.Json over the same DTOs, set up for the same JSON: camelCase, kebab-case enums, nulls left out.</summary>
public static class NewtonsoftSettings
{
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        NullValueHandling = NullValueHandling.Ignore,
        // Left to itself Newtonsoft turns date-like strings into DateTime tokens, which would garble string fields.
        DateParseHandling = DateParseHandling.None,
        Converters = { new StringEnumConverter(new KebabCaseNamingStrategy(), allowIntegerValues: false), new NewtonsoftEventConverter() },
    });
}
