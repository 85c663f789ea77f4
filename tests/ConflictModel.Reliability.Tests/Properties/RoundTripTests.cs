using System.Text;
using ConflictModel.Reliability.Tests.Support;
using ConflictModel.Serialization;
using Xunit.Abstractions;

namespace ConflictModel.Reliability.Tests.Properties;

/// <summary>
/// Random valid events of every registered kind, generated from each kind's JSON Schema, survive every round trip
/// exactly: JSON → object → JSON gives the same JSON (by meaning), and object → JSON → object gives an equal object.
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output)
{
    /// <summary>Inputs per kind in CI; <c>CONFLICTMODEL_FUZZ_ITERATIONS</c> raises it.</summary>
    private const int PerKind = 150;

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in EventCatalog.Kinds)
        {
            data.Add(kind.Type);
        }

        return data;
    }

    [Fact]
    public void The_catalog_holds_every_built_in_kind()
    {
        // The theory below covers what the catalog holds; this keeps it from covering less than the schemas declare.
        var declared = Repo.SchemaFiles.Where(f => f.Json.Contains("\"event\"", StringComparison.Ordinal)).Select(f => f.Name.Replace(".event.json", string.Empty, StringComparison.Ordinal));
        Assert.Equal(declared.Order(StringComparer.Ordinal), EventCatalog.Kinds.Select(k => k.Type).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Random_events_of_each_kind_round_trip_exactly(string type)
    {
        Assert.True(EventCatalog.TryFind(type, out var kind));
        var gen = EventJsonGen.For(kind);
        Campaign.Run($"round trip of {type}", Campaign.Iterations(PerKind), pcg => gen.Generate(pcg, multiLine: true), RoundTrip, g => g.ToString(), output);
    }

    [Fact]
    public void The_generator_reaches_every_form_of_every_primitive()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 3000; i++)
        {
            var g = EventJsonGen.Any(Campaign.Random(Campaign.DefaultSeed, i));
            forms.UnionWith(g.Coverage.Forms);
            kinds.Add(g.Kind.Type);
        }

        string[] expected =
        [
            "time:exact", "time:part-of-day",
            "time:day:date", "time:day:range", "time:day:date+range",
            "time:week:date", "time:week:range", "time:week:date+range",
            "time:month:date", "time:month:range", "time:month:date+range",
            "time:year:date", "time:year:range", "time:year:date+range",
            "estimate:exact", "estimate:range", "estimate:at-least", "estimate:at-most", "estimate:approximate", "estimate:qualifier", "estimate:shorthand",
            "place:with-point", "place:without-point",
            "list:empty", "list:non-empty",
            "string:ascii", "string:non-ascii",
            "unknown-field", "null-property",
        ];
        Assert.Empty(expected.Except(forms));
        Assert.Equal(EventCatalog.Kinds.Select(k => k.Type).Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Random_batches_round_trip_through_json_arrays()
    {
        Campaign.Run("round trip of arrays", Campaign.Iterations(150), pcg => Batch(pcg, multiLine: true), batch =>
        {
            var events = batch.Select(g => ConflictJson.Deserialize(g.Input)).ToList();
            var json = ConflictJson.SerializeArray(events);
            var back = ConflictJson.DeserializeArray(json);
            Assert.Equal(events.Count, back.Count);
            Assert.All(events.Zip(back), p => EventNormal.AssertSame(p.First, p.Second));
            Assert.Equal(json, ConflictJson.SerializeArray(back));
            var indented = ConflictJson.DeserializeArray(ConflictJson.SerializeArray(back, indented: true));
            Assert.Equal(back, indented);
        }, ShowBatch, output);
    }

    [Fact]
    public void Random_batches_read_from_one_line_json_round_trip_through_json_lines()
    {
        Campaign.Run("round trip of JSON Lines (one-line input)", Campaign.Iterations(150), pcg => Batch(pcg, multiLine: false), JsonLinesRoundTrip, ShowBatch, output);
    }

    [Fact]
    public void Random_batches_read_from_indented_json_round_trip_through_json_lines()
    {
        Campaign.Run("round trip of JSON Lines (multi-line input)", Campaign.Iterations(150), pcg => Batch(pcg, multiLine: true), JsonLinesRoundTrip, ShowBatch, output);
    }

    internal static void RoundTrip(GeneratedEvent g)
    {
        var first = ConflictJson.Deserialize(g.Input);
        Assert.IsType(g.Kind.ClrType, first);
        Assert.Empty(first.Validate());

        // JSON → object → JSON: the same JSON, by meaning.
        var written = ConflictJson.Serialize(first);
        if (JsonCompare.Difference(g.Expected, written) is { } difference)
        {
            Assert.Fail($"written JSON differs from the input: {difference}\nexpected: {g.Expected}\nwritten:  {written}");
        }

        // Object → JSON → object: an equal object (kept values that spanned lines now compact), and the same bytes when written again.
        var second = ConflictJson.Deserialize(written);
        EventNormal.AssertSame(first, second);
        Assert.Equal(written, ConflictJson.Serialize(second));
        var third = ConflictJson.Deserialize(ConflictJson.Serialize(second));
        Assert.Equal(second, third);
        Assert.Equal(second.GetHashCode(), third.GetHashCode());
        Assert.Equal(second, ConflictJson.Deserialize(ConflictJson.Serialize(second, indented: true)));
        Assert.Equal(second, ConflictJson.Deserialize(Encoding.UTF8.GetBytes(written)));
    }

    private static void JsonLinesRoundTrip(List<GeneratedEvent> batch)
    {
        var events = batch.Select(g => ConflictJson.Deserialize(g.Input)).ToList();
        using var stream = new MemoryStream();
        JsonLines.WriteAsync(stream, events).GetAwaiter().GetResult();
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(events.Count, text.Count(c => c == '\n'));
        stream.Position = 0;
        var records = ReadAll(stream);
        Assert.All(records, r => Assert.True(r.Error is null, $"line {r.LineNumber}: {r.Error?.Message}\n{text}"));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), records.Select(r => r.LineNumber));
        Assert.All(events.Zip(records), p => EventNormal.AssertSame(p.First, p.Second.Event!));
    }

    internal static List<JsonLinesRecord> ReadAll(Stream stream, string? source = null)
    {
        return Drain.ToList(JsonLines.ReadRecordsAsync(stream, source));
    }

    private static List<GeneratedEvent> Batch(CsCheck.PCG pcg, bool multiLine)
    {
        var count = (int)pcg.Next(9);
        return Enumerable.Range(0, count).Select(_ => EventJsonGen.Any(pcg, multiLine)).ToList();
    }

    private static string ShowBatch(List<GeneratedEvent> batch) => string.Join("\n", batch.Select(g => g.ToString()));
}
