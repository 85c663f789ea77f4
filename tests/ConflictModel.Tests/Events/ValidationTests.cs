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
    public void Required_lists_and_min_items_are_checked()
    {
        var withdrawal = new Withdrawal { Id = "w", Forces = Russia, From = [], Status = WithdrawalStatus.Complete };

        var problems = withdrawal.Validate();

        Assert.Contains(problems, p => p.Path == "$.from" && p.Message == "is required and must not be empty");
        Assert.Contains(problems, p => p.Path == "$.from" && p.Message.StartsWith("must have at least 1 item", StringComparison.Ordinal));
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
}
