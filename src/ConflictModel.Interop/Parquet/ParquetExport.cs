using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Interop.Parquet;

/// <summary>
/// Writes events to an Apache Parquet file, one row per event, that engines such as DuckDB, Spark, Polars or pandas query
/// directly: the envelope as typed columns, each kind's own fields as a JSON object, and typed helper columns for the
/// analyses most asked for (fatalities, weapons, actors).
/// </summary>
/// <remarks>
/// <para>The columns, in file order (see <see cref="Columns"/> for the same list as data):</para>
/// <list type="table">
/// <listheader><term>Column</term><description>Type and content</description></listheader>
/// <item><term><c>type</c></term><description>string, required: the kind's wire type, e.g. <c>strike</c>.</description></item>
/// <item><term><c>id</c></term><description>string, required: <see cref="ConflictEvent.Id"/>.</description></item>
/// <item><term><c>schema_version</c></term><description>int32, required: the kind's schema version the row follows.</description></item>
/// <item><term><c>time_precision</c></term><description>string: <c>exact</c>, <c>day</c>, <c>week</c>, <c>month</c> or <c>year</c>; null without a time.</description></item>
/// <item><term><c>date_start</c>, <c>date_end</c></term><description>date: the first and last day (inclusive) of the span the time
/// implies (<see cref="EventTime.ToDateInterval"/>): the day, the ISO week, the month, the year, the stated span of days, or the UTC
/// day of an exact instant. Equal for a single day. Null without a time.</description></item>
/// <item><term><c>instant</c></term><description>timestamp (microseconds, UTC): the instant of an exact time; null otherwise.</description></item>
/// <item><term><c>part_of_day</c></term><description>string: <c>morning</c>, <c>afternoon</c>, <c>evening</c> or <c>night</c>, when reported.</description></item>
/// <item><term><c>place_name</c>, <c>admin1</c>, <c>admin2</c>, <c>admin3</c></term><description>string: <see cref="Place.Name"/> and its administrative areas.</description></item>
/// <item><term><c>country</c></term><description>string: the place's ISO 3166-1 alpha-2 code, e.g. <c>UA</c>.</description></item>
/// <item><term><c>latitude</c>, <c>longitude</c></term><description>double: the place's coordinates in degrees, when known.</description></item>
/// <item><term><c>place_precision</c></term><description>string: how precisely the place locates the event, e.g. <c>locality</c>; null without a place.</description></item>
/// <item><term><c>actors</c></term><description>list&lt;string&gt;: the names of the actors in every <c>Actor</c> and <c>Actor[]</c>
/// field of the kind, in schema field order (e.g. a strike's attacker); empty when none.</description></item>
/// <item><term><c>sources</c>, <c>source_channels</c></term><description>list&lt;string&gt;: one element per source, in order: its outlet
/// (e.g. <c>Reuters</c>) and its channel (e.g. <c>news-agency</c>); an element is null where the source names no outlet or channel,
/// so the two lists line up.</description></item>
/// <item><term><c>verification</c></term><description>string: <c>confirmed</c>, <c>claimed</c>, <c>unverified</c>, <c>disputed</c> or <c>denied</c>.</description></item>
/// <item><term><c>about</c></term><description>list&lt;string&gt;: the ids of the events this one speaks of; empty when none.</description></item>
/// <item><term><c>notes</c></term><description>string: <see cref="ConflictEvent.Notes"/>.</description></item>
/// <item><term><c>origin_dataset</c>, <c>origin_record_id</c></term><description>string: the dataset an imported event came from and its id there.</description></item>
/// <item><term><c>fields_json</c></term><description>string, required: a JSON object of the kind's own fields (everything but the
/// envelope), as <see cref="Serialization.ConflictJson"/> writes them, including fields this version did not recognise; <c>{}</c> when
/// there are none. Query it with the engine's JSON functions, e.g. DuckDB's <c>fields_json-&gt;&gt;'$.munitions.value'</c>.</description></item>
/// <item><term><c>fatalities_low</c>, <c>fatalities_high</c></term><description>int64: the sum, over the kind's <c>Casualties</c>
/// fields, of the bounds of <see cref="Estimate.ImpliedRange"/> of their <c>killed</c> estimates (e.g. "thousands" is 2,000 to 9,999).
/// Both null when no killed figure is given; <c>fatalities_high</c> is also null when a figure has no upper bound ("at least 17").</description></item>
/// <item><term><c>weapons</c></term><description>list&lt;string&gt;: the wire names in the kind's <c>WeaponKind</c> and
/// <c>WeaponKind[]</c> fields, e.g. <c>cruise-missile</c>; empty when the kind has such a field but the event names no weapon,
/// null when the kind has none.</description></item>
/// </list>
/// <para>
/// An event of a kind this process does not know (<see cref="UnknownEvent"/>) gets its envelope columns from its JSON, every other
/// property in <c>fields_json</c>, empty <c>actors</c>, and null helper columns.
/// </para>
/// <para>Thread-safe: exports may run concurrently, each on its own stream.</para>
/// </remarks>
public static class ParquetExport
{
    internal static readonly DataField<string> Type = new("type", nullable: false);
    internal static readonly DataField<string> Id = new("id", nullable: false);
    internal static readonly DataField<int> SchemaVersion = new("schema_version");
    internal static readonly DataField<string> TimePrecision = new("time_precision");
    internal static readonly DataField<DateOnly?> DateStart = new("date_start");
    internal static readonly DataField<DateOnly?> DateEnd = new("date_end");
    internal static readonly DateTimeDataField Instant = new("instant", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true);
    internal static readonly DataField<string> PartOfDay = new("part_of_day");
    internal static readonly DataField<string> PlaceName = new("place_name");
    internal static readonly DataField<string> Admin1 = new("admin1");
    internal static readonly DataField<string> Admin2 = new("admin2");
    internal static readonly DataField<string> Admin3 = new("admin3");
    internal static readonly DataField<string> Country = new("country");
    internal static readonly DataField<double?> Latitude = new("latitude");
    internal static readonly DataField<double?> Longitude = new("longitude");
    internal static readonly DataField<string> PlacePrecision = new("place_precision");
    internal static readonly ListField Actors = StringList("actors");
    internal static readonly ListField Sources = StringList("sources");
    internal static readonly ListField SourceChannels = StringList("source_channels");
    internal static readonly DataField<string> Verification = new("verification");
    internal static readonly ListField About = StringList("about");
    internal static readonly DataField<string> Notes = new("notes");
    internal static readonly DataField<string> OriginDataset = new("origin_dataset");
    internal static readonly DataField<string> OriginRecordId = new("origin_record_id");
    internal static readonly DataField<string> FieldsJson = new("fields_json", nullable: false);
    internal static readonly DataField<long?> FatalitiesLow = new("fatalities_low");
    internal static readonly DataField<long?> FatalitiesHigh = new("fatalities_high");
    internal static readonly ListField Weapons = StringList("weapons");

    internal static readonly ParquetSchema Schema = new(
        Type, Id, SchemaVersion, TimePrecision, DateStart, DateEnd, Instant, PartOfDay,
        PlaceName, Admin1, Admin2, Admin3, Country, Latitude, Longitude, PlacePrecision,
        Actors, Sources, SourceChannels, Verification, About, Notes, OriginDataset, OriginRecordId,
        FieldsJson, FatalitiesLow, FatalitiesHigh, Weapons);

    // Columns of a few distinct values, written with dictionary encoding (Parquet.Net 6 only does so when asked).
    private static readonly string[] DictionaryColumns =
    [
        Type.Name, TimePrecision.Name, PartOfDay.Name, Country.Name, PlacePrecision.Name, Verification.Name, OriginDataset.Name,
    ];

    /// <summary>The columns of the file, in file order, with their types and meaning; the class remarks describe the same.</summary>
    public static IReadOnlyList<ParquetExportColumn> Columns { get; } =
    [
        new("type", "string", false, "The kind's wire type, e.g. strike."),
        new("id", "string", false, "The event's id."),
        new("schema_version", "int32", false, "The version of the kind's schema the row follows."),
        new("time_precision", "string", true, "exact, day, week, month or year; null without a time."),
        new("date_start", "date", true, "The first day of the span the time implies (EventTime.ToDateInterval); null without a time."),
        new("date_end", "date", true, "The last day (inclusive) of the span the time implies; null without a time."),
        new("instant", "timestamp(us, UTC)", true, "The instant of an exact time; null for any other precision."),
        new("part_of_day", "string", true, "morning, afternoon, evening or night, when reported."),
        new("place_name", "string", true, "The place's name as reported."),
        new("admin1", "string", true, "The first-level administrative area (oblast, province, state)."),
        new("admin2", "string", true, "The second-level administrative area (district, raion)."),
        new("admin3", "string", true, "The third-level administrative area (municipality, hromada)."),
        new("country", "string", true, "The place's ISO 3166-1 alpha-2 country code, e.g. UA."),
        new("latitude", "double", true, "The place's latitude in degrees, when known."),
        new("longitude", "double", true, "The place's longitude in degrees, when known."),
        new("place_precision", "string", true, "How precisely the place locates the event, e.g. locality; null without a place."),
        new("actors", "list<string>", false, "The names of the actors in every Actor and Actor[] field of the kind, in schema field order; empty when none."),
        new("sources", "list<string>", false, "One element per source, in order: its outlet, or null where it names none."),
        new("source_channels", "list<string>", false, "One element per source, in order: its channel's wire name (e.g. news-agency), or null where not stated."),
        new("verification", "string", true, "confirmed, claimed, unverified, disputed or denied."),
        new("about", "list<string>", false, "The ids of the events this one speaks of; empty when none."),
        new("notes", "string", true, "Free-text remarks."),
        new("origin_dataset", "string", true, "The dataset an imported event came from, e.g. acled."),
        new("origin_record_id", "string", true, "The event's record id in that dataset."),
        new("fields_json", "string", false, "A JSON object of the kind's own fields (everything but the envelope), including fields this version did not recognise; {} when none."),
        new("fatalities_low", "int64", true, "The sum of the lower bounds of the implied ranges of the killed estimates in the kind's Casualties fields; null when none is given."),
        new("fatalities_high", "int64", true, "The sum of their upper bounds; null when none is given or one has no upper bound."),
        new("weapons", "list<string>", true, "The wire names in the kind's WeaponKind and WeaponKind[] fields; empty when the event names none, null when the kind has no such field."),
    ];

    /// <summary>
    /// Writes events to <paramref name="output"/> as a Parquet file with the <see cref="Columns"/>, in row groups of
    /// <see cref="ParquetExportOptions.RowGroupSize"/> events. Only one row group is held in memory at a time, so files of
    /// any size are written in flat memory; the events are read from <paramref name="events"/> as they are needed.
    /// </summary>
    /// <param name="output">A writable stream; it need not be seekable, and it is flushed but left open.</param>
    /// <param name="events">The events, in the order their rows are written.</param>
    /// <param name="options">Row group size and compression; the defaults of <see cref="ParquetExportOptions"/> when null.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The number of rows (events) written.</returns>
    /// <remarks>
    /// The file's footer is written last, when every event has been. If the export fails or is cancelled, what was written
    /// has no footer, so readers reject it rather than take it for a complete file; delete it.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="events"/> is null, or an event is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ParquetExportOptions.RowGroupSize"/> is less than 1.</exception>
    /// <exception cref="Serialization.ConflictJsonException">The JSON of an <see cref="UnknownEvent"/> has an envelope property that is not valid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<long> WriteAsync(
        Stream output,
        IAsyncEnumerable<ConflictEvent> events,
        ParquetExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        options ??= new ParquetExportOptions();
        if (options.RowGroupSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.RowGroupSize, "RowGroupSize must be 1 or more.");
        }

        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        var parquetOptions = new ParquetOptions
        {
            CompressionMethod = options.Compression,
            CompressionLevel = options.CompressionLevel,
        };
        foreach (var name in DictionaryColumns)
        {
            parquetOptions.ColumnEncodingHints[name] = EncodingHint.Dictionary;
        }

        using var buffer = new RowGroupBuffer(Math.Min(options.RowGroupSize, 4096));
        long rows = 0;
        var writer = await ParquetWriter.CreateAsync(Schema, output, parquetOptions, append: false, cancellationToken).ConfigureAwait(false);

        // The writer is disposed, which writes the footer, only when every event was written: after a failure or a
        // cancellation the file stays without a footer, so no reader takes a truncated export for a whole one, and the
        // original exception is not hidden by a failure to finish the file.
        await foreach (var conflictEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (conflictEvent is null)
            {
                throw new ArgumentNullException(nameof(events), $"The event after row {rows} is null.");
            }

            buffer.Add(conflictEvent);
            rows++;
            if (buffer.Count == options.RowGroupSize)
            {
                await buffer.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
            }
        }

        if (buffer.Count > 0)
        {
            await buffer.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        await writer.DisposeAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static ListField StringList(string name) => new(name, new DataField<string>(ListField.ElementName));
}
