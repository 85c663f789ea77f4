using ConflictModel.Events;
using ConflictModel.Tests.Seed;

namespace ConflictModel.Tests.Events;

public class ValidationTests
{
    private static readonly Actor Russia = new() { Name = "Russian forces", Kind = ActorKind.StateForces };

    [Fact]
    public void Every_seed_event_is_valid()
    {
        foreach (var e in SeedArticle.Build())
        {
            Assert.True(e.Validate().Count == 0, $"{e.Id}: {string.Join("; ", e.Validate())}");
        }
    }

    [Fact]
    public void Every_problem_is_reported_with_its_json_path()
    {
        var strike = new Strike
        {
            Id = " ",
            Attacker = Russia,
            Targets =
            [
                new Target { Kind = TargetKind.MilitaryFacility, Name = "depot" },
                new Target { Kind = TargetKind.IndustrialSite, Name = "" },
            ],
            About = ["s1", ""],
        };

        var problems = strike.Validate().Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                "$.id: is required and must not be blank",
                "$.about[1]: must be an event id, not blank",
                "$.targets[1].name: must have at least 1 character(s)",
            ],
            problems);
    }

    [Fact]
    public void An_empty_required_list_is_one_problem()
    {
        var withdrawal = new Withdrawal { Id = "w", Forces = Russia, From = [], Status = WithdrawalStatus.Complete };

        var problems = withdrawal.Validate();

        Assert.Equal("$.from: is required and must not be empty", Assert.Single(problems).ToString());
    }

    [Fact]
    public void A_required_reference_left_null_is_reported()
    {
        var statement = new Statement { Id = "st", Speaker = null!, Kind = StatementKind.Claim };

        Assert.Equal("$.speaker: is required", Assert.Single(statement.Validate()).ToString());
    }

    [Fact]
    public void An_event_about_itself_is_reported()
    {
        var statement = new Statement { Id = "st", Speaker = Russia, Kind = StatementKind.Denial, About = ["st"] };

        Assert.Equal("$.about[0]: an event cannot be about itself", Assert.Single(statement.Validate()).ToString());
    }

    [Fact]
    public void A_required_list_with_min_items_reports_emptiness_once()
    {
        var problems = new ConflictModel.Events.Sanction
        {
            Id = "s",
            ImposedBy = [new Actor { Name = "EU" }],
            Targets = [],
        }.Validate();

        Assert.Equal("$.targets: is required and must not be empty", Assert.Single(problems).ToString());
    }

    [Fact]
    public void An_envelope_value_kept_verbatim_is_reported()
    {
        var read = ConflictModel.Serialization.ConflictJson.Deserialize("""{"type":"statement","id":"st","when":{"precision":"fortnight","date":"2022-06-24"},"speaker":{"name":"a"},"kind":"claim"}""");

        Assert.Equal("when", Assert.Single(read.UnknownFields).Name);
        Assert.Contains(read.Validate(), p => p.Path == "$.when" && p.Message.Contains("envelope", StringComparison.Ordinal));
    }
}
