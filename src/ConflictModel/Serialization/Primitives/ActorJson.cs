using System;
using System.Text.Json;

using static ConflictModel.Serialization.PrimitiveReading;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="Actor"/> as
/// <c>{"name":"…","kind":"state-forces","country":"UA","affiliation":"…","role":"…"}</c>; only <c>name</c> is required,
/// and the other properties are written only when they have a value.
/// </summary>
/// <remarks>
/// <para>
/// Like a <c>System.Text.Json</c> converter, <see cref="Read"/> expects the reader to be positioned on the first token of
/// the value, with the whole value in the reader's buffer, and leaves it on the last token. JSON null is never passed:
/// callers handle it. <see cref="Write"/> writes the value only.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ActorJson
{
    /// <summary>The JSON Schema (draft 2020-12) of an <see cref="Actor"/>.</summary>
    public const string Schema =
        """{"description":"A party to an event or a speaker in a report: an armed force, a government body, an official, a person, an organisation.","type":"object","properties":{"name":{"description":"The name of the actor as the report gives it, for example Russian forces or Serhiy Haidai.","type":"string","pattern":"\\S"},"kind":"""
        + PrimitiveEnumsJson.ActorKindSchema
        + ""","country":{"description":"The country the actor belongs to or acts for.","$ref":"#/$defs/ConflictModel.CountryCode"},"affiliation":{"description":"The body the actor belongs to or speaks for, for example Luhansk regional administration.","type":"string"},"role":{"description":"The actor's title or function, for example Governor of Luhansk region.","type":"string"}},"required":["name"],"additionalProperties":false}""";

    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText CountryName = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText AffiliationName = JsonEncodedText.Encode("affiliation");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");

    // The index of each property in the switch of Read; its bit in seen is 1 << index.
    private static readonly JsonNameTable Properties = new("name", "kind", "country", "affiliation", "role");

    /// <summary>Reads an actor.</summary>
    /// <param name="reader">The reader, positioned on the StartObject token; left on the matching EndObject.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ConflictJsonException">The value is not an object, <c>name</c> is missing or blank, a property is
    /// repeated or of the wrong type, or the country code is malformed.</exception>
    /// <exception cref="UnknownJsonContentException">The object has a property or a kind this version does not know.</exception>
    public static Actor Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object");
        }

        string? name = null;
        ActorKind? kind = null;
        CountryCode? country = null;
        string? affiliation = null;
        string? role = null;
        int seen = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            switch (Property(ref reader, Properties, ref seen, "Actor"))
            {
                case 0:
                    name = ReadString(ref reader);
                    CheckName(ref reader, name, "actor", static n => _ = new Actor { Name = n });
                    break;
                case 1:
                    kind = PrimitiveEnumsJson.ReadActorKind(ref reader);
                    break;
                case 2:
                    country = CountryCodeJson.Read(ref reader);
                    break;
                case 3:
                    affiliation = ReadString(ref reader);
                    break;
                case 4:
                    role = ReadString(ref reader);
                    break;
            }
        }

        if (name is null)
        {
            JsonErrors.Fail(ref reader, "missing required property 'name'");
        }

        // The same actor recurs across a batch's events: share the instance made when it was last read.
        var hash = RecentValues.Mix(RecentValues.Of(name), RecentValues.Of(role));
        ref var recent = ref RecentValues<Actor>.Slot(hash);
        if (recent is { } known && known.Name == name && known.Kind == kind && known.Country == country && known.Affiliation == affiliation && known.Role == role)
        {
            return known;
        }

        // The kind and country were validated while reading, the name when it was read.
        return recent = new Actor { Name = name, Kind = kind, Country = country, Affiliation = affiliation, Role = role };
    }

    /// <summary>Writes an actor; optional properties only when they have a value, in the documented order.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The actor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Actor value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(NameName, value.Name);
        if (value.Kind is { } kind)
        {
            writer.WritePropertyName(KindName);
            PrimitiveEnumsJson.Write(writer, kind);
        }

        if (value.Country is { } country)
        {
            writer.WritePropertyName(CountryName);
            CountryCodeJson.Write(writer, country);
        }

        if (value.Affiliation is { } affiliation)
        {
            writer.WriteString(AffiliationName, affiliation);
        }

        if (value.Role is { } role)
        {
            writer.WriteString(RoleName, role);
        }

        writer.WriteEndObject();
    }
}
