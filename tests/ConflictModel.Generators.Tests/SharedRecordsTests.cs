namespace ConflictModel.Generators.Tests;

/// <summary>
/// A generated reader may hand back the record of a type, or the list of a length, it read last when the new one is
/// equal, but never where equality is looser than the text: links equal but for their fragment, decimals equal but
/// for their scale, and coordinates of zero and minus zero must each come back as written.
/// </summary>
public class SharedRecordsTests
{
    private const string Schema = """
        {
          "event": "Payment", "type": "payment", "version": 1,
          "fields": {
            "terms": { "type": "Terms" },
            "count": { "type": "Tally" },
            "amounts": { "type": "decimal[]" },
            "points": { "type": "GeoPoint[]" }
          },
          "records": {
            "Terms": { "fields": { "link": { "type": "uri" }, "amount": { "type": "decimal" }, "at": { "type": "GeoPoint" }, "where": { "type": "Place" } } },
            "Tally": { "fields": { "paid": { "type": "int" }, "note": { "type": "string" } } }
          }
        }
        """;

    private static readonly Lazy<EventKind> Kind = new(() =>
        CompiledSchemas.Kinds(CompiledSchemas.Load("Shared", ("/payment.event.json", Schema)), "Shared").Single());

    public static TheoryData<string, string> TermsEqualButWrittenDifferently => new()
    {
        { """{"link":"https://example.org/a#top"}""", """{"link":"https://example.org/a#end"}""" },
        { """{"link":"https://example.org/a"}""", """{"link":"https://user@example.org/a"}""" },
        { """{"amount":1.0}""", """{"amount":1.00}""" },
        { """{"at":{"latitude":0,"longitude":30}}""", """{"at":{"latitude":-0,"longitude":30}}""" },
        { """{"where":{"name":"x","point":{"latitude":10,"longitude":0},"precision":"locality"}}""", """{"where":{"name":"x","point":{"latitude":10,"longitude":-0},"precision":"locality"}}""" },
    };

    [Theory]
    [MemberData(nameof(TermsEqualButWrittenDifferently))]
    public void A_record_equal_to_the_last_but_written_differently_comes_back_as_written(string first, string second) =>
        AssertReadInTurnComeBackAsWritten(Event("p1", first), Event("p2", second));

    [Fact]
    public void A_record_of_exact_fields_equal_to_the_last_is_that_instance()
    {
        var one = CompiledSchemas.Read(Kind.Value, """{"type":"payment","id":"p1","schemaVersion":1,"count":{"paid":3,"note":"cash"}}""");
        var two = CompiledSchemas.Read(Kind.Value, """{"type":"payment","id":"p2","schemaVersion":1,"count":{"paid":3,"note":"cash"}}""");
        var three = CompiledSchemas.Read(Kind.Value, """{"type":"payment","id":"p3","schemaVersion":1,"count":{"paid":4,"note":"cash"}}""");

        Assert.Same(CompiledSchemas.Get(one, "Count"), CompiledSchemas.Get(two, "Count"));
        Assert.NotEqual(CompiledSchemas.Get(two, "Count"), CompiledSchemas.Get(three, "Count"));
    }

    public static TheoryData<string, string> ListsEqualButWrittenDifferently => new()
    {
        { "\"amounts\":[1.0]", "\"amounts\":[1.00]" },
        { "\"amounts\":[2,1.0]", "\"amounts\":[2,1.00]" },
        { "\"points\":[{\"latitude\":0,\"longitude\":30}]", "\"points\":[{\"latitude\":-0,\"longitude\":30}]" },
    };

    [Theory]
    [MemberData(nameof(ListsEqualButWrittenDifferently))]
    public void A_list_equal_to_the_last_but_written_differently_comes_back_as_written(string first, string second) =>
        AssertReadInTurnComeBackAsWritten(List("p1", first), List("p2", second));

    // Both are read before either is written, so the second read meets the first as the last of its kind.
    private static void AssertReadInTurnComeBackAsWritten(string first, string second)
    {
        var one = CompiledSchemas.Read(Kind.Value, first);
        var two = CompiledSchemas.Read(Kind.Value, second);

        Assert.Equal(first, CompiledSchemas.Write(Kind.Value, one));
        Assert.Equal(second, CompiledSchemas.Write(Kind.Value, two));
    }

    private static string List(string id, string property) => $$"""{"type":"payment","id":"{{id}}","schemaVersion":1,{{property}}}""";

    private static string Event(string id, string terms) => $$"""{"type":"payment","id":"{{id}}","schemaVersion":1,"terms":{{terms}}}""";
}
