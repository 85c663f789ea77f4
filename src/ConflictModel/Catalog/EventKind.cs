using System;

namespace ConflictModel;

/// <summary>
/// The description of one event kind, registered by generated code: its wire type, schema version,
/// documentation, CLR type, mappings to other vocabularies and its own fields.
/// </summary>
/// <param name="Type">The wire name used as the <c>type</c> discriminator, e.g. <c>strike</c>.</param>
/// <param name="Version">The current version of the kind's schema (1 or more).</param>
/// <param name="Name">The kind's C# name, e.g. <c>Strike</c>.</param>
/// <param name="ClrType">The generated record type.</param>
/// <param name="Doc">The kind's documentation from its schema.</param>
/// <param name="Maps">Codes of the kind in other vocabularies (PLOVER, CAMEO, ACLED, …).</param>
/// <param name="Fields">The kind's own fields, in schema order, beside the envelope's.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EventKind(
    string Type,
    int Version,
    string Name,
    Type ClrType,
    string Doc,
    ValueList<Mapping> Maps,
    ValueList<EventField> Fields)
{
    /// <summary>Reads and writes events of this kind as JSON without reflection; set by generated code.</summary>
    public Serialization.EventJsonHandler? Json { get; init; }

    /// <summary>
    /// The JSON Schema fragment the generator wrote for the kind's own fields (references by <c>#/$defs/</c> name);
    /// <see cref="JsonSchema"/> is the complete document.
    /// </summary>
    public string? SchemaFragment { get; init; }

    /// <summary>The kind's complete JSON Schema (draft 2020-12): envelope, own fields and every definition they use.</summary>
    public string JsonSchema => Serialization.JsonSchemas.For(this);

    /// <summary>The kind's schema id, e.g. <c>urn:conflictmodel:schema:strike:1</c>.</summary>
    public string SchemaId => $"urn:conflictmodel:schema:{Type}:{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The codes the kind maps to in <paramref name="scheme"/>, empty when it has none.</summary>
    /// <param name="scheme">The vocabulary, e.g. <c>plover</c>, <c>cameo</c> or <c>acled</c> (case-insensitive).</param>
    /// <returns>The codes, in schema order.</returns>
    public ValueList<string> CodesIn(string scheme)
    {
        foreach (var map in Maps)
        {
            if (string.Equals(map.Scheme, scheme, StringComparison.OrdinalIgnoreCase))
            {
                return map.Codes;
            }
        }

        return default;
    }
}
