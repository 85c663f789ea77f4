using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>Reads and writes <see cref="Origin"/>: <c>{"dataset":"acled","recordId":"ARG10607","fields":{"inter1":"6"}}</c>.</summary>
public static class OriginJson
{
    /// <summary>The JSON Schema fragment of <see cref="Origin"/>.</summary>
    public const string Schema = """{"description":"Where an event was imported from: the dataset, the record's id there, and the source cells the model has no field for, kept as text.","type":"object","properties":{"dataset":{"description":"The dataset, e.g. acled, ucdp-ged, plover.","type":"string","minLength":1},"recordId":{"description":"The record's id in that dataset.","type":"string"},"fields":{"description":"Source cells by column name, as text, in the source's column order.","type":"object","additionalProperties":{"type":"string"}}},"required":["dataset"],"additionalProperties":false}""";

    private static readonly JsonEncodedText DatasetName = JsonEncodedText.Encode("dataset");
    private static readonly JsonEncodedText RecordIdName = JsonEncodedText.Encode("recordId");
    private static readonly JsonEncodedText FieldsName = JsonEncodedText.Encode("fields");

    // The index of each property in the switch of Read.
    private static readonly JsonNameTable Properties = new("dataset", "recordId", "fields");

    /// <summary>Reads an origin; the reader is on the object's start and ends on its end.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The origin.</returns>
    /// <exception cref="ConflictJsonException">The JSON is not a valid origin.</exception>
    /// <exception cref="UnknownJsonContentException">The object holds a property this version does not know.</exception>
    public static Origin Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object");
        }

        string? dataset = null;
        string? recordId = null;
        List<OriginField>? fields = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            switch (Properties.IndexOf(ref reader))
            {
                case 0:
                    reader.Read();
                    dataset = JsonValues.ReadString(ref reader);
                    break;
                case 1:
                    reader.Read();
                    recordId = JsonValues.ReadString(ref reader);
                    break;
                case 2:
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        JsonErrors.Expected(ref reader, "an object of source cells");
                    }

                    fields = [];
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = JsonValues.GetString(ref reader);
                        if (!names.Add(name))
                        {
                            JsonErrors.Duplicate(ref reader, name);
                        }

                        reader.Read();
                        fields.Add(new OriginField(name, JsonValues.ReadString(ref reader)));
                    }
                    break;
                default:
                    JsonErrors.UnknownProperty(ref reader, nameof(Origin));
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(dataset))
        {
            JsonErrors.Fail(ref reader, "missing required property 'dataset'");
        }

        return new Origin { Dataset = dataset, RecordId = recordId, Fields = fields is null ? default : new ValueList<OriginField>(fields) };
    }

    /// <summary>Writes an origin.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The origin.</param>
    public static void Write(Utf8JsonWriter writer, Origin value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(DatasetName, value.Dataset);
        if (value.RecordId is { } id)
        {
            writer.WriteString(RecordIdName, id);
        }

        if (value.Fields.Count != 0)
        {
            writer.WritePropertyName(FieldsName);
            writer.WriteStartObject();
            foreach (var field in value.Fields)
            {
                writer.WriteString(field.Name, field.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
