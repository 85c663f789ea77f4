using System;
using System.Collections.Concurrent;
using System.ComponentModel;

namespace ConflictModel.Serialization;

/// <summary>
/// JSON Schema fragments of the types event schemas use, by CLR full name (the key after <c>#/$defs/</c>): the
/// primitives, and the enums and records generated code registers.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class SchemaDefinitions
{
    private static readonly ConcurrentDictionary<string, string> s_definitions = new(StringComparer.Ordinal)
    {
        ["ConflictModel.GeoPoint"] = GeoPointJson.Schema,
        ["ConflictModel.CountryCode"] = CountryCodeJson.Schema,
        ["ConflictModel.EventTime"] = EventTimeJson.Schema,
        ["ConflictModel.Place"] = PlaceJson.Schema,
        ["ConflictModel.Actor"] = ActorJson.Schema,
        ["ConflictModel.Estimate"] = EstimateJson.Schema,
        ["ConflictModel.SourceRef"] = SourceRefJson.Schema,
        ["ConflictModel.Verification"] = VerificationJson.Schema,
        ["ConflictModel.Origin"] = OriginJson.Schema,
    };

    /// <summary>Registers a fragment; called by generated module initialisers.</summary>
    /// <param name="name">The CLR full name, e.g. <c>ConflictModel.Events.WeaponKind</c>.</param>
    /// <param name="schema">The fragment, a JSON object.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(string name, string schema)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(schema);
        s_definitions[name] = schema;
    }

    /// <summary>Finds a fragment by name.</summary>
    /// <param name="name">The CLR full name.</param>
    /// <param name="schema">The fragment, when registered.</param>
    /// <returns>Whether it is registered.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? schema) =>
        s_definitions.TryGetValue(name, out schema);
}
