using ConflictModel.Reliability.Tests.Fuzz;
using ConflictModel.Reliability.Tests.Generator;
using ConflictModel.Reliability.Tests.Support;
using ConflictModel.Serialization;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>
/// The inputs that expose open bugs, kept as tests of the behaviour the library should have. They are skipped until
/// the bug is fixed: then remove the Skip, the bug's tag from its corpus cases and its filter from the campaigns.
/// None is open at present: every bug found so far is fixed and guarded in <see cref="FixedBugTests"/>.
/// </summary>
public sealed class KnownBugTests
{
}

/// <summary>Bugs the reliability tests found and that were fixed (commits 28c3ba3, 36d0a99, 549ce77, 41b8a01, 45e004c, 4cc8674, 6d254fd and 36664d9): their reproducing inputs, as regression tests.</summary>
public sealed class FixedBugTests
{
    [Fact]
    public void Text_that_does_not_decode_is_reported_at_its_line_and_path()
    {
        // Was: a ConflictJsonException with no line, byte position or path: System.Text.Json's InvalidOperationException, wrapped where the reader's position was unknown (fixed in 4cc8674).
        string[] names =
        [
            "UTF-8: 0xFF in an enum value",
            "UTF-8: 0xFF in an unknown property's value",
            "UTF-8: 0xFF in an unknown event",
            "escape: a lone surrogate in a name, then a missing comma",
            "escape: a lone surrogate in a name of an indented unknown event",
            "UTF-8: 0xFF deep in an unknown property's object",
            "UTF-8: 0xFF in a name inside an unknown property's object",
            "UTF-8: 0xFF deep in an unknown event",
            "escape: a lone surrogate in an enum value",
            "escape: a lone surrogate in an unknown event's id",
            "escape: a lone surrogate in a name inside a record",
        ];
        foreach (var name in names)
        {
            var c = ReaderCorpus.Get(name);
            var fails = (Fails)c.Expected;
            var error = ReaderCorpusTests.ReadFailing(c.Input, "bug.json");
            ReaderCorpusTests.AssertLocated(error, fails, "bug.json", fails.Line);
            Assert.Equal("the text is not valid UTF-8 or holds an invalid escape", error.Problem);
        }
    }

    [Fact]
    public void A_name_that_does_not_decode_is_reported_at_its_object()
    {
        // Was: reported at the path of the property before it, $.attacker (fixed in 45e004c).
        var c = ReaderCorpus.Get("UTF-8: 0xFF in an unknown property's name");
        ReaderCorpusTests.AssertLocated(ReaderCorpusTests.ReadFailing(c.Input, "bug.json"), (Fails)c.Expected, "bug.json", 1);
    }

    [Fact]
    public void An_over_long_property_name_is_refused_with_a_short_message()
    {
        // Was: the whole 30 MB name in the error's path and message (fixed in 45e004c).
        var error = ReaderCorpusTests.ReadFailing(Utf8.Bytes(ReaderCorpus.Strike("\"" + new string('x', 30 * 1024 * 1024) + "\":1")), "bug.json");
        Assert.Contains("longer than the limit", error.Problem, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 2000, "the message holds " + error.Message.Length + " characters");
        Assert.Equal("$['" + new string('x', 64) + "…']", error.Path);
    }

    [Fact]
    public void An_over_long_last_line_without_a_line_feed_is_always_reported()
    {
        // Was: no record at all when the line's length was a multiple of the buffer, then 64 KiB, now 512 KiB (fixed in 41b8a01).
        foreach (var length in new[] { 65_536, 131_072, 524_288, 1_048_576 })
        {
            var file = Utf8.Raw(Repo.SeedBytes[2], "\n", new string('x', length));
            var records = JsonLinesFuzzTests.ReadChunked(new JsonLinesFuzzTests.LinesInput(file, 2_000, 1, 100_000));
            Assert.Equal([1L, 2L], records.Select(r => r.LineNumber));
            Assert.Equal("line longer than 2000 bytes", records[1].Error!.Problem);

            var alone = JsonLinesFuzzTests.ReadChunked(new JsonLinesFuzzTests.LinesInput(Utf8.Bytes(new string('x', length)), 2_000, 1, 100_000));
            Assert.Equal(1, Assert.Single(alone).LineNumber);
        }
    }

    [Fact]
    public async Task A_long_line_from_a_stream_that_returns_one_byte_at_a_time_is_read_in_linear_time()
    {
        // Was: every read searched the whole held line again for its end, so a 1 MB line arriving a byte at a time
        // took seconds and a 4.5 MB line minutes (found by the JSON Lines fuzz, input 77,939 of round 5). A liveness
        // check, not a timing goal: linear reading takes a few seconds here; the quadratic one not within the minute.
        // Five kept properties of 900,000 bytes: a 4.5 MB line, each value within the string limit.
        var values = string.Concat(Enumerable.Range(0, 5).Select(i => ",\"n" + i + "\":\"" + new string('x', 900_000) + "\""));
        var line = Utf8.Raw("{\"type\":\"strike\",\"id\":\"s1\",\"attacker\":{\"name\":\"x\"}", values, "}\n", Repo.SeedBytes[0], "\n");
        var records = await Task.Run(() => JsonLinesFuzzTests.ReadChunked(new JsonLinesFuzzTests.LinesInput(line, null, 1, 1)))
            .WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal([1L, 2L], records.Select(r => r.LineNumber));
        Assert.Equal(5, records[0].Event!.UnknownFields.Count);
    }

    [Fact]
    public void An_event_that_was_read_can_be_written()
    {
        // Was: InvalidOperationException from ConflictJson.Serialize, which re-parsed the kept value (fixed in 549ce77).
        string[] inputs =
        [
            "{\"type\":\"strike\",\"id\":\"s1\",\"attacker\":{\"name\":\"x\"},\"extra\":{\"\\uDC6D\":1,\n\"a\":2}}",
            "{\"type\":\"strike\",\"id\":\"s1\",\"attacker\":{\"name\":\"x\"},\"extra\":[\"\\uD800\",\n1]}",
            "{\"type\":\"parade\",\"id\":\"p1\",\n\"x\":\"\\uDC6D\"}",
        ];
        foreach (var input in inputs)
        {
            var value = ConflictJson.Deserialize(input);
            var written = ConflictJson.Serialize(value);
            Assert.DoesNotContain("\n", written);
            EventNormal.AssertSame(value, ConflictJson.Deserialize(written));
        }
    }

    [Fact]
    public void An_acled_date_at_the_end_of_the_calendar_gives_a_record()
    {
        // Was: OverflowException out of AcledReader.ReadAsync (fixed in 549ce77).
        const string header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";
        foreach (var date in new[] { "9999-12-31", "-9998-01-01" })
        {
            var row = "ARG1," + date + ",2022,2,Demonstrations,Protests,Peaceful protest,Protesters (Argentina),,6,,,0,60,,32,South America,Argentina,Chubut,Escalante,,Comodoro Rivadavia,-45.8644,-67.4997,1,Diario,National,notes,0,,1657041386\n";
            var records = AcledFuzzTests.Read(System.Text.Encoding.UTF8.GetBytes(header + row));
            var record = Assert.Single(records);
            Assert.Equal(2, record.LineNumber);
        }
    }

    [Fact]
    public void Line_breaks_in_schema_text_get_a_diagnostic_or_compile()
    {
        // Was: no diagnostic, and generated code that does not compile (fixed in 549ce77).
        foreach (var ch in new[] { "\\r", "\u0085", "\u2028", "\u2029" })
        {
            string[] schemas =
            [
                "{\"event\":\"E\",\"type\":\"t\",\"doc\":\"a" + ch + "b\",\"fields\":{\"a\":{\"type\":\"int\"}}}",
                "{\"event\":\"E\",\"type\":\"t\",\"fields\":{\"a\":{\"type\":\"int\",\"doc\":\"a" + ch + "b\"}}}",
                "{\"event\":\"E\",\"type\":\"t\",\"fields\":{\"a\":{\"type\":\"K\"}},\"enums\":{\"K\":[{\"value\":\"x\",\"doc\":\"a" + ch + "b\"}]}}",
                "{\"event\":\"E\",\"type\":\"t\",\"maps\":{\"acled\":[\"a" + ch + "b\"]},\"fields\":{\"a\":{\"type\":\"int\"}}}",
                "{\"event\":\"E\",\"type\":\"t\",\"fields\":{\"a\":{\"type\":\"string\",\"pattern\":\"a" + ch + "b\"}}}",
            ];
            foreach (var schema in schemas)
            {
                AssertDiagnosedOrCompiles(schema);
            }
        }
    }

    [Fact]
    public void Type_names_that_collide_with_generated_members_get_a_diagnostic()
    {
        // Was: no diagnostic, and generated code that does not compile (fixed in 36d0a99).
        string[] schemas =
        [
            """{"event":"GetHashCode","type":"t","fields":{"a":{"type":"int"}}}""",
            """{"event":"ReadJson","type":"t","fields":{"a":{"type":"int"}}}""",
            """{"event":"CurrentVersion","type":"t","fields":{"a":{"type":"int"}}}""",
            """{"event":"EventKind","type":"t","fields":{"a":{"type":"int"}}}""",
            """{"event":"E","type":"t","fields":{"a":{"type":"ToString"}},"records":{"ToString":{"fields":{"b":{"type":"int"}}}}}""",
            """{"event":"E","type":"t","fields":{"a":{"type":"JsonSchema"}},"records":{"JsonSchema":{"fields":{"b":{"type":"int"}}}}}""",
            """{"event":"E","type":"t","fields":{"a":{"type":"Equals"}},"enums":{"Equals":["x"]}}""",
            """{"event":"E","type":"t","fields":{"a":{"type":"JsonSchema"}},"enums":{"JsonSchema":["x"]}}""",
        ];
        foreach (var schema in schemas)
        {
            AssertDiagnosedOrCompiles(schema);
        }
    }

    [Fact]
    public void A_name_that_is_not_UTF8_before_a_syntax_error_gives_a_ConflictJsonException_and_reading_goes_on()
    {
        // Was: InvalidOperationException out of ConflictJson.Deserialize (JsonLocator.PathOf decoded the name), which in
        // JSON Lines ended the whole read, and in the CLI ended validate with no file or line.
        var line = Utf8.Raw("{\"ext", 0xFF, "ra\":1 \"type\":\"strike\"}");
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(line, "bug.json"));
        Assert.Equal(1, error.LineNumber);
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);

        var file = Utf8.Raw(Repo.SeedBytes[0], "\n", line, "\n", Repo.SeedBytes[1], "\n");
        var records = JsonLinesFuzzTests.ReadChunked(new JsonLinesFuzzTests.LinesInput(file, null, 1, 100_000));
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.LineNumber));
        Assert.NotNull(records[1].Error);
        Assert.NotNull(records[2].Event);
    }

    [Fact]
    public void A_second_envelope_object_after_a_kept_one_is_a_duplicate()
    {
        // Was: accepted, and the second one silently dropped.
        var pairs = new Dictionary<string, (string Kept, string Valid)>
        {
            ["when"] = ("{\"precision\":\"decade\"}", "{\"precision\":\"year\",\"date\":\"2022-01-01\"}"),
            ["where"] = ("{\"name\":\"A\",\"zzz\":1}", "{\"name\":\"B\"}"),
            ["verification"] = ("{\"status\":\"rumoured\"}", "{\"status\":\"confirmed\"}"),
            ["origin"] = ("{\"dataset\":\"acled\",\"licence\":\"CC\"}", "{\"dataset\":\"ucdp\"}"),
        };
        foreach (var (name, (kept, valid)) in pairs)
        {
            var input = Utf8.Bytes(ReaderCorpus.Strike($"\"{name}\":{kept}", $"\"{name}\":{valid}"));
            ReaderCorpusTests.AssertLocated(ReaderCorpusTests.ReadFailing(input, "bug.json"), new Fails("$." + name, $"duplicate property '{name}'"), "bug.json", 1);
        }
    }

    [Fact]
    public async Task Events_read_from_indented_json_are_written_as_one_line_each()
    {
        // Was: kept values written verbatim, line breaks and all, splitting JSON Lines records.
        var known = ConflictJson.Deserialize(ReaderCorpus.Strike("\"extra\":[\n  1,\n  2\n]"));
        var unknown = ConflictJson.DeserializeArray("[\n  {\n    \"type\": \"parade\",\n    \"id\": \"p1\"\n  }\n]")[0];
        using var stream = new MemoryStream();
        await JsonLines.WriteAsync(stream, [known, unknown]);

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(2, text.Count(c => c == '\n'));
        stream.Position = 0;
        var records = Properties.RoundTripTests.ReadAll(stream);
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Equal(2, records.Count);
        EventNormal.AssertSame(known, records[0].Event!);
        EventNormal.AssertSame(unknown, records[1].Event!);
    }

    [Fact]
    public void Thirty_megabyte_names_types_and_unknown_events_exceed_the_limit()
    {
        // Was: read whole, past ConflictJsonLimits.MaxStringLength.
        var huge = new string('x', 30 * 1024 * 1024);
        byte[][] inputs =
        [
            Utf8.Bytes("{\"type\":\"parade\",\"id\":\"p1\",\"motto\":\"" + huge + "\"}"),
            Utf8.Bytes(ReaderCorpus.Strike("\"" + huge + "\":1")),
            Utf8.Bytes("{\"type\":\"" + huge + "\",\"id\":\"p1\"}"),
        ];
        foreach (var input in inputs)
        {
            var error = ReaderCorpusTests.ReadFailing(input, "bug.json");
            Assert.Contains("limit", error.Problem, StringComparison.Ordinal);
            Assert.Equal(1, error.LineNumber);
        }
    }

    [Fact]
    public void Field_names_that_collide_with_generated_members_and_var_get_a_diagnostic()
    {
        // Was: no diagnostic, and generated code that does not compile.
        string[] schemas =
        [
            """{"event":"E","type":"t","fields":{"getHashCode":{"type":"int"}}}""",
            """{"event":"E","type":"t","fields":{"writeJson":{"type":"int"}}}""",
            """{"event":"E","type":"t","fields":{"a":{"type":"R"}},"records":{"R":{"fields":{"equals":{"type":"int"}}}}}""",
            """{"event":"var","type":"t","fields":{"a":{"type":"int"}}}""",
        ];
        foreach (var schema in schemas)
        {
            AssertDiagnosedOrCompiles(schema);
        }
    }

    [Fact]
    public void An_invalid_namespace_gets_a_diagnostic()
    {
        // Was: no diagnostic and code that does not compile; '@class' made the generator fail inside (CM9999).
        foreach (var ns in new[] { "A..B", "1x", "Ns.class", "a b", "A.", "@class" })
        {
            var schema = "{\"event\":\"E\",\"type\":\"t\",\"namespace\":\"" + ns + "\",\"fields\":{\"a\":{\"type\":\"int\"}}}";
            AssertDiagnosedOrCompiles(schema);
            Assert.Contains(GeneratorRunner.RunOnce([("/s/bug.event.json", schema)]).GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }
    }

    [Fact]
    public void A_type_named_like_a_referenced_type_gets_a_diagnostic()
    {
        // Was: no diagnostic, and the generated code of every schema broken: C# prefers the project's own type of that full name (fixed in 36664d9, CM0027).
        foreach (var (ns, name) in new[] { ("System", "Type"), ("System", "Uri"), ("ConflictModel", "Actor"), ("ConflictModel", "ConflictEvent"), ("System.Text.Json", "Utf8JsonReader") })
        {
            var schema = "{\"event\":\"" + name + "\",\"type\":\"t\",\"namespace\":\"" + ns + "\",\"fields\":{\"a\":{\"type\":\"int\"}}}";
            AssertDiagnosedOrCompiles(schema);
            AssertTheGuardStillGenerates(schema);
        }
    }

    [Fact]
    public void An_event_named_like_a_declared_type_gets_a_diagnostic()
    {
        // Was: no CM0011, and generated code that does not compile (CS0101, CS0102, CS0579) (fixed in 6d254fd).
        string[] schemas =
        [
            "{\"event\":\"ZEnum\",\"type\":\"t\",\"fields\":{},\"enums\":{\"ZEnum\":[\"a\"]}}",
            "{\"event\":\"ZRec\",\"type\":\"t\",\"fields\":{},\"records\":{\"ZRec\":{\"fields\":{\"b\":{\"type\":\"int\"}}}}}",
        ];
        foreach (var schema in schemas)
        {
            AssertDiagnosedOrCompiles(schema);
            AssertTheGuardStillGenerates(schema);
        }
    }

    /// <summary>The generator either reports a CM error for the schema, or generates code that compiles; never CM9999.</summary>
    internal static void AssertDiagnosedOrCompiles(string schema)
    {
        var run = GeneratorRunner.RunOnce([("/s/bug.event.json", schema)]);
        Assert.Null(run.Single.Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CM9999");
        if (!run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CM", StringComparison.Ordinal)))
        {
            Assert.True(run.CompileErrors().Length == 0, $"{schema}: no CM error, and the output does not compile: {string.Join("; ", run.CompileErrors().Take(3))}");
        }
    }

    /// <summary>Beside the schema, the guard schema still generates its exact code, with no diagnostic about it, and compiles.</summary>
    internal static void AssertTheGuardStillGenerates(string schema)
    {
        GeneratorProperties.Check(new SchemaGen.SchemaInput("/s/bug.event.json", schema, [], "regression", Compile: true));
        var run = GeneratorRunner.RunOnce([("/s/bug.event.json", schema), (SchemaSamples.GuardPath, SchemaSamples.Guard)]);
        Assert.Empty(run.CompileErrors());
    }
}
