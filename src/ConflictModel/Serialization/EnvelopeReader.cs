using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>
/// Gathers the envelope properties of an event while generated code reads the kind's own, in one pass and in
/// any order, and keeps what it does not know. Used by generated code; not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct EnvelopeReader
{
    // In the order of EnvelopeProperty after None: a name's index plus one is its property.
    private static readonly JsonNameTable PropertyNames = new("type", "id", "schemaVersion", "when", "where", "sources", "verification", "about", "notes", "origin");

    private readonly JsonEncodedText _wireType;
    private List<UnknownField>? _unknown;
    private bool _seenType;
    private bool _seenSources;
    private bool _seenAbout;
    private bool _seenWhen;
    private bool _seenWhere;
    private bool _seenVerification;
    private bool _seenNotes;
    private bool _seenOrigin;

    /// <summary>Starts reading an event of the given kind.</summary>
    /// <param name="wireType">The wire type the data must name, if it names one.</param>
    public EnvelopeReader(string wireType)
        : this(JsonEncodedText.Encode(wireType))
    {
    }

    /// <summary>Starts reading an event of the given kind, its wire type already encoded.</summary>
    /// <param name="wireType">The wire type the data must name, if it names one.</param>
    public EnvelopeReader(JsonEncodedText wireType) => _wireType = wireType;

    /// <summary>The event id.</summary>
    public string? Id { get; private set; }

    /// <summary>The schema version the data was written at, when given.</summary>
    public int? SchemaVersion { get; private set; }

    /// <summary>When.</summary>
    public EventTime? When { get; private set; }

    /// <summary>Where.</summary>
    public Place? Where { get; private set; }

    /// <summary>The sources.</summary>
    public ValueList<SourceRef> Sources { get; private set; }

    /// <summary>The verification.</summary>
    public Verification? Verification { get; private set; }

    /// <summary>Ids of events this one speaks of.</summary>
    public ValueList<string> About { get; private set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; private set; }

    /// <summary>The origin.</summary>
    public Origin? Origin { get; private set; }

    /// <summary>The properties kept verbatim, in document order.</summary>
    public readonly ValueList<UnknownField> UnknownFields => _unknown is null ? default : new ValueList<UnknownField>(_unknown);

    /// <summary>Reads an envelope property; the reader is on its name. Returns false, without moving, for any other name.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>Whether the property belonged to the envelope.</returns>
    public bool TryRead(ref Utf8JsonReader reader)
    {
        var property = PropertyOf(ref reader);
        if (property == EnvelopeProperty.None)
        {
            return false;
        }

        if (property == EnvelopeProperty.Type)
        {
            Once(ref reader, ref _seenType, "type");
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                JsonErrors.Expected(ref reader, "the event type as a string");
            }

            if (!reader.ValueTextEquals(_wireType.EncodedUtf8Bytes))
            {
                JsonErrors.Fail(ref reader, $"type '{reader.GetString()}' does not match the kind being read, '{_wireType}'");
            }

            return true;
        }

        if (property == EnvelopeProperty.Id)
        {
            if (Id is not null)
            {
                JsonErrors.Duplicate(ref reader, "id");
            }

            reader.Read();
            Id = JsonValues.ReadUniqueString(ref reader);
            if (Id.Length == 0)
            {
                JsonErrors.Fail(ref reader, "the id must not be empty");
            }

            return true;
        }

        if (property == EnvelopeProperty.SchemaVersion)
        {
            if (SchemaVersion is not null)
            {
                JsonErrors.Duplicate(ref reader, "schemaVersion");
            }

            reader.Read();
            var version = JsonValues.ReadInt32(ref reader);
            if (version < 1)
            {
                JsonErrors.Fail(ref reader, $"schemaVersion must be 1 or more, is {version}");
            }

            SchemaVersion = version;
            return true;
        }

        if (property == EnvelopeProperty.When)
        {
            Once(ref reader, ref _seenWhen, "when");
            When = reader.Read() && reader.TokenType != JsonTokenType.Null ? EventTimeJson.Read(ref reader) : null;
            return true;
        }

        if (property == EnvelopeProperty.Where)
        {
            Once(ref reader, ref _seenWhere, "where");
            Where = reader.Read() && reader.TokenType != JsonTokenType.Null ? PlaceJson.Read(ref reader) : null;
            return true;
        }

        if (property == EnvelopeProperty.Sources)
        {
            Once(ref reader, ref _seenSources, "sources");
            reader.Read();
            if (reader.TokenType != JsonTokenType.Null)
            {
                Sources = JsonValues.ReadList(ref reader, SourceRefJson.Read, "an array of sources");
            }

            return true;
        }

        if (property == EnvelopeProperty.Verification)
        {
            Once(ref reader, ref _seenVerification, "verification");
            Verification = reader.Read() && reader.TokenType != JsonTokenType.Null ? VerificationJson.Read(ref reader) : null;
            return true;
        }

        if (property == EnvelopeProperty.About)
        {
            Once(ref reader, ref _seenAbout, "about");
            reader.Read();
            if (reader.TokenType != JsonTokenType.Null)
            {
                About = JsonValues.ReadList(ref reader, JsonValues.ReadString, "an array of event ids");
            }

            return true;
        }

        if (property == EnvelopeProperty.Notes)
        {
            Once(ref reader, ref _seenNotes, "notes");
            Notes = reader.Read() && reader.TokenType != JsonTokenType.Null ? JsonValues.ReadString(ref reader) : null;
            return true;
        }

        if (property == EnvelopeProperty.Origin)
        {
            Once(ref reader, ref _seenOrigin, "origin");
            Origin = reader.Read() && reader.TokenType != JsonTokenType.Null ? OriginJson.Read(ref reader) : null;
            return true;
        }

        return false;
    }

    /// <summary>Keeps the property the reader is on verbatim; the reader ends on the value's last token.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    public void Keep(ref Utf8JsonReader reader)
    {
        var name = JsonValues.GetString(ref reader);
        if (name.Length > ConflictJsonLimits.Current.MaxStringLength)
        {
            JsonErrors.Fail(ref reader, $"a property name of {name.Length} characters is longer than the limit of {ConflictJsonLimits.Current.MaxStringLength}");
        }

        if (IsKept(name))
        {
            JsonErrors.Duplicate(ref reader, name);
        }

        reader.Read();
        var at = reader;
        using var document = JsonDocument.ParseValue(ref reader);
        // Kept on one line, so the event compares equal to itself after a write and a read.
        var raw = EnvelopeWriter.OnOneLine(document.RootElement.GetRawText());
        if (raw.Length > ConflictJsonLimits.Current.MaxStringLength)
        {
            JsonErrors.Fail(ref at, $"the value of '{name}' is longer than the limit of {ConflictJsonLimits.Current.MaxStringLength} bytes");
        }

        (_unknown ??= []).Add(new UnknownField(name, raw));
    }

    /// <summary>Whether a property of that name was kept verbatim.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>True when kept.</returns>
    public readonly bool IsKept(string name)
    {
        if (_unknown is null)
        {
            return false;
        }

        foreach (var field in _unknown)
        {
            if (field.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks what every event needs once the object has been read; the reader is on its end.</summary>
    /// <param name="reader">The reader.</param>
    public readonly void Finish(ref Utf8JsonReader reader)
    {
        if (Id is null)
        {
            JsonErrors.Fail(ref reader, "missing required property 'id'");
        }
    }

    /// <summary>Which envelope property the reader's property name is, escaped or not.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <returns>The property, or <see cref="EnvelopeProperty.None"/> for any other name.</returns>
    public static EnvelopeProperty PropertyOf(ref Utf8JsonReader reader) =>
        (EnvelopeProperty)(PropertyNames.IndexOf(ref reader) + 1);

    private static void Once(ref Utf8JsonReader reader, ref bool seen, string name)
    {
        if (seen)
        {
            JsonErrors.Duplicate(ref reader, name);
        }

        seen = true;
    }
}
