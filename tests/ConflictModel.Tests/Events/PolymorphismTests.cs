using ConflictModel.Events;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Events;

public class PolymorphismTests
{
    private const string Withdrawal = """{"type":"withdrawal","id":"w1","schemaVersion":1,"forces":{"name":"Ukrainian troops","kind":"state-forces"},"from":[{"name":"Hirske","precision":"locality"}],"status":"complete"}""";

    [Fact]
    public void The_type_property_selects_the_generated_record_wherever_it_stands()
    {
        var moved = """{"id":"w1","forces":{"name":"Ukrainian troops"},"from":[{"name":"Hirske"}],"status":"complete","type":"withdrawal"}""";

        var first = Assert.IsType<Withdrawal>(ConflictJson.Deserialize(Withdrawal));
        var last = Assert.IsType<Withdrawal>(ConflictJson.Deserialize(moved));

        Assert.Equal(WithdrawalStatus.Complete, first.Status);
        Assert.Equal(first.From, last.From);
    }

    [Fact]
    public void An_unknown_type_is_kept_whole_and_written_back_byte_for_byte()
    {
        var json = """{"type":"ceasefire","id":"c1","schemaVersion":3,"parties":["Russia","Ukraine"],"holds":false}""";

        var read = ConflictJson.Deserialize(json);

        var unknown = Assert.IsType<UnknownEvent>(read);
        Assert.Equal("ceasefire", unknown.Type);
        Assert.Equal("c1", unknown.Id);
        Assert.Equal(3, unknown.SchemaVersion);
        Assert.Equal(json, ConflictJson.Serialize(unknown));
        var problem = Assert.Single(unknown.Validate());
        Assert.Equal("$.type", problem.Path);
        Assert.Contains("unknown event type 'ceasefire'", problem.Message);
    }

    [Fact]
    public void A_type_naming_a_dotnet_type_is_never_instantiated()
    {
        var json = """{"type":"ConflictModel.Events.Strike, ConflictModel","id":"x","attacker":{"name":"a"}}""";

        var read = ConflictJson.Deserialize(json);

        Assert.IsType<UnknownEvent>(read);
    }

    [Fact]
    public void A_dollar_type_property_is_data_not_a_dispatch_hint()
    {
        var json = Withdrawal.Replace("{\"type\"", "{\"$type\":\"ConflictModel.Events.Strike, ConflictModel\",\"type\"");

        var read = Assert.IsType<Withdrawal>(ConflictJson.Deserialize(json));

        var kept = Assert.Single(read.UnknownFields);
        Assert.Equal("$type", kept.Name);
        Assert.Contains("\"$type\":\"ConflictModel.Events.Strike, ConflictModel\"", ConflictJson.Serialize(read));
    }

    [Fact]
    public void A_missing_type_is_an_error_at_the_object()
    {
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize("""{"id":"x"}"""));

        Assert.Contains("missing required property 'type'", e.Message);
        Assert.Equal("$", e.Path);
        Assert.Equal(1, e.LineNumber);
    }

    [Fact]
    public void Reading_a_kind_whose_type_does_not_match_fails()
    {
        var e = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize<Strike>(Withdrawal));

        Assert.Contains("expected an event of kind 'Strike'", e.Message);
    }
}
