using System.Diagnostics;
using System.Runtime.CompilerServices;
using ConflictModel.Events;
using ConflictModel.Interop.Parquet;
using ConflictModel.Serialization;
using DuckDB.NET.Data;
using NodaTime;
using Parquet;
using Xunit.Abstractions;

namespace ConflictModel.Interop.Tests.Parquet;

/// <summary>Exports events to Parquet and queries the file with DuckDB, checking the answers against the events in C#.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private static readonly Lazy<IReadOnlyList<ConflictEvent>> Seed = new(LoadSeed);

    private readonly ITestOutputHelper _output;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "conflictmodel-parquet-" + Guid.NewGuid().ToString("N"));

    public ParquetExportTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A reader may still hold the file on some platforms; the temp folder is cleaned eventually.
        }
    }

    [Fact]
    public async Task The_41_seed_events_export_to_41_rows()
    {
        var file = await ExportAsync(Seed.Value);

        Assert.Equal(41, Seed.Value.Count);
        Assert.Equal(41L, Scalar<long>($"SELECT count(*) FROM {Read(file)}"));
        Assert.Equal(41L, Scalar<long>($"SELECT count(DISTINCT id) FROM {Read(file)}"));
    }

    [Fact]
    public async Task The_file_has_the_documented_columns_in_order()
    {
        var file = await ExportAsync(Seed.Value);

        var described = Rows($"DESCRIBE SELECT * FROM {Read(file)}", r => (Name: r.GetString(0), Type: r.GetString(1)));

        Assert.Equal(ParquetExport.Columns.Select(c => c.Name), described.Select(c => c.Name));
        var duckTypes = new Dictionary<string, string>
        {
            ["string"] = "VARCHAR",
            ["int32"] = "INTEGER",
            ["int64"] = "BIGINT",
            ["double"] = "DOUBLE",
            ["date"] = "DATE",
            ["timestamp(us, UTC)"] = "TIMESTAMP WITH TIME ZONE",
            ["list<string>"] = "VARCHAR[]",
        };
        Assert.Equal(ParquetExport.Columns.Select(c => duckTypes[c.Type]), described.Select(c => c.Type));
    }

    [Fact]
    public async Task A_count_by_type_equals_the_counts_of_the_events()
    {
        var file = await ExportAsync(Seed.Value);

        var fromDuck = Rows($"SELECT type, count(*) FROM {Read(file)} GROUP BY type ORDER BY type", r => (r.GetString(0), r.GetInt64(1)));
        var fromEvents = Seed.Value.GroupBy(e => e.Type).Select(g => (g.Key, (long)g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

        Assert.Equal(fromEvents, fromDuck);
        Assert.True(fromDuck.Count >= 10);
    }

    [Fact]
    public async Task Summed_fatalities_equal_the_implied_ranges_of_the_killed_estimates()
    {
        var file = await ExportAsync(Seed.Value);

        var killed = Seed.Value.Select(e => HarmOf(e)?.Killed).OfType<Estimate>().Select(k => k.ImpliedRange()).ToList();
        Assert.NotEmpty(killed);

        Assert.Equal(killed.Sum(k => k.Low), Scalar<long>($"SELECT CAST(sum(fatalities_low) AS BIGINT) FROM {Read(file)}"));
        Assert.Equal(killed.Sum(k => k.High!.Value), Scalar<long>($"SELECT CAST(sum(fatalities_high) AS BIGINT) FROM {Read(file)}"));
        Assert.Equal(killed.Count, Scalar<long>($"SELECT count(fatalities_high) FROM {Read(file)}"));

        // The invasion's "thousands" killed: 2,000 to 9,999.
        Assert.Equal(9_999L, Scalar<long>($"SELECT fatalities_high FROM {Read(file)} WHERE id = 'seed-ground-assault-invasion'"));
        Assert.Equal(2_000L, Scalar<long>($"SELECT fatalities_low FROM {Read(file)} WHERE id = 'seed-ground-assault-invasion'"));
    }

    [Fact]
    public async Task A_list_column_finds_the_cruise_missile_strike()
    {
        var file = await ExportAsync(Seed.Value);

        var ids = Rows($"SELECT id FROM {Read(file)} WHERE list_contains(weapons, 'cruise-missile')", r => r.GetString(0));

        var expected = Seed.Value.OfType<Strike>().Where(s => s.Weapons.Contains(WeaponKind.CruiseMissile)).ToList();
        var strike = Assert.Single(expected);
        Assert.Equal(Estimate.Exactly(48), strike.Munitions);
        Assert.Equal([strike.Id], ids);
        Assert.Equal(48L, Scalar<long>($"SELECT CAST(fields_json->>'$.munitions.value' AS BIGINT) FROM {Read(file)} WHERE list_contains(weapons, 'cruise-missile')"));
    }

    [Fact]
    public async Task Weapons_is_null_only_for_kinds_without_a_weapons_field()
    {
        var file = await ExportAsync(Seed.Value);

        var kindsWithWeapons = Seed.Value.Where(e => e.EventKind.Fields.Any(f => f.SchemaType.StartsWith("WeaponKind", StringComparison.Ordinal))).ToList();

        Assert.Equal((long)kindsWithWeapons.Count, Scalar<long>($"SELECT count(*) FROM {Read(file)} WHERE weapons IS NOT NULL"));
        Assert.Equal(0L, Scalar<long>($"SELECT count(*) FROM {Read(file)} WHERE type = 'statement' AND weapons IS NOT NULL"));
        Assert.Equal((long)Seed.Value.OfType<Strike>().Count(), Scalar<long>($"SELECT count(*) FROM {Read(file)} WHERE type = 'strike' AND len(weapons) > 0"));
    }

    [Fact]
    public async Task A_date_filter_counts_the_events_whose_span_starts_that_day()
    {
        var file = await ExportAsync(Seed.Value);

        var day = new LocalDate(2022, 6, 24);
        var expected = Seed.Value.Count(e => e.When?.ToDateInterval().Start == day);

        Assert.True(expected > 0);
        Assert.Equal((long)expected, Scalar<long>($"SELECT count(*) FROM {Read(file)} WHERE date_start = DATE '2022-06-24'"));

        var within = Seed.Value.Count(e => e.When?.ToDateInterval() is { } span && span.Start <= day && day <= span.End);
        Assert.Equal((long)within, Scalar<long>($"SELECT count(*) FROM {Read(file)} WHERE DATE '2022-06-24' BETWEEN date_start AND date_end"));
    }

    [Fact]
    public async Task The_envelope_columns_hold_the_typed_values()
    {
        var file = await ExportAsync(Seed.Value);

        var row = Rows(
            $"""
            SELECT type, schema_version, time_precision, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR), instant IS NULL,
                   place_name, admin1, country, latitude, longitude, place_precision,
                   array_to_string(actors, '|'), array_to_string(sources, '|'), array_to_string(source_channels, '|'),
                   weapons IS NULL, fields_json->>'$.status', len(about), notes IS NOT NULL
            FROM {Read(file)} WHERE id = 'seed-withdrawal-sievierodonetsk'
            """,
            r => Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());

        Assert.Equal(
            ["withdrawal", "1", "day", "2022-06-17", "2022-06-25", "True", "Sievierodonetsk", "Luhansk", "UA", "48.9482", "38.4917", "locality",
             "Ukrainian troops|Russian forces", "Reuters", "news-agency", "True", "nearly-complete", "0", "True"],
            Assert.Single(row));

        Assert.Equal(
            "Oleksandr Stryuk",
            Scalar<string>($"SELECT actors[1] FROM {Read(file)} WHERE id = 'seed-statement-stryuk-tv'"));
        Assert.Equal(
            "seed-withdrawal-sievierodonetsk",
            Scalar<string>($"SELECT about[1] FROM {Read(file)} WHERE id = 'seed-statement-stryuk-tv'"));
        Assert.True(Scalar<bool>($"SELECT bool_and(json_valid(fields_json)) FROM {Read(file)}"));
        Assert.Equal(0L, Scalar<long>($"SELECT count(*) FROM {Read(file)} WHERE fields_json LIKE '%\"when\"%' OR fields_json LIKE '%\"sources\"%'"));
    }

    [Fact]
    public async Task Exact_times_origins_and_unknown_kinds_are_exported()
    {
        var template = Seed.Value.OfType<Strike>().First();
        var exact = template with
        {
            Id = "exact-strike",
            When = EventTime.At(Instant.FromUtc(2022, 6, 25, 3, 30, 15)),
            Origin = new Origin { Dataset = "acled", RecordId = "UKR1234" },
        };
        var unknown = ConflictJson.Deserialize(
            """{"type":"ceasefire-violation","id":"cv-1","schemaVersion":3,"when":{"precision":"month","date":"2022-06-01"},"where":{"name":"Kharkiv","country":"UA"},"sources":[{"outlet":"BBC"}],"sides":["A","B"]}""");
        Assert.IsType<UnknownEvent>(unknown);

        var file = await ExportAsync([exact, unknown]);

        Assert.Equal(
            Instant.FromUtc(2022, 6, 25, 3, 30, 15).ToUnixTimeSeconds(),
            Scalar<long>($"SELECT CAST(epoch(instant) AS BIGINT) FROM {Read(file)} WHERE id = 'exact-strike'"));
        Assert.Equal(1L, Scalar<long>($"SELECT count(instant) FROM {Read(file)}"));
        Assert.Equal("exact", Scalar<string>($"SELECT time_precision FROM {Read(file)} WHERE id = 'exact-strike'"));
        Assert.Equal("acled/UKR1234", Scalar<string>($"SELECT origin_dataset || '/' || origin_record_id FROM {Read(file)} WHERE id = 'exact-strike'"));
        Assert.Equal(
            "ceasefire-violation|3|2022-06-01|2022-06-30|Kharkiv|BBC|[\"A\",\"B\"]",
            Scalar<string>(
                $"""
                SELECT type || '|' || schema_version || '|' || date_start || '|' || date_end || '|' || place_name || '|' || sources[1] || '|' || (fields_json->'$.sides')
                FROM {Read(file)} WHERE id = 'cv-1'
                """));
    }

    [Fact]
    public async Task A_multi_row_group_export_reads_back_whole()
    {
        var file = await ExportAsync(Seed.Value, new ParquetExportOptions { RowGroupSize = 7 });

        await using (var stream = File.OpenRead(file))
        await using (var reader = await ParquetReader.CreateAsync(stream))
        {
            Assert.Equal(6, reader.RowGroupCount);
            Assert.Equal([7L, 7L, 7L, 7L, 7L, 6L], reader.RowGroups.Select(g => g.RowCount));
        }

        Assert.Equal(41L, Scalar<long>($"SELECT count(*) FROM {Read(file)}"));
        Assert.Equal(
            Seed.Value.Select(e => e.Id),
            Rows($"SELECT id FROM {Read(file)}", r => r.GetString(0)));
    }

    [Fact]
    public async Task An_empty_export_is_a_valid_file_without_rows()
    {
        var file = await ExportAsync([]);

        Assert.Equal(0L, Scalar<long>($"SELECT count(*) FROM {Read(file)}"));
    }

    [Fact]
    public async Task A_row_group_size_below_one_is_rejected()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => ParquetExport.WriteAsync(stream, ToAsync(Seed.Value), new ParquetExportOptions { RowGroupSize = 0 }));
    }

    [Fact]
    public async Task A_failed_export_surfaces_its_exception_and_leaves_no_footer()
    {
        var file = Path.Combine(_dir, "failed.parquet");

        await using (var stream = File.Create(file))
        {
            var e = await Assert.ThrowsAsync<InvalidOperationException>(
                () => ParquetExport.WriteAsync(stream, Failing(Seed.Value, after: 20), new ParquetExportOptions { RowGroupSize = 7 }));
            Assert.Equal("the source failed", e.Message);
        }

        Assert.True(new FileInfo(file).Length > 0);
        Assert.ThrowsAny<Exception>(() => Scalar<long>($"SELECT count(*) FROM {Read(file)}"));
    }

    [Fact]
    public async Task The_output_need_not_be_seekable()
    {
        using var memory = new MemoryStream();
        await using (var forwardOnly = new ForwardOnlyStream(memory))
        {
            Assert.Equal(41L, await ParquetExport.WriteAsync(forwardOnly, ToAsync(Seed.Value)));
        }

        var file = Path.Combine(_dir, "forward-only.parquet");
        await File.WriteAllBytesAsync(file, memory.ToArray());
        Assert.Equal(41L, Scalar<long>($"SELECT count(*) FROM {Read(file)}"));
    }

    [Fact]
    public async Task A_large_export_streams_from_an_async_sequence()
    {
        const int count = 200_000;
        var file = Path.Combine(_dir, "large.parquet");
        var before = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();

        long written;
        await using (var stream = File.Create(file))
        {
            written = await ParquetExport.WriteAsync(stream, Clones(count));
        }

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes() - before;
        _output.WriteLine(
            $"Exported {count:N0} events in {watch.Elapsed.TotalSeconds:F2} s, {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MiB, " +
            $"{allocated / 1024.0 / 1024.0:F0} MiB allocated in all, working set {Environment.WorkingSet / 1024.0 / 1024.0:F0} MiB.");

        Assert.Equal(count, written);
        Assert.Equal((long)count, Scalar<long>($"SELECT count(*) FROM {Read(file)}"));
        Assert.Equal((long)count, Scalar<long>($"SELECT count(DISTINCT id) FROM {Read(file)}"));
        await using (var stream = File.OpenRead(file))
        await using (var reader = await ParquetReader.CreateAsync(stream))
        {
            Assert.Equal(4, reader.RowGroupCount);
        }
    }

    private static async IAsyncEnumerable<ConflictEvent> Clones(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seed = Seed.Value;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var template = seed[i % seed.Count];
            yield return template with { Id = template.Id + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (i % 10_000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private static async IAsyncEnumerable<ConflictEvent> Failing(IEnumerable<ConflictEvent> events, int after)
    {
        var i = 0;
        foreach (var e in events)
        {
            if (i++ == after)
            {
                throw new InvalidOperationException("the source failed");
            }

            yield return e;
        }

        await Task.CompletedTask;
    }

    private static Casualties? HarmOf(ConflictEvent e) => e switch
    {
        Strike s => s.Harm,
        GroundAssault g => g.Harm,
        ControlChange c => c.Harm,
        ArmedClash a => a.Harm,
        AttackOnCivilians a => a.Harm,
        Protest p => p.Harm,
        Riot r => r.Harm,
        _ => null,
    };

    private static async IAsyncEnumerable<ConflictEvent> ToAsync(IEnumerable<ConflictEvent> events)
    {
        foreach (var e in events)
        {
            yield return e;
        }

        await Task.CompletedTask;
    }

    private static string Read(string file) => $"read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')";

    private static T Scalar<T>(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<T> Rows<T>(string sql, Func<DuckDBDataReader, T> map)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static List<ConflictEvent> LoadSeed()
    {
        var path = Path.Combine(SharedData.Root, "data", "seed", "article.jsonl");
        return File.ReadLines(path).Where(line => line.Length > 0).Select(line => ConflictJson.Deserialize(line, path)).ToList();
    }

    private async Task<string> ExportAsync(IReadOnlyList<ConflictEvent> events, ParquetExportOptions? options = null)
    {
        var file = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".parquet");
        await using var stream = File.Create(file);
        var rows = await ParquetExport.WriteAsync(stream, ToAsync(events), options);
        Assert.Equal(events.Count, rows);
        return file;
    }

    /// <summary>A stream that can only be written forward, like a network response.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
