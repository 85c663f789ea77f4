using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using ConflictModel.Events;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop.Ucdp;

/// <summary>
/// Reads the UCDP Georeferenced Event Dataset (GED) in its CSV form, one event per row, into <see cref="ConflictEvent"/>s.
/// </summary>
/// <remarks>
/// <para>How a row becomes an event:</para>
/// <list type="table">
/// <listheader><term>GED</term><description>model</description></listheader>
/// <item><term><c>type_of_violence</c> 1 (state-based), 2 (non-state)</term><description><see cref="ArmedClash"/> with
/// <c>Sides</c> = <c>side_a</c>, <c>side_b</c>.</description></item>
/// <item><term><c>type_of_violence</c> 3 (one-sided)</term><description><see cref="AttackOnCivilians"/> with
/// <c>Perpetrator</c> = <c>side_a</c>, <c>Victims</c> = <c>side_b</c> (UCDP's "Civilians"), <c>Violence</c> =
/// <see cref="CivilianViolence.Attack"/>.</description></item>
/// <item><term>actor kinds</term><description>A side named "Government of …" is <see cref="ActorKind.StateForces"/>, with the
/// country of its <c>gwnoa</c>/<c>gwnob</c>. The other side of a state-based conflict is a <see cref="ActorKind.RebelGroup"/>
/// (UCDP requires it to be an organised opposition). "Supporters of …" (UCDP's informally organised groups) is a
/// <see cref="ActorKind.PoliticalMilitia"/>; the one-sided victims are <see cref="ActorKind.Civilians"/>. Other non-state
/// actors (cartels, communal and ethnic groups, jihadist groups in non-state conflicts) are left without a kind, since GED
/// does not say how they are organised.</description></item>
/// <item><term><c>best</c>, <c>low</c>, <c>high</c></term><description><c>Harm.Killed</c>: <see cref="Estimate.Exactly"/> when the
/// three agree, otherwise <see cref="Estimate.Between"/> the smallest and largest of them (GED has rows where <c>low</c> &gt;
/// <c>high</c> or <c>best</c> lies outside them). <c>best</c> is always kept in <see cref="Origin"/>, and <c>low</c>/<c>high</c>
/// whenever the range does not give them back. <c>Harm.Among</c> says whose deaths they are when <c>deaths_a</c>,
/// <c>deaths_b</c>, <c>deaths_civilians</c> and <c>deaths_unknown</c> tell: all civilians, all combatants, all unknown, or
/// mixed.</description></item>
/// <item><term><c>date_start</c>, <c>date_end</c>, <c>date_prec</c></term><description><see cref="EventTime.OnDay"/> for
/// <c>date_prec</c> 1 with equal dates; <see cref="EventTime.InWeek"/>, <see cref="EventTime.InMonth"/> or
/// <see cref="EventTime.InYear"/> for <c>date_prec</c> 3, 4 or 5 when the dates are exactly that ISO week, calendar month or
/// year; otherwise <see cref="EventTime.Within"/> the span (precision <see cref="TimePrecision.Day"/>, <c>Range</c> set).
/// <c>date_prec</c> is kept in <see cref="Origin"/>.</description></item>
/// <item><term><c>where_coordinates</c>, <c>adm_1</c>, <c>adm_2</c>, <c>country_id</c>, <c>latitude</c>, <c>longitude</c>,
/// <c>where_prec</c></term><description><see cref="Place"/> with <c>Name</c>, <c>Admin1</c>, <c>Admin2</c>, <c>Country</c> (ISO
/// alpha-2 from the GW number, else from the name, see <see cref="UcdpCountries"/>), <c>Point</c> and <c>Precision</c>:
/// 1 exact location → <see cref="PlacePrecision.Exact"/>, 2 within about 25 km → <see cref="PlacePrecision.Near"/>,
/// 3 second-order administrative area → <see cref="PlacePrecision.District"/>, 4 first-order → <see cref="PlacePrecision.Region"/>,
/// 5 linear feature or area (road, river, forest) → <see cref="PlacePrecision.Approximate"/>, 6 country →
/// <see cref="PlacePrecision.Country"/>, 7 international waters or airspace → <see cref="PlacePrecision.Approximate"/>.
/// <c>where_prec</c> is kept in <see cref="Origin"/> since 5 and 7 share a precision.</description></item>
/// <item><term><c>source_office</c>, <c>source_date</c></term><description>One <see cref="SourceRef"/> per ';'-separated
/// source: <c>Outlet</c> = the office, <c>Published</c> = the date at 00:00 UTC (GED gives no time). The article references,
/// headlines and original sources (<c>source_article</c>, <c>source_headline</c>, <c>source_original</c>) have no field and are
/// kept in <see cref="Origin"/>; GED gives no links.</description></item>
/// <item><term><c>id</c></term><description><c>Id</c> = <c>ucdp-</c> + id, <c>Origin.RecordId</c> = id,
/// <c>Origin.Dataset</c> = <c>ucdp-ged</c>.</description></item>
/// </list>
/// <para>
/// Every other non-empty cell (<c>relid</c>, <c>year</c>, <c>conflict_name</c>, <c>priogrid_gid</c>, <c>geom_wkt</c>,
/// <c>event_clarity</c>, <c>deaths_*</c>, <c>gwnoa</c>, …), and any cell the model holds but would not give back exactly, is
/// kept in <see cref="Origin.Fields"/> as read, in column order. An empty cell is not kept: absent means empty.
/// </para>
/// <para>The reader is stateless and thread-safe; each enumeration reads its <see cref="TextReader"/> once, row by row.</para>
/// </remarks>
public static class UcdpGedReader
{
    /// <summary>The <see cref="Origin.Dataset"/> of imported events: <c>ucdp-ged</c>.</summary>
    public const string Dataset = "ucdp-ged";

    /// <summary>The prefix of imported events' ids: <c>ucdp-</c> followed by GED's <c>id</c>.</summary>
    public const string IdPrefix = "ucdp-";

    /// <summary>The columns a GED file must have; the others are optional.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        "id", "type_of_violence", "side_a", "side_b", "where_coordinates", "date_start", "date_end", "best", "low", "high",
    ];

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    /// <summary>
    /// Reads a GED CSV file (with its header row) row by row, yielding for each row the event it became or the reason it
    /// could not, and going on after a bad row.
    /// </summary>
    /// <param name="reader">The CSV text, header first. It is not closed.</param>
    /// <param name="source">A name for the input (e.g. the file name), put before the line number in error messages.</param>
    /// <param name="cancellationToken">Stops the reading between rows.</param>
    /// <returns>One record per data row, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">The header lacks one of the <see cref="RequiredColumns"/> or names a column twice
    /// (thrown on the first <c>MoveNextAsync</c>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async IAsyncEnumerable<UcdpRecord> ReadAsync(
        TextReader reader,
        string? source = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badData ??= args.Field,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var parser = new CsvParser(reader, configuration, leaveOpen: true);
        if (!await parser.ReadAsync().ConfigureAwait(false))
        {
            yield break;
        }

        var header = Header.From(parser.Record ?? [], source);
        long lastLine = parser.RawRow;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badData = null;
            if (!await parser.ReadAsync().ConfigureAwait(false))
            {
                yield break;
            }

            long endLine = parser.RawRow;
            long startLine = endLine - LineBreaksWithin(parser.RawRecord);
            if (startLine <= lastLine)
            {
                startLine = lastLine + 1;
            }

            lastLine = endLine;
            string[] cells = parser.Record ?? [];
            yield return Read(header, cells, startLine, source, badData);
        }
    }

    private static UcdpRecord Read(Header header, string[] cells, long line, string? source, string? badData)
    {
        string prefix = (source is null ? "line " : source + ":") + line.ToString(CultureInfo.InvariantCulture) + ": ";
        if (badData is not null)
        {
            return new UcdpRecord(line, null, prefix + "malformed CSV (a stray quote) in the cell \"" + Shorten(badData) + "\"");
        }

        if (cells.Length != header.Names.Length)
        {
            return new UcdpRecord(line, null, prefix + string.Create(
                CultureInfo.InvariantCulture, $"the row has {cells.Length} cells but the header has {header.Names.Length} columns"));
        }

        try
        {
            return new UcdpRecord(line, new RowMapper(header, cells).Map(), null);
        }
        catch (RowException e)
        {
            return new UcdpRecord(line, null, prefix + e.Message);
        }
    }

    private static long LineBreaksWithin(string? rawRecord)
    {
        if (string.IsNullOrEmpty(rawRecord))
        {
            return 0;
        }

        // The record's own terminator ends the line it is on; breaks before it are inside quoted cells.
        int end = rawRecord.Length;
        if (end > 0 && rawRecord[end - 1] == '\n')
        {
            end--;
        }

        if (end > 0 && rawRecord[end - 1] == '\r')
        {
            end--;
        }

        long breaks = 0;
        for (int i = 0; i < end; i++)
        {
            if (rawRecord[i] == '\n' || (rawRecord[i] == '\r' && (i + 1 >= end || rawRecord[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private sealed class Header
    {
        private Header(string[] names, Dictionary<string, int> index)
        {
            Names = names;
            Index = index;
        }

        public string[] Names { get; }

        public Dictionary<string, int> Index { get; }

        public static Header From(string[] names, string? source)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            string where = source is null ? "The header" : "The header of " + source;
            for (int i = 0; i < names.Length; i++)
            {
                if (!index.TryAdd(names[i], i))
                {
                    throw new InvalidDataException($"{where} names the column '{names[i]}' twice.");
                }
            }

            var missing = new List<string>();
            foreach (var column in RequiredColumns)
            {
                if (!index.ContainsKey(column))
                {
                    missing.Add(column);
                }
            }

            if (missing.Count > 0)
            {
                throw new InvalidDataException($"{where} lacks the UCDP GED column(s) {string.Join(", ", missing)}.");
            }

            return new Header(names, index);
        }
    }

    private sealed class RowException(string message) : Exception(message);

    /// <summary>Maps one row; collects which cells the model gives back exactly, so that the rest go to <see cref="Origin"/>.</summary>
    private sealed class RowMapper(Header header, string[] cells)
    {
        private readonly HashSet<string> _reproduced = new(StringComparer.Ordinal) { "id" };

        public ConflictEvent Map()
        {
            string id = Required("id");
            int type = Int("type_of_violence", 1, 3);
            EventTime when = ReadWhen();
            Place where = ReadPlace();
            var sources = ReadSources();
            var harm = ReadHarm(type);
            Actor sideA = ReadSide("side_a", "gwnoa", type);
            string sideBName = Cell("side_b");
            Actor? sideB = string.IsNullOrWhiteSpace(sideBName) ? null : ReadSide("side_b", "gwnob", type);
            if (sideB is null && sideBName.Length == 0)
            {
                _reproduced.Add("side_b");
            }

            ConflictEvent conflictEvent = type == 3
                ? new AttackOnCivilians
                {
                    Id = IdPrefix + id,
                    Perpetrator = sideA,
                    Victims = sideB is null ? default : [sideB],
                    Violence = CivilianViolence.Attack,
                    Harm = harm,
                    When = when,
                    Where = where,
                    Sources = sources,
                }
                : new ArmedClash
                {
                    Id = IdPrefix + id,
                    Sides = sideB is null ? [sideA] : [sideA, sideB],
                    Harm = harm,
                    When = when,
                    Where = where,
                    Sources = sources,
                };
            return conflictEvent with { Origin = new Origin { Dataset = Dataset, RecordId = id, Fields = Kept() } };
        }

        private ValueList<OriginField> Kept()
        {
            var kept = new List<OriginField>();
            for (int i = 0; i < header.Names.Length; i++)
            {
                string name = header.Names[i];
                if (cells[i].Length > 0 && !_reproduced.Contains(name))
                {
                    kept.Add(new OriginField(name, cells[i]));
                }
            }

            return ValueList.From(kept);
        }

        private string Cell(string column) =>
            header.Index.TryGetValue(column, out int i) ? cells[i] : string.Empty;

        private string Required(string column)
        {
            string value = Cell(column);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new RowException($"{column} is empty");
            }

            return value;
        }

        private int Int(string column, int min, int max)
        {
            string text = Required(column);
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
            {
                throw new RowException(string.Create(CultureInfo.InvariantCulture, $"{column} '{text}' is not a whole number from {min} to {max}"));
            }

            return value;
        }

        private long Count(string column)
        {
            string text = Required(column);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                throw new RowException($"{column} '{text}' is not a count (a whole number, zero or more)");
            }

            return value;
        }

        private long? OptionalCount(string column) =>
            long.TryParse(Cell(column), NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value : null;

        private LocalDate Date(string column)
        {
            string text = Required(column);
            var result = DateTimePattern.Parse(text);
            if (result.Success)
            {
                var value = result.Value;
                if (value.TimeOfDay == LocalTime.Midnight)
                {
                    _reproduced.Add(column);
                }

                return value.Date;
            }

            var dateOnly = DatePattern.Parse(text);
            if (dateOnly.Success)
            {
                return dateOnly.Value;
            }

            throw new RowException($"{column} '{Shorten(text)}' is not a date (yyyy-MM-dd, optionally followed by HH:mm:ss)");
        }

        private EventTime ReadWhen()
        {
            LocalDate start = Date("date_start");
            LocalDate end = Date("date_end");
            if (end < start)
            {
                throw new RowException($"date_end '{Cell("date_end")}' is before date_start '{Cell("date_start")}'");
            }

            string precisionText = Cell("date_prec");
            int precision = precisionText.Length == 0 ? 0 : Int("date_prec", 1, 5);
            var span = new DateInterval(start, end);
            if (precision is 0 or 1 && start == end)
            {
                return EventTime.OnDay(start);
            }

            if (precision == 3 && start.DayOfWeek == IsoDayOfWeek.Monday && end == start.PlusDays(6))
            {
                return EventTime.InWeek(start);
            }

            if (precision == 4 && start.Day == 1 && end == start.With(DateAdjusters.EndOfMonth))
            {
                return EventTime.InMonth(start.Year, start.Month);
            }

            if (precision == 5 && start == new LocalDate(start.Year, 1, 1) && end == new LocalDate(start.Year, 12, 31))
            {
                return EventTime.InYear(start.Year);
            }

            return EventTime.Within(span);
        }

        private Place ReadPlace()
        {
            string name = Cell("where_coordinates");
            if (!string.IsNullOrWhiteSpace(name))
            {
                _reproduced.Add("where_coordinates");
            }
            else
            {
                name = FirstNonBlank(Cell("adm_2"), Cell("adm_1"), Cell("country"))
                    ?? throw new RowException("where_coordinates is empty and no administrative area or country names the place");
            }

            _reproduced.Add("adm_1");
            _reproduced.Add("adm_2");
            string precisionText = Cell("where_prec");
            var precision = precisionText.Length == 0 ? PlacePrecision.Locality : Int("where_prec", 1, 7) switch
            {
                1 => PlacePrecision.Exact,
                2 => PlacePrecision.Near,
                3 => PlacePrecision.District,
                4 => PlacePrecision.Region,
                6 => PlacePrecision.Country,
                _ => PlacePrecision.Approximate,
            };
            return new Place
            {
                Name = name,
                Admin1 = NullIfEmpty(Cell("adm_1")),
                Admin2 = NullIfEmpty(Cell("adm_2")),
                Country = ReadCountry(),
                Point = ReadPoint(),
                Precision = precision,
            };
        }

        private CountryCode? ReadCountry()
        {
            if (int.TryParse(Cell("country_id"), NumberStyles.None, CultureInfo.InvariantCulture, out int gw)
                && UcdpCountries.TryGetByGleditschWard(gw, out var byNumber))
            {
                return byNumber;
            }

            return UcdpCountries.TryGetByName(Cell("country"), out var byName) ? byName : null;
        }

        private GeoPoint? ReadPoint()
        {
            string latText = Cell("latitude");
            string lonText = Cell("longitude");
            if (latText.Length == 0 && lonText.Length == 0)
            {
                return null;
            }

            double lat = Degrees("latitude", latText, 90);
            double lon = Degrees("longitude", lonText, 180);
            var point = new GeoPoint(lat, lon);
            if (Format(point.Latitude) == latText)
            {
                _reproduced.Add("latitude");
            }

            if (Format(point.Longitude) == lonText)
            {
                _reproduced.Add("longitude");
            }

            return point;
        }

        private static double Degrees(string column, string text, double limit)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                || !double.IsFinite(value) || Math.Abs(value) > limit)
            {
                throw new RowException(string.Create(CultureInfo.InvariantCulture, $"{column} '{Shorten(text)}' is not a number of degrees from -{limit} to {limit}"));
            }

            return value;
        }

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        private ValueList<SourceRef> ReadSources()
        {
            string offices = Cell("source_office");
            string dates = Cell("source_date");
            if (offices.Length == 0 && dates.Length == 0)
            {
                _reproduced.Add("source_office");
                _reproduced.Add("source_date");
                return default;
            }

            string[] officeParts = offices.Length == 0 ? [] : offices.Split(';');
            string[] dateParts = dates.Length == 0 ? [] : dates.Split(';');
            int count = Math.Max(officeParts.Length, dateParts.Length);
            var sources = new List<SourceRef>(count);
            var outletsBack = new List<string>(count);
            var datesBack = new List<string>(count);
            for (int i = 0; i < count; i++)
            {
                string? outlet = i < officeParts.Length ? NullIfEmpty(officeParts[i].Trim()) : null;
                LocalDate? published = null;
                if (i < dateParts.Length && DatePattern.Parse(dateParts[i].Trim()) is { Success: true } parsed)
                {
                    published = parsed.Value;
                }

                if (outlet is null && published is null)
                {
                    continue;
                }

                sources.Add(new SourceRef
                {
                    Outlet = outlet,
                    Published = published?.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
                });
                outletsBack.Add(outlet ?? string.Empty);
                datesBack.Add(published is { } day ? DatePattern.Format(day) : string.Empty);
            }

            if (string.Join(';', outletsBack) == offices)
            {
                _reproduced.Add("source_office");
            }

            if (string.Join(';', datesBack) == dates)
            {
                _reproduced.Add("source_date");
            }

            return ValueList.From(sources);
        }

        private Casualties ReadHarm(int type)
        {
            long best = Count("best");
            long low = Count("low");
            long high = Count("high");
            Estimate killed = best == low && low == high
                ? Estimate.Exactly(best)
                : Estimate.Between(Math.Min(best, Math.Min(low, high)), Math.Max(best, Math.Max(low, high)));
            if (killed.Low == low)
            {
                _reproduced.Add("low");
            }

            if (killed.High == high)
            {
                _reproduced.Add("high");
            }

            return new Casualties { Among = Among(best, type), Killed = killed };
        }

        private PopulationGroup? Among(long best, int type)
        {
            long? a = OptionalCount("deaths_a");
            long? b = OptionalCount("deaths_b");
            long? civilians = OptionalCount("deaths_civilians");
            long? unknown = OptionalCount("deaths_unknown");
            if (best == 0 || a is null || b is null || civilians is null || unknown is null || a + b + civilians + unknown != best)
            {
                // One-sided violence kills civilians by definition, even where the split is not given.
                return type == 3 && best > 0 && a is null && b is null && civilians is null && unknown is null ? PopulationGroup.Civilians : null;
            }

            if (civilians == best)
            {
                return PopulationGroup.Civilians;
            }

            if (a + b == best)
            {
                return PopulationGroup.Combatants;
            }

            return unknown == best ? PopulationGroup.Unknown : PopulationGroup.Mixed;
        }

        private Actor ReadSide(string column, string gwColumn, int type)
        {
            string name = Required(column);
            _reproduced.Add(column);
            ActorKind? kind;
            CountryCode? country = null;
            if (name.StartsWith("Government of ", StringComparison.Ordinal))
            {
                kind = ActorKind.StateForces;
                if (int.TryParse(Cell(gwColumn), NumberStyles.None, CultureInfo.InvariantCulture, out int gw)
                    && UcdpCountries.TryGetByGleditschWard(gw, out var code))
                {
                    country = code;
                }
            }
            else if (type == 3 && column == "side_b")
            {
                kind = ActorKind.Civilians;
            }
            else if (name.StartsWith("Supporters of ", StringComparison.Ordinal))
            {
                kind = ActorKind.PoliticalMilitia;
            }
            else
            {
                kind = type == 1 ? ActorKind.RebelGroup : null;
            }

            return new Actor { Name = name, Kind = kind, Country = country };
        }

        private static string? FirstNonBlank(params string[] values)
        {
            foreach (var value in values)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value;
                }
            }

            return null;
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
