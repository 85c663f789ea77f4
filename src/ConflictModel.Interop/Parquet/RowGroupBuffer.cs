using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Interop.Parquet;

/// <summary>The rows of one row group, column by column, ready to be written; reused for every row group of an export.</summary>
internal sealed class RowGroupBuffer : IDisposable
{
    private static readonly Instant EarliestDateTime = Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc));
    private static readonly Instant LatestDateTime = Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc));

    private readonly ValueBuffer<ReadOnlyMemory<char>> _type;
    private readonly ValueBuffer<ReadOnlyMemory<char>> _id;
    private readonly ValueBuffer<int> _schemaVersion;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _timePrecision;
    private readonly ValueBuffer<DateOnly?> _dateStart;
    private readonly ValueBuffer<DateOnly?> _dateEnd;
    private readonly ValueBuffer<DateTime?> _instant;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _partOfDay;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _placeName;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _admin1;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _admin2;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _admin3;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _country;
    private readonly ValueBuffer<double?> _latitude;
    private readonly ValueBuffer<double?> _longitude;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _placePrecision;
    private readonly StringListBuffer _actors;
    private readonly StringListBuffer _sources;
    private readonly StringListBuffer _sourceChannels;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _verification;
    private readonly StringListBuffer _about;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _notes;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _originDataset;
    private readonly ValueBuffer<ReadOnlyMemory<char>?> _originRecordId;
    private readonly ValueBuffer<ReadOnlyMemory<char>> _fieldsJson;
    private readonly ValueBuffer<long?> _fatalitiesLow;
    private readonly ValueBuffer<long?> _fatalitiesHigh;
    private readonly StringListBuffer _weapons;

    private readonly ArrayBufferWriter<byte> _json = new(4096);
    private readonly Utf8JsonWriter _jsonWriter;
    private readonly ArrayBufferWriter<byte> _fields = new(4096);
    private readonly CharArena _text = new();
    private readonly Dictionary<EventKind, KindPlan> _plans = new(ReferenceEqualityComparer.Instance);

    public RowGroupBuffer(int capacity)
    {
        _type = new(capacity);
        _id = new(capacity);
        _schemaVersion = new(capacity);
        _timePrecision = new(capacity);
        _dateStart = new(capacity);
        _dateEnd = new(capacity);
        _instant = new(capacity);
        _partOfDay = new(capacity);
        _placeName = new(capacity);
        _admin1 = new(capacity);
        _admin2 = new(capacity);
        _admin3 = new(capacity);
        _country = new(capacity);
        _latitude = new(capacity);
        _longitude = new(capacity);
        _placePrecision = new(capacity);
        _actors = new(capacity);
        _sources = new(capacity);
        _sourceChannels = new(capacity);
        _verification = new(capacity);
        _about = new(capacity);
        _notes = new(capacity);
        _originDataset = new(capacity);
        _originRecordId = new(capacity);
        _fieldsJson = new(capacity);
        _fatalitiesLow = new(capacity);
        _fatalitiesHigh = new(capacity);
        _weapons = new(capacity);

        // fields_json is data for engines and people, not HTML: keep non-ASCII text (Cyrillic names) readable.
        _jsonWriter = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    /// <summary>The number of rows buffered.</summary>
    public int Count => _id.Count;

    public void Dispose() => _jsonWriter.Dispose();

    /// <summary>Adds one event's row.</summary>
    /// <remarks>
    /// The event is written to JSON once, into a reused buffer, and read back in one pass: the kind's own properties are
    /// copied byte for byte into <c>fields_json</c>, and the values of the fields that feed helper columns are read from
    /// their slices of the same buffer. No document object model is built.
    /// </remarks>
    public void Add(ConflictEvent conflictEvent)
    {
        _json.ResetWrittenCount();
        _jsonWriter.Reset();
        ConflictJson.Write(_jsonWriter, conflictEvent);
        _jsonWriter.Flush();
        ReadOnlySpan<byte> json = _json.WrittenSpan;

        var unknown = conflictEvent is UnknownEvent;
        var plan = PlanFor(conflictEvent.EventKind, unknown);
        Span<Range> planned = plan.Fields.Length <= 32 ? stackalloc Range[plan.Fields.Length] : new Range[plan.Fields.Length];
        Span<Range> envelopeValues = stackalloc Range[Envelope.PropertyCount];
        planned.Clear();
        envelopeValues.Clear();
        _fieldsJson.Add(ScanProperties(json, plan, planned, envelopeValues));

        var envelope = unknown ? Envelope.Read(json, envelopeValues, conflictEvent.Type, conflictEvent.Id) : Envelope.Of(conflictEvent);
        _type.Add(conflictEvent.Type.AsMemory());
        _id.Add(conflictEvent.Id.AsMemory());
        _schemaVersion.Add(conflictEvent.EventKind.Version);
        AddTime(envelope.When);
        AddPlace(envelope.Where);

        _sources.StartRow();
        _sourceChannels.StartRow();
        foreach (var source in envelope.Sources)
        {
            _sources.Add(source.Outlet);
            _sourceChannels.Add(source.Channel is { } channel ? PrimitiveEnumsJson.ToWireName(channel) : null);
        }

        _sources.EndRow();
        _sourceChannels.EndRow();

        _verification.Add(envelope.Verification is { } verification ? PrimitiveEnumsJson.ToWireName(verification.Status).AsMemory() : null);
        _about.StartRow();
        foreach (var about in envelope.About)
        {
            _about.Add(about);
        }

        _about.EndRow();
        _notes.Add(envelope.Notes?.AsMemory());
        _originDataset.Add(envelope.Origin?.Dataset.AsMemory());
        _originRecordId.Add(envelope.Origin?.RecordId?.AsMemory());

        AddHelpers(json, plan, planned);
    }

    /// <summary>Writes the buffered rows as one row group and empties the buffer.</summary>
    public async Task FlushAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync(ParquetExport.Type, _type.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Id, _id.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.SchemaVersion, _schemaVersion.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.TimePrecision, _timePrecision.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.DateStart, _dateStart.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.DateEnd, _dateEnd.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Instant, _instant.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.PartOfDay, _partOfDay.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.PlaceName, _placeName.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Admin1, _admin1.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Admin2, _admin2.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Admin3, _admin3.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Country, _country.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Latitude, _latitude.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Longitude, _longitude.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.PlacePrecision, _placePrecision.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await WriteListAsync(group, ParquetExport.Actors, _actors, cancellationToken).ConfigureAwait(false);
            await WriteListAsync(group, ParquetExport.Sources, _sources, cancellationToken).ConfigureAwait(false);
            await WriteListAsync(group, ParquetExport.SourceChannels, _sourceChannels, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Verification, _verification.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await WriteListAsync(group, ParquetExport.About, _about, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.Notes, _notes.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.OriginDataset, _originDataset.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.OriginRecordId, _originRecordId.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.FieldsJson, _fieldsJson.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.FatalitiesLow, _fatalitiesLow.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ParquetExport.FatalitiesHigh, _fatalitiesHigh.Memory, null, null, cancellationToken).ConfigureAwait(false);
            await WriteListAsync(group, ParquetExport.Weapons, _weapons, cancellationToken).ConfigureAwait(false);
            group.CompleteValidate();
        }

        Clear();
    }

    private static Task WriteListAsync(ParquetRowGroupWriter group, ListField list, StringListBuffer buffer, CancellationToken cancellationToken) =>
        group.WriteAllPartsAsync((DataField)list.Item, buffer.Values.Memory, buffer.Definitions.Memory, buffer.Repetitions.Memory, cancellationToken);

    private static DateOnly? ToDate(LocalDate date) =>
        date.Year is >= 1 and <= 9999 ? new DateOnly(date.Year, date.Month, date.Day) : null;

    private void Clear()
    {
        _type.Clear();
        _id.Clear();
        _schemaVersion.Clear();
        _timePrecision.Clear();
        _dateStart.Clear();
        _dateEnd.Clear();
        _instant.Clear();
        _partOfDay.Clear();
        _placeName.Clear();
        _admin1.Clear();
        _admin2.Clear();
        _admin3.Clear();
        _country.Clear();
        _latitude.Clear();
        _longitude.Clear();
        _placePrecision.Clear();
        _actors.Clear();
        _sources.Clear();
        _sourceChannels.Clear();
        _verification.Clear();
        _about.Clear();
        _notes.Clear();
        _originDataset.Clear();
        _originRecordId.Clear();
        _fieldsJson.Clear();
        _fatalitiesLow.Clear();
        _fatalitiesHigh.Clear();
        _weapons.Clear();
        _text.Clear();
    }

    private void AddTime(EventTime? when)
    {
        if (when is null)
        {
            _timePrecision.Add(null);
            _dateStart.Add(null);
            _dateEnd.Add(null);
            _instant.Add(null);
            _partOfDay.Add(null);
            return;
        }

        var span = when.ToDateInterval();
        _timePrecision.Add(PrimitiveEnumsJson.ToWireName(when.Precision).AsMemory());
        _dateStart.Add(ToDate(span.Start));
        _dateEnd.Add(ToDate(span.End));
        _instant.Add(when.Instant is { } instant && instant >= EarliestDateTime && instant <= LatestDateTime ? instant.ToDateTimeUtc() : null);
        _partOfDay.Add(when.PartOfDay is { } part ? PrimitiveEnumsJson.ToWireName(part).AsMemory() : null);
    }

    private void AddPlace(Place? where)
    {
        _placeName.Add(where?.Name.AsMemory());
        _admin1.Add(where?.Admin1?.AsMemory());
        _admin2.Add(where?.Admin2?.AsMemory());
        _admin3.Add(where?.Admin3?.AsMemory());
        _country.Add(where?.Country is { } country ? country.Value.AsMemory() : null);
        _latitude.Add(where?.Point?.Latitude);
        _longitude.Add(where?.Point?.Longitude);
        _placePrecision.Add(where is null ? null : PrimitiveEnumsJson.ToWireName(where.Precision).AsMemory());
    }

    private static Utf8JsonReader ReaderOver(ReadOnlySpan<byte> value) => new(value, new JsonReaderOptions { MaxDepth = ConflictJson.MaxDepth });

    /// <summary>The name of the actor object the reader is on, leaving the reader on its end.</summary>
    private static ReadOnlyMemory<char>? ActorName(ref Utf8JsonReader reader, CharArena text)
    {
        ReadOnlyMemory<char>? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals("name"u8);
            reader.Read();
            if (isName && reader.TokenType == JsonTokenType.String)
            {
                name = text.AddString(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return name;
    }

    /// <summary>
    /// Copies the kind's own properties into a JSON object for <c>fields_json</c>, and notes where the planned fields' and
    /// the envelope's values are in <paramref name="json"/>.
    /// </summary>
    private ReadOnlyMemory<char> ScanProperties(ReadOnlySpan<byte> json, KindPlan plan, Span<Range> planned, Span<Range> envelopeValues)
    {
        _fields.ResetWrittenCount();
        Append("{"u8);
        var first = true;
        var reader = ReaderOver(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = (int)reader.TokenStartIndex;
            var envelopeProperty = EnvelopeReader.PropertyOf(ref reader);
            var planIndex = envelopeProperty == EnvelopeProperty.None ? plan.IndexOf(ref reader) : -1;
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            var valueEnd = (int)reader.BytesConsumed;
            if (envelopeProperty != EnvelopeProperty.None)
            {
                envelopeValues[(int)envelopeProperty] = valueStart..valueEnd;
                continue;
            }

            if (planIndex >= 0)
            {
                planned[planIndex] = valueStart..valueEnd;
            }

            if (!first)
            {
                Append(","u8);
            }

            first = false;

            // The writer is compact, so the property is exactly "name":value from the name's opening quote.
            Append(json[nameStart..valueEnd]);
        }

        Append("}"u8);
        return _text.Add(_fields.WrittenSpan);
    }

    private void Append(ReadOnlySpan<byte> bytes) => _fields.Write(bytes);

    /// <summary>Adds the <c>actors</c>, <c>fatalities_*</c> and <c>weapons</c> values from the planned fields' JSON.</summary>
    private void AddHelpers(ReadOnlySpan<byte> json, KindPlan plan, ReadOnlySpan<Range> planned)
    {
        var fatalities = new Fatalities();
        _actors.StartRow();
        if (plan.HasWeapons)
        {
            _weapons.StartRow();
        }

        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var value = json[planned[i]];
            if (value.IsEmpty)
            {
                continue;
            }

            var reader = ReaderOver(value);
            reader.Read();
            var isArray = reader.TokenType == JsonTokenType.StartArray;
            if (isArray)
            {
                reader.Read();
            }

            for (; reader.TokenType != JsonTokenType.EndArray; reader.Read())
            {
                switch (plan.Fields[i].Role)
                {
                    case FieldRole.Actor when reader.TokenType == JsonTokenType.StartObject:
                        if (ActorName(ref reader, _text) is { } name)
                        {
                            _actors.Add(name);
                        }

                        break;
                    case FieldRole.Casualties when reader.TokenType == JsonTokenType.StartObject:
                        fatalities.Add(ref reader);
                        break;
                    case FieldRole.Weapons when reader.TokenType == JsonTokenType.String:
                        _weapons.Add(_text.AddString(ref reader));
                        break;
                    default:
                        reader.Skip();
                        break;
                }

                if (!isArray)
                {
                    break;
                }
            }
        }

        _actors.EndRow();
        if (plan.HasWeapons)
        {
            _weapons.EndRow();
        }
        else
        {
            _weapons.AddNull();
        }

        _fatalitiesLow.Add(fatalities.Low);
        _fatalitiesHigh.Add(fatalities.OpenEnded ? null : fatalities.High);
    }

    private KindPlan PlanFor(EventKind kind, bool unknown)
    {
        if (unknown)
        {
            // Every UnknownEvent has its own EventKind instance and no fields: nothing to plan, nothing to cache.
            return KindPlan.Empty;
        }

        if (!_plans.TryGetValue(kind, out var plan))
        {
            plan = KindPlan.For(kind);
            _plans.Add(kind, plan);
        }

        return plan;
    }

    /// <summary>The running sum of the implied ranges of killed estimates.</summary>
    private struct Fatalities
    {
        public long? Low { get; private set; }

        public long? High { get; private set; }

        public bool OpenEnded { get; private set; }

        /// <summary>Adds the killed estimate of the casualties object the reader is on, leaving the reader on its end.</summary>
        public void Add(ref Utf8JsonReader reader)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKilled = reader.ValueTextEquals("killed"u8);
                reader.Read();
                if (!isKilled || reader.TokenType == JsonTokenType.Null)
                {
                    reader.Skip();
                    continue;
                }

                var (low, high) = EstimateJson.Read(ref reader).ImpliedRange();
                Low = SaturatingAdd(Low ?? 0, low);
                if (high is { } upper)
                {
                    High = SaturatingAdd(High ?? 0, upper);
                }
                else
                {
                    OpenEnded = true;
                }
            }
        }

        private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}
