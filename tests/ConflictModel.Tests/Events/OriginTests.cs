using ConflictModel.Events;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Events;

public class OriginTests
{
    private static readonly Strike Imported = new()
    {
        Id = "acled-ARG10607",
        Attacker = new Actor { Name = "Military Forces of Argentina" },
        Origin = new Origin
        {
            Dataset = "acled",
            RecordId = "ARG10607",
            Fields = [new OriginField("inter1", "1"), new OriginField("tags", "crowd size=no report")],
        },
    };

    [Fact]
    public void An_origin_travels_with_its_kept_cells_in_order()
    {
        var json = ConflictJson.Serialize(Imported);

        Assert.Contains("\"origin\":{\"dataset\":\"acled\",\"recordId\":\"ARG10607\",\"fields\":{\"inter1\":\"1\",\"tags\":\"crowd size=no report\"}}", json);
        var read = ConflictJson.Deserialize(json);
        Assert.Equal(Imported, read);
        Assert.Equal("crowd size=no report", read.Origin!["tags"]);
        Assert.Null(read.Origin["missing"]);
    }

    [Fact]
    public void A_blank_dataset_cannot_be_constructed_or_read()
    {
        Assert.Throws<ArgumentException>(() => new Origin { Dataset = " " });
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"type":"strike","id":"s","attacker":{"name":"a"},"origin":{"recordId":"X"}}"""));
        Assert.Equal("$.origin", e.Path);
    }

    [Fact]
    public void Cells_built_in_code_that_could_not_be_read_back_are_validation_problems()
    {
        // The reader refuses a repeated cell name, and a cell needs a name and a text: an event built with one would be
        // written as JSON that does not read back, so validation says so first.
        var built = Imported with
        {
            Origin = Imported.Origin! with { Fields = [new OriginField("inter1", "1"), default, new OriginField("tags", null!), new OriginField("inter1", "2"), new OriginField("a b", "x"), new OriginField("a b", "y")] },
        };

        Assert.Equal(
            [
                new ValidationProblem("$.origin.fields", "cell 1 has no name"),
                new ValidationProblem("$.origin.fields.tags", "has no text"),
                new ValidationProblem("$.origin.fields.inter1", "is a repeated cell name"),
                new ValidationProblem("$.origin.fields['a b']", "is a repeated cell name"),
            ],
            built.Validate());
        Assert.Empty(Imported.Validate());
    }

    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    public void A_repeated_name_among_many_cells_is_found_and_distinct_names_are_not(int count)
    {
        // Names of one length and shape land in the same slots of the table that finds repeats.
        var cells = Enumerable.Range(0, count).Select(i => new OriginField($"column_{i:D3}", "v")).ToList();
        var distinct = Imported with { Origin = Imported.Origin! with { Fields = new ValueList<OriginField>(cells) } };
        var repeated = Imported with { Origin = Imported.Origin! with { Fields = new ValueList<OriginField>(cells.Append(new OriginField("column_017", "w"))) } };

        Assert.Empty(distinct.Validate());
        Assert.Equal([new ValidationProblem("$.origin.fields.column_017", "is a repeated cell name")], repeated.Validate());
    }

    // An origin of a UCDP record keeps about forty cells: more than a list builder holds inline.
    private static string WithCells(string id, IEnumerable<(string Name, string Value)> cells) =>
        "{\"type\":\"strike\",\"id\":\"" + id + "\",\"attacker\":{\"name\":\"a\"},\"origin\":{\"dataset\":\"ucdp-ged\",\"fields\":{"
        + string.Join(",", cells.Select(c => "\"" + c.Name + "\":\"" + c.Value + "\"")) + "}}}";

    private static readonly (string Name, string Value)[] ManyCells =
        [.. Enumerable.Range(0, 40).Select(i => ("column_" + i, i % 3 == 0 ? "" : "value " + i))];

    [Fact]
    public void An_origin_of_many_cells_reads_them_all_in_order()
    {
        var read = ConflictJson.Deserialize(WithCells("s1", ManyCells));

        Assert.Equal(ManyCells.Select(c => new OriginField(c.Name, c.Value)), read.Origin!.Fields);
    }

    [Theory]
    [InlineData(1, "column_0")]
    [InlineData(39, "column_0")]
    [InlineData(39, "column_38")]
    [InlineData(39, "column_\\u0033")]
    public void A_repeated_cell_name_is_refused_at_the_name(int at, string name)
    {
        var cells = ManyCells.Take(at).Append((name, "again")).ToList();
        var json = WithCells("s1", cells);

        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        var unescaped = name.Replace("\\u0033", "3", StringComparison.Ordinal);
        Assert.Equal($"duplicate property '{unescaped}'", e.Problem);
        Assert.Equal(json.LastIndexOf("\"" + name + "\"", StringComparison.Ordinal), e.BytePosition);
    }

    [Fact]
    public void A_refused_origin_leaves_the_next_origin_read_whole()
    {
        Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(WithCells("s1", ManyCells.Append(("column_5", "again")))));

        var read = ConflictJson.Deserialize(WithCells("s2", ManyCells.Take(7)));

        Assert.Equal(7, read.Origin!.Fields.Count);
        Assert.Equal("value 5", read.Origin["column_5"]);
    }

    [Fact]
    public void Cells_equal_to_the_last_origins_at_their_position_hold_its_strings()
    {
        var first = ConflictJson.Deserialize(WithCells("s1", ManyCells)).Origin!;
        var second = ConflictJson.Deserialize(WithCells("s2", ManyCells.Select(c => c.Name == "column_7" ? (c.Name, "other") : c))).Origin!;
        var third = ConflictJson.Deserialize(WithCells("s3", ManyCells.Select(c => c.Name == "column_7" ? (c.Name, "other") : c))).Origin!;

        Assert.Same(first.Fields[1].Name, second.Fields[1].Name);
        Assert.Same(first.Fields[1].Value, second.Fields[1].Value);
        Assert.NotEqual(first.Fields[7], second.Fields[7]);
        Assert.Same(first.Fields[7].Name, second.Fields[7].Name);
        Assert.Equal("other", second["column_7"]);
        Assert.Equal(second.Fields, third.Fields);
        Assert.Same(second.Fields[7].Value, third.Fields[7].Value);
    }

    [Fact]
    public void A_cell_that_recurs_a_record_later_reads_as_written()
    {
        (string, string)[] zero = [("id", "1"), ("deaths_a", "0")];
        (string, string)[] three = [("id", "2"), ("deaths_a", "3")];
        (string, string)[] zeroAgain = [("id", "3"), ("deaths_a", "0")];

        var first = ConflictJson.Deserialize(WithCells("s1", zero)).Origin!;
        var second = ConflictJson.Deserialize(WithCells("s2", three)).Origin!;
        var third = ConflictJson.Deserialize(WithCells("s3", zeroAgain)).Origin!;

        Assert.Equal("3", second["deaths_a"]);
        Assert.Equal(first.Fields[1], third.Fields[1]);
        Assert.Equal([new OriginField("id", "3"), new OriginField("deaths_a", "0")], third.Fields);
    }

    [Fact]
    public void Cells_in_another_order_read_as_written_and_a_repeat_among_them_is_still_refused()
    {
        _ = ConflictJson.Deserialize(WithCells("s1", ManyCells));
        var swapped = ManyCells.Take(5).Reverse().Concat(ManyCells.Skip(5)).ToList();

        var read = ConflictJson.Deserialize(WithCells("s2", swapped)).Origin!;
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(WithCells("s3", swapped.Append(("column_2", "again")))));

        Assert.Equal(swapped.Select(c => new OriginField(c.Name, c.Value)), read.Fields);
        Assert.Equal("duplicate property 'column_2'", e.Problem);
    }

    [Fact]
    public void A_cell_that_matches_the_last_origins_text_but_is_not_a_string_is_refused()
    {
        _ = ConflictJson.Deserialize(WithCells("s1", [("inter1", "1")]));
        var json = WithCells("s2", [("inter1", "1")]).Replace("\"inter1\":\"1\"", "\"inter1\":1", StringComparison.Ordinal);

        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(json));

        Assert.Equal("$.origin.fields.inter1", e.Path);
    }

    [Fact]
    public void A_cell_whose_text_is_escaped_or_not_ascii_reads_as_written_after_an_equal_one()
    {
        _ = ConflictJson.Deserialize(WithCells("s1", [("admin1", "Luhansk"), ("place", "Sievierodonetsk")]));

        var read = ConflictJson.Deserialize(WithCells("s2", [("admin\\u0031", "Luh\\u0061nsk"), ("place", "Сєвєродонецьк")])).Origin!;

        Assert.Equal([new OriginField("admin1", "Luhansk"), new OriginField("place", "Сєвєродонецьк")], read.Fields);
    }
}
