using System;
using System.Collections.Generic;
using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Interop.Parquet;

/// <summary>The envelope properties an export needs, from a typed event or, for an <see cref="UnknownEvent"/>, from its JSON.</summary>
internal readonly record struct Envelope(
    EventTime? When,
    Place? Where,
    ValueList<SourceRef> Sources,
    Verification? Verification,
    ValueList<string> About,
    string? Notes,
    Origin? Origin)
{
    /// <summary>The number of <see cref="EnvelopeProperty"/> values, for arrays indexed by them.</summary>
    public const int PropertyCount = (int)EnvelopeProperty.Origin + 1;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = ConflictJson.MaxDepth };

    public static Envelope Of(ConflictEvent conflictEvent) => new(
        conflictEvent.When,
        conflictEvent.Where,
        conflictEvent.Sources,
        conflictEvent.Verification,
        conflictEvent.About,
        conflictEvent.Notes,
        conflictEvent.Origin);

    /// <summary>Reads the envelope of an event this process has no kind for, with the readers the typed kinds use.</summary>
    /// <param name="json">The event's JSON.</param>
    /// <param name="values">The range of each envelope property's value in <paramref name="json"/>, indexed by <see cref="EnvelopeProperty"/>; empty when absent.</param>
    /// <param name="type">The event's type, for the error message.</param>
    /// <param name="id">The event's id, for the error message.</param>
    /// <exception cref="ConflictJsonException">An envelope property is not valid.</exception>
    public static Envelope Read(ReadOnlySpan<byte> json, ReadOnlySpan<Range> values, string type, string id)
    {
        try
        {
            var sources = new List<SourceRef>();
            var about = new List<string>();
            if (Value(json, values, EnvelopeProperty.Sources) is { IsEmpty: false } sourcesJson)
            {
                var reader = new Utf8JsonReader(sourcesJson, ReaderOptions);
                if (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        sources.Add(SourceRefJson.Read(ref reader));
                    }
                }
            }

            if (Value(json, values, EnvelopeProperty.About) is { IsEmpty: false } aboutJson)
            {
                var reader = new Utf8JsonReader(aboutJson, ReaderOptions);
                if (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        about.Add(JsonValues.ReadString(ref reader));
                    }
                }
            }

            var notes = ReadPart(json, values, EnvelopeProperty.Notes, JsonValues.ReadString);
            return new Envelope(
                ReadPart(json, values, EnvelopeProperty.When, EventTimeJson.Read),
                ReadPart(json, values, EnvelopeProperty.Where, PlaceJson.Read),
                new ValueList<SourceRef>(sources),
                ReadPart(json, values, EnvelopeProperty.Verification, VerificationJson.Read),
                new ValueList<string>(about),
                notes,
                ReadPart(json, values, EnvelopeProperty.Origin, OriginJson.Read));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new ConflictJsonException($"the envelope of event '{id}', of unknown type '{type}', is not valid: {e.Message}", -1, e);
        }
    }

    private static ReadOnlySpan<byte> Value(ReadOnlySpan<byte> json, ReadOnlySpan<Range> values, EnvelopeProperty property) =>
        json[values[(int)property]];

    private static T? ReadPart<T>(ReadOnlySpan<byte> json, ReadOnlySpan<Range> values, EnvelopeProperty property, JsonValueReader<T> read)
        where T : class
    {
        var value = Value(json, values, property);
        if (value.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(value, ReaderOptions);
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : read(ref reader);
    }
}
