using System;
using System.Collections.Generic;
using System.Text;
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

    // The cells of the last origin read on this thread, compared position by position with the next one's.
    [ThreadStatic]
    private static OriginField[]? t_last;

    // The names of the cells read so far in the origin being read on this thread, once they leave the last one's order.
    [ThreadStatic]
    private static HashSet<string>? t_names;

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
        ValueList<OriginField> fields = default;
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

                    fields = ReadFields(ref reader);
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

        return new Origin { Dataset = dataset, RecordId = recordId, Fields = fields };
    }

    // An imported record keeps tens of cells, and a feed's records have the same columns in the same order and repeat
    // many of their values. So each cell is compared with the cell at its position in the last origin read on this
    // thread, as bytes against that cell's text: an equal name is that name's string, an equal cell holds that cell's
    // strings, and a whole origin of equal cells is that array. While the names are those of the last origin in order,
    // they are known to be distinct; past the first that is not, repeats are found in a set kept per thread (origins do
    // not nest).
    private static ValueList<OriginField> ReadFields(ref Utf8JsonReader reader)
    {
        var last = t_last ?? [];
        var fields = new ListBuilder<OriginField>();
        var same = 0; // cells equal to the last origin's so far, all of them from the first
        HashSet<string>? names = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var index = fields.Count;
            var inOrder = index < last.Length && Spells(ref reader, last[index].Name);
            var name = inOrder ? last[index].Name : JsonValues.GetSharedString(ref reader);
            if (names is null && !inOrder)
            {
                // The first name off the last origin's order (all before it were the last origin's, in order): from
                // here on, names are checked against a set.
                names = t_names ??= new HashSet<string>(StringComparer.Ordinal);
                names.Clear();
                for (var k = 0; k < index; k++)
                {
                    names.Add(last[k].Name);
                }
            }

            if (names is not null && !names.Add(name))
            {
                JsonErrors.Duplicate(ref reader, name);
            }

            reader.Read();
            if (inOrder && reader.TokenType == JsonTokenType.String && ConflictJsonLimits.StringFits(reader.ValueSpan.Length) && Spells(ref reader, last[index].Value))
            {
                fields.Add(last[index]);
                same += same == index ? 1 : 0;
            }
            else
            {
                fields.Add(new OriginField(name, JsonValues.ReadString(ref reader)));
            }
        }

        if (same == last.Length && fields.Count == last.Length)
        {
            return ValueList<OriginField>.TakeOwnership(last);
        }

        var read = fields.ToArray();
        t_last = read;
        return ValueList<OriginField>.TakeOwnership(read);
    }

    // Whether the current token's bytes, as read (not escaped, in one segment), are the ASCII text given.
    private static bool Spells(ref Utf8JsonReader reader, string text) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length == text.Length && Ascii.Equals(reader.ValueSpan, text);

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
