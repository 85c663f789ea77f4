using System;
using System.ComponentModel;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>Writes the envelope every event shares, and the fields kept verbatim. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EnvelopeWriter
{
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText WhenName = JsonEncodedText.Encode("when");
    private static readonly JsonEncodedText WhereName = JsonEncodedText.Encode("where");
    private static readonly JsonEncodedText SourcesName = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText VerificationName = JsonEncodedText.Encode("verification");
    private static readonly JsonEncodedText AboutName = JsonEncodedText.Encode("about");
    private static readonly JsonEncodedText NotesName = JsonEncodedText.Encode("notes");
    private static readonly JsonEncodedText OriginName = JsonEncodedText.Encode("origin");

    /// <summary>Starts the object and writes <c>type</c>, <c>id</c>, <c>schemaVersion</c> and the envelope's other properties.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The event.</param>
    /// <param name="wireType">The kind's wire type, pre-encoded.</param>
    /// <param name="version">The version to write: always the kind's current one.</param>
    public static void WriteStart(Utf8JsonWriter writer, ConflictEvent value, JsonEncodedText wireType, int version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var shadows = value.UnknownFields.Count != 0;
        writer.WriteStartObject();
        writer.WriteString(TypeName, wireType);
        writer.WriteString(IdName, value.Id);
        writer.WriteNumber(SchemaVersionName, version);
        if (value.When is { } when && !(shadows && value.IsKept("when")))
        {
            writer.WritePropertyName(WhenName);
            EventTimeJson.Write(writer, when);
        }

        if (value.Where is { } where && !(shadows && value.IsKept("where")))
        {
            writer.WritePropertyName(WhereName);
            PlaceJson.Write(writer, where);
        }

        if (value.Sources.Count != 0 && !(shadows && value.IsKept("sources")))
        {
            writer.WritePropertyName(SourcesName);
            writer.WriteStartArray();
            foreach (var source in value.Sources)
            {
                SourceRefJson.Write(writer, source);
            }

            writer.WriteEndArray();
        }

        if (value.Verification is { } verification && !(shadows && value.IsKept("verification")))
        {
            writer.WritePropertyName(VerificationName);
            VerificationJson.Write(writer, verification);
        }

        if (value.About.Count != 0)
        {
            writer.WritePropertyName(AboutName);
            writer.WriteStartArray();
            foreach (var id in value.About)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        if (value.Notes is { } notes)
        {
            writer.WriteString(NotesName, notes);
        }

        if (value.Origin is { } origin && !(shadows && value.IsKept("origin")))
        {
            writer.WritePropertyName(OriginName);
            OriginJson.Write(writer, origin);
        }
    }

    /// <summary>Writes the fields kept verbatim, in the order read, and ends the object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The event.</param>
    public static void WriteEnd(Utf8JsonWriter writer, ConflictEvent value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        foreach (var field in value.UnknownFields)
        {
            writer.WritePropertyName(field.Name);
            WriteRaw(writer, field.RawJson);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a kept value as read; one that spans lines (kept from indented JSON) is written compactly, so a JSON Lines
    /// record stays on one line.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="rawJson">The value as read.</param>
    public static void WriteRaw(Utf8JsonWriter writer, string rawJson)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rawJson);
        writer.WriteRawValue(OnOneLine(rawJson), skipInputValidation: true);
    }

    /// <summary>A kept value on one line: white space between tokens dropped when the value spans lines, else the value itself.</summary>
    /// <param name="rawJson">The value as read.</param>
    /// <returns>The value, on one line.</returns>
    internal static string OnOneLine(string rawJson) =>
        rawJson.AsSpan().IndexOfAny('\n', '\r') < 0 ? rawJson : Compact(rawJson);

    /// <summary>Drops the white space between tokens, leaving strings (and their escapes) untouched; nothing is decoded.</summary>
    internal static string Compact(string json)
    {
        var builder = new System.Text.StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                builder.Append(c);
                if (c == '\\' && i + 1 < json.Length)
                {
                    builder.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
                builder.Append(c);
            }
            else if (c is not (' ' or '\t' or '\n' or '\r'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
