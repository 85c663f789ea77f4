using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are stable: never renumber, only add.</summary>
internal static class Descriptors
{
    private const string Category = "ConflictModel.Schema";
    private const string HelpBase = "docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor InvalidJson = Error("CM0001", "Schema file is not valid JSON",
        "Invalid JSON in schema: {0}",
        "The file could not be read as JSON (RFC 8259). Fix the syntax at the reported position; nothing in this file is generated until it parses.");

    public static readonly DiagnosticDescriptor MissingKey = Error("CM0002", "Schema is missing a required key",
        "The {0} is missing the required key '{1}'",
        "An event schema needs 'event' (the C# name) and 'type' (the wire name); a field needs 'type'.");

    public static readonly DiagnosticDescriptor UnknownType = Error("CM0003", "Unknown field type",
        "Unknown type '{0}' for field '{1}'; expected a built-in type or an enum or record declared in a schema",
        "Built-in types: string, int, long, decimal, bool, date, instant, uri, Actor, Place, GeoPoint, EventTime, Estimate, SourceRef, Verification, CountryCode; 'T[]' for a list; or the name of an enum or record declared in any schema of the compilation or of a referenced assembly.");

    public static readonly DiagnosticDescriptor DuplicateField = Error("CM0004", "Duplicate field",
        "The field '{0}' is declared more than once in '{1}'",
        "Each field name, and each name in 'renamedFrom', may appear once per event or record.");

    public static readonly DiagnosticDescriptor DuplicateWireType = Error("CM0005", "Duplicate event wire type",
        "The event type '{0}' is also declared in '{1}'",
        "The 'type' discriminator must be unique across the schemas of a compilation, or polymorphic reading could not tell the kinds apart.");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("CM0006", "Name is not a valid C# identifier",
        "The {0} '{1}' gives the C# name '{2}', which is not a valid identifier",
        "Wire names in kebab-case or camelCase become PascalCase C# names; they must start with a letter and become a valid, non-keyword identifier.");

    public static readonly DiagnosticDescriptor EmptyEnum = Error("CM0007", "Enum has no values",
        "The enum '{0}' declares no values",
        "An enum needs at least one wire value.");

    public static readonly DiagnosticDescriptor SinceAfterVersion = Error("CM0008", "Field is newer than its schema",
        "The field '{0}' is 'since' version {1}, but the schema is at version {2}",
        "A field's 'since' must not exceed the schema's 'version': raise 'version' when you add a field.");

    public static readonly DiagnosticDescriptor WrongValueKind = Error("CM0009", "Schema value has the wrong JSON type",
        "'{0}' must be {1}, but is {2}",
        "Each schema key expects a particular JSON type; see the schema language reference.");

    public static readonly DiagnosticDescriptor UnknownKey = Warning("CM0010", "Unknown schema key",
        "Unknown key '{0}' in {1}; it is ignored",
        "The key is not part of the schema language, often a misspelling (for example 'reqired').");

    public static readonly DiagnosticDescriptor DuplicateTypeName = Error("CM0011", "Duplicate enum or record name",
        "The type '{0}' is also declared in '{1}'",
        "Enum and record names are shared by all schemas of a compilation, so each may be declared once.");

    public static readonly DiagnosticDescriptor InvalidConstraint = Error("CM0012", "Invalid constraint",
        "Invalid constraint on field '{0}': {1}",
        "min/max apply to int, long and decimal; minLength/maxLength/pattern to string; minItems/maxItems to lists; min must not exceed max.");

    public static readonly DiagnosticDescriptor InvalidPattern = Error("CM0013", "Invalid regular expression",
        "The pattern of field '{0}' is not a valid regular expression: {1}",
        "'pattern' is a .NET regular expression the value must match.");

    public static readonly DiagnosticDescriptor DuplicateEnumValue = Error("CM0014", "Duplicate enum value",
        "The enum '{0}' declares '{1}' more than once, or two values give the same C# name",
        "Each wire value of an enum must be unique and map to a distinct C# member.");

    public static readonly DiagnosticDescriptor ReservedName = Error("CM0015", "Field name is reserved by the envelope",
        "The field '{0}' clashes with the envelope member '{1}' every event already has",
        "Every event already has id, type, schemaVersion, when, where, sources, verification, about, notes, origin and the fields it keeps unknown; choose another name.");

    public static readonly DiagnosticDescriptor InvalidVersion = Error("CM0016", "Invalid version",
        "'{0}' must be a whole number of at least {1}, but is {2}",
        "Schema versions and 'since' start at 1 and grow by whole numbers; counts and lengths are whole numbers of 0 or more.");

    public static readonly DiagnosticDescriptor InvalidWireType = Error("CM0017", "Invalid event wire type",
        "The event type '{0}' must be lower-case letters and digits, words joined by '-', '_' or '.'",
        "Wire types such as 'strike' or 'change-of-command' are what partners see; keep them stable and lower-case.");

    public static readonly DiagnosticDescriptor FieldRemoved = Error("CM0018", "Published field removed",
        "The field '{0}' is published in version {1} (lock file) but is gone from the schema",
        "Data already written holds this field. Keep it, or rename it with 'renamedFrom' and a version bump; to retire it, keep it optional and document it.");

    public static readonly DiagnosticDescriptor FieldTypeChanged = Error("CM0019", "Published field type changed",
        "The field '{0}' is now of type '{1}' but is published as '{2}'",
        "Readers and data already deployed expect the published type; add a new field instead.");

    public static readonly DiagnosticDescriptor FieldMadeRequired = Error("CM0020", "Optional field made required",
        "The field '{0}' was optional in version {1} and is now required",
        "Data written at the published version may lack it. Require it only from a new version with 'since'.");

    public static readonly DiagnosticDescriptor RemovedNameReused = Error("CM0021", "Removed wire name reused",
        "The wire name '{0}' belonged to a removed field and cannot be used again",
        "Old data may still carry the removed field under this name, with another meaning; choose a new name.");

    public static readonly DiagnosticDescriptor RenamedWithoutBump = Error("CM0022", "Field renamed without a version bump",
        "The field '{0}' was renamed to '{1}' but the schema is still at version {2}",
        "A rename changes what writers write; raise 'version' so readers can tell the two shapes apart.");

    public static readonly DiagnosticDescriptor WireTypeChanged = Error("CM0023", "Published wire type changed",
        "The event type is now '{0}' but is published as '{1}'",
        "Data already written names the published type; a new wire type is a new kind.");

    public static readonly DiagnosticDescriptor VersionLowered = Error("CM0024", "Version lowered",
        "The schema version {0} is lower than the published version {1}",
        "Versions only grow.");

    public static readonly DiagnosticDescriptor InvalidLock = Error("CM0025", "Lock file is not valid",
        "Invalid lock file: {0}",
        "A lock file records a published schema: {\"type\": \"…\", \"version\": N, \"fields\": {…}, \"removed\": […]}. Regenerate it with ConflictModel.SchemaLock.Create.");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error("CM0026", "Invalid namespace",
        "The namespace '{0}' is not a valid C# namespace",
        "A namespace is one or more C# identifiers (no keywords) joined by dots, e.g. 'Newsroom.Events'.");

    public static readonly DiagnosticDescriptor NameTaken = Error("CM0027", "Name already taken by a type or namespace",
        "The name '{0}' is already taken by {1}",
        "C# prefers what a project declares over a type or namespace of the same full name in a referenced assembly (CS0436, CS0437), and a namespace cannot hold a type and a namespace of the same name (CS0101). A schema type named like System.Type, System.Uri, ConflictModel.Actor or System.Text.Json.Utf8JsonReader, or a schema namespace named like a type, would take the place of what the generated code of every schema refers to. Give the event, enum or record another name, or the schema another namespace.");

    public static readonly DiagnosticDescriptor InternalError = Error("CM9999", "Schema generator failed unexpectedly",
        "The schema generator failed on this file: {0}",
        "This is a bug in the generator; please report it with the schema that triggers it.");

    /// <summary>All descriptors by id, for turning <c>DiagnosticInfo</c> back into diagnostics.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = Index(
        InvalidJson, MissingKey, UnknownType, DuplicateField, DuplicateWireType, InvalidIdentifier, EmptyEnum,
        SinceAfterVersion, WrongValueKind, UnknownKey, DuplicateTypeName, InvalidConstraint, InvalidPattern,
        DuplicateEnumValue, ReservedName, InvalidVersion, InvalidWireType, FieldRemoved, FieldTypeChanged, FieldMadeRequired,
        RemovedNameReused, RenamedWithoutBump, WireTypeChanged, VersionLowered, InvalidLock, InvalidNamespace, NameTaken, InternalError);

    private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description, HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message, string description) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpBase + id.ToLowerInvariant());

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in descriptors)
        {
            map.Add(d.Id, d);
        }

        return map;
    }
}
