using ConflictModel.Events;
using ConflictModel.Serialization;
using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.Seed;

/// <summary>The checked-in dataset <c>data/seed/article.jsonl</c>: read, validated, round-tripped, and its facts checked.</summary>
public class SeedDatasetTests
{
    private static async Task<List<ConflictEvent>> ReadDataset()
    {
        var events = new List<ConflictEvent>();
        await foreach (var e in JsonLines.ReadFileAsync(RepositoryPaths.SeedDataset))
        {
            events.Add(e);
        }

        return events;
    }

    [Fact]
    public async Task The_dataset_holds_exactly_the_events_encoded_in_csharp()
    {
        if (Environment.GetEnvironmentVariable("CONFLICTMODEL_WRITE_SEED") == "1")
        {
            // Regenerates the dataset after a deliberate change to SeedArticle: CONFLICTMODEL_WRITE_SEED=1 dotnet test.
            await using var output = File.Create(RepositoryPaths.SeedDataset);
            await JsonLines.WriteAsync(output, SeedArticle.Build());
        }

        var events = await ReadDataset();

        Assert.True(events.Count >= 20);
        Assert.Equal(SeedArticle.Build(), events);
    }

    [Fact]
    public async Task Every_event_is_valid_and_every_about_link_resolves()
    {
        var events = await ReadDataset();
        var ids = events.Select(e => e.Id).ToHashSet();

        Assert.All(events, e => Assert.Empty(e.Validate()));
        Assert.All(events.SelectMany(e => e.About), id => Assert.Contains(id, ids));
        Assert.DoesNotContain(events, e => e is UnknownEvent);
    }

    [Fact]
    public async Task Read_then_write_reproduces_the_file_byte_for_byte()
    {
        var original = await File.ReadAllBytesAsync(RepositoryPaths.SeedDataset);
        using var output = new MemoryStream();

        await JsonLines.WriteAsync(output, await ReadDataset());

        Assert.Equal(original, output.ToArray());
    }

    [Fact]
    public async Task The_count_of_cruise_missiles_is_exactly_48()
    {
        var strike = (await ReadDataset()).OfType<Strike>().Single(s => s.Weapons.Contains(WeaponKind.CruiseMissile));

        Assert.Equal(Estimate.Exactly(48), strike.Munitions);
        Assert.Equal(EstimateKind.Exact, strike.Munitions!.Kind);
        Assert.Equal(48, strike.Munitions.Value);
    }

    [Fact]
    public async Task The_sievierodonetsk_withdrawal_is_not_complete()
    {
        var withdrawal = (await ReadDataset()).OfType<Withdrawal>().Single(w => w.Id == SeedArticle.SievierodonetskWithdrawal);

        Assert.Equal("Sievierodonetsk", Assert.Single(withdrawal.From).Name);
        Assert.NotEqual(WithdrawalStatus.Complete, withdrawal.Status);
        Assert.Equal(WithdrawalStatus.NearlyComplete, withdrawal.Status);
    }

    [Fact]
    public async Task The_luhansk_governors_statement_was_posted_on_telegram_and_is_unverified()
    {
        var statement = (await ReadDataset()).OfType<Statement>().Single(s => s.Speaker.Name == "Serhiy Gaidai" && s.Via?.Platform == "Telegram");

        Assert.Equal(SourceChannel.Messenger, statement.Via!.Channel);
        Assert.Equal(VerificationStatus.Unverified, statement.Verification!.Status);
        Assert.Equal("Reuters", statement.Verification.By);
        Assert.Contains("Luhansk", statement.Speaker.Role);
    }

    [Fact]
    public async Task Statements_link_to_the_events_they_speak_of()
    {
        var events = (await ReadDataset()).ToDictionary(e => e.Id);

        var stryuk = (Statement)events[SeedArticle.StryukTelevisionStatement];

        Assert.Equal(SourceChannel.Television, stryuk.Via!.Channel);
        Assert.Contains(SeedArticle.SievierodonetskWithdrawal, stryuk.About);
        Assert.IsType<Withdrawal>(events[stryuk.About[0]]);
    }
}
