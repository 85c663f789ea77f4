using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel;
using ConflictModel.Events;
using NodaTime;

namespace ConflictModel.Tests.Seed;

public class SeedArticleTests
{
    private static readonly LocalDate Friday = new(2022, 6, 24);
    private static readonly LocalDate Saturday = new(2022, 6, 25);

    private static T Find<T>(IReadOnlyList<ConflictEvent> events, string id)
        where T : ConflictEvent
    {
        ConflictEvent found = Assert.Single(events, e => e.Id == id);
        return Assert.IsType<T>(found);
    }

    private static T Find<T>(string id)
        where T : ConflictEvent => Find<T>(SeedArticle.Events, id);

    // ---- The dataset as a whole ---------------------------------------------------------------------------------------

    [Fact]
    public void Has_at_least_twenty_events_with_unique_ids_of_registered_kinds()
    {
        IReadOnlyList<ConflictEvent> events = SeedArticle.Events;

        Assert.True(events.Count >= 20, $"Expected at least 20 events, found {events.Count}.");
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(events, e => Assert.StartsWith("seed-", e.Id, StringComparison.Ordinal));
        Assert.All(events, e =>
        {
            Assert.True(EventCatalog.TryFind(e.GetType(), out EventKind? kind), $"{e.GetType().Name} is not a registered kind.");
            Assert.Equal(kind.Type, e.Type);
        });
    }

    [Fact]
    public void Every_built_in_kind_the_article_calls_for_is_used()
    {
        HashSet<string> types = SeedArticle.Events.Select(e => e.Type).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "accusation", "change-of-command", "control-change", "diplomatic-decision", "evacuation", "ground-assault",
                "information-operation", "sanction", "statement", "strike", "weapons-request", "withdrawal",
            },
            types.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_event_has_a_time_and_is_sourced_to_Reuters()
    {
        SourceRef reuters = new() { Outlet = "Reuters", Channel = SourceChannel.NewsAgency };

        Assert.All(SeedArticle.Events, e =>
        {
            Assert.NotNull(e.When);
            Assert.False(e.Sources.IsEmpty, $"{e.Id} has no source.");
            Assert.Equal(reuters, e.Sources[0]);
        });
    }

    [Fact]
    public void Every_about_id_resolves_to_an_event_of_the_dataset()
    {
        IReadOnlyList<ConflictEvent> events = SeedArticle.Events;
        HashSet<string> ids = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        List<string> links = events.SelectMany(e => e.About).ToList();
        Assert.NotEmpty(links);
        Assert.All(events, e => Assert.All(e.About, about =>
        {
            Assert.Contains(about, ids);
            Assert.NotEqual(e.Id, about);
        }));
    }

    [Fact]
    public void Every_statement_has_a_named_speaker_and_speaks_of_something_or_says_something()
    {
        List<Statement> statements = SeedArticle.Events.OfType<Statement>().ToList();

        Assert.True(statements.Count >= 10, $"Expected at least 10 statements, found {statements.Count}.");
        Assert.All(statements, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Speaker.Name), $"{s.Id} has no speaker name.");
            Assert.NotNull(s.Speaker.Kind);
            Assert.True(s.Quote is not null || s.Content is not null, $"{s.Id} says nothing.");
        });
    }

    // ---- Counts ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void The_missile_strike_counts_exactly_48_cruise_missiles_at_night()
    {
        Strike strike = Assert.Single(
            SeedArticle.Events.OfType<Strike>(),
            s => s.Munitions is { Kind: EstimateKind.Exact } && s.Weapons.Contains(WeaponKind.CruiseMissile));

        Assert.Equal(SeedArticle.SaturdayMissileStrike, strike.Id);
        Assert.Equal(Estimate.Exactly(48), strike.Munitions);
        Assert.Equal(48, strike.Munitions!.Value);
        Assert.Equal(PartOfDay.Night, strike.When!.PartOfDay);
        Assert.Equal(TimePrecision.Day, strike.When.Precision);
        Assert.Equal(Saturday, strike.When.Date);
        Assert.Equal(PlacePrecision.Country, strike.Where!.Precision);
        Assert.Equal(new CountryCode("UA"), strike.Where.Country);
        Assert.Equal(
            new[] { TargetKind.MilitaryFacility, TargetKind.MilitaryFacility, TargetKind.Settlement },
            strike.Targets.Select(t => t.Kind!.Value).ToArray());
    }

    [Fact]
    public void The_hundreds_of_trapped_civilians_imply_200_to_999()
    {
        Strike strike = Find<Strike>(SeedArticle.TwinCitiesFridayStrike);

        Casualties harm = Assert.IsType<Casualties>(strike.Harm);
        Assert.Equal(PopulationGroup.Civilians, harm.Among);
        Estimate trapped = Assert.IsType<Estimate>(harm.Trapped);
        Assert.Equal(EstimateKind.Qualifier, trapped.Kind);
        Assert.Equal(Quantifier.Hundreds, trapped.Quantifier);
        Assert.Equal((200L, (long?)999L), trapped.ImpliedRange());
        Assert.Null(harm.Killed);
        Assert.Equal(new[] { WeaponKind.Artillery, WeaponKind.AirStrike }, strike.Weapons.ToArray());
        Assert.Contains(strike.Targets, t => t.Kind == TargetKind.IndustrialSite && t.Name == "chemical plant");
    }

    [Fact]
    public void Seventeen_people_were_evacuated_from_Lysychansk_on_Friday_by_three_groups()
    {
        Evacuation evacuation = Find<Evacuation>(SeedArticle.LysychanskEvacuation);

        Assert.Equal(Estimate.Exactly(17), evacuation.Evacuated);
        Assert.Equal("Lysychansk", evacuation.From.Name);
        Assert.Equal(new GeoPoint(48.9204, 38.4270), evacuation.From.Point);
        Assert.Equal(Friday, evacuation.When!.Date);
        Assert.Equal(new[] { "police officers", "rescuers", "volunteers" }, evacuation.By.Select(a => a.Name).ToArray());
    }

    [Fact]
    public void The_invasion_sent_tens_of_thousands_of_troops_on_February_24()
    {
        GroundAssault invasion = Find<GroundAssault>(SeedArticle.Invasion);

        Assert.Equal(new[] { AssaultAction.Invasion }, invasion.Actions.ToArray());
        Assert.Equal(Estimate.Approximately(Quantifier.TensOfThousands), invasion.Forces);
        Assert.Equal((20_000L, (long?)99_999L), invasion.Forces!.ImpliedRange());
        Assert.Equal(new LocalDate(2022, 2, 24), invasion.When!.Date);
        Assert.Equal(Estimate.Approximately(Quantifier.Thousands), invasion.Harm!.Killed);
        Assert.Equal(Estimate.Approximately(Quantifier.Millions), invasion.Harm.Displaced);
        Assert.Equal(new CountryCode("RU"), invasion.Attacker.Country);
    }

    [Fact]
    public void Several_generals_were_likely_withdrawn_this_month_per_the_British_defence_ministry()
    {
        ChangeOfCommand change = Find<ChangeOfCommand>(SeedArticle.RussianGeneralsWithdrawn);

        Assert.Equal(CommandChange.Withdrawn, change.Change);
        Assert.Equal(Estimate.Approximately(Quantifier.Several), change.RemovedCount);
        Assert.Equal(TimePrecision.Month, change.When!.Precision);
        Assert.Equal(new LocalDate(2022, 6, 1), change.When.Date);
        Assert.Equal(VerificationStatus.Claimed, change.Verification!.Status);
        Assert.Equal("British defence ministry", change.Verification.By);

        Statement assessment = Find<Statement>(SeedArticle.BritishDefenceMinistryAssessment);
        Assert.Equal(StatementKind.Assessment, assessment.Kind);
        Assert.Equal(new[] { SeedArticle.RussianGeneralsWithdrawn }, assessment.About.ToArray());
    }

    [Fact]
    public void Deep_fakes_fooled_several_mayors_and_Klitschko_demanded_an_investigation()
    {
        InformationOperation operation = Find<InformationOperation>(SeedArticle.KlitschkoDeepFakes);

        Assert.Equal(Estimate.Approximately(Quantifier.Several), operation.TargetCount);
        Assert.Contains(InfluenceMethod.DeepFake, operation.Methods);
        Assert.True(operation.Succeeded);
        Assert.Equal("Vitali Klitschko", operation.Impersonated!.Name);
        Assert.Null(operation.Perpetrator);

        Statement demand = Find<Statement>(SeedArticle.KlitschkoDemand);
        Assert.Equal(StatementKind.Demand, demand.Kind);
        Assert.Equal("Bild", demand.Via!.Outlet);
        Assert.Equal(SourceChannel.Video, demand.Via.Channel);
        Assert.Equal(new[] { SeedArticle.KlitschkoDeepFakes }, demand.About.ToArray());
    }

    // ---- Withdrawals and control ----------------------------------------------------------------------------------------

    [Fact]
    public void The_Sievierodonetsk_withdrawal_is_nearly_complete_not_complete()
    {
        Withdrawal withdrawal = Find<Withdrawal>(SeedArticle.SievierodonetskWithdrawal);

        Assert.Equal(WithdrawalStatus.NearlyComplete, withdrawal.Status);
        Assert.NotEqual(WithdrawalStatus.Complete, withdrawal.Status);
        Place from = Assert.Single(withdrawal.From);
        Assert.Equal("Sievierodonetsk", from.Name);
        Assert.Equal(new GeoPoint(48.9482, 38.4917), from.Point);
        Assert.Equal("Luhansk", from.Admin1);
        Assert.Equal("Russian forces", withdrawal.Pressure!.Name);
    }

    [Fact]
    public void Hirske_and_Zolote_were_left_completely_per_Arestovych()
    {
        Withdrawal withdrawal = Find<Withdrawal>(SeedArticle.HirskeZoloteWithdrawal);

        Assert.Equal(WithdrawalStatus.Complete, withdrawal.Status);
        Assert.Equal(new[] { "Hirske", "Zolote" }, withdrawal.From.Select(p => p.Name).ToArray());

        Statement arestovych = Find<Statement>(SeedArticle.ArestovychStatement);
        Assert.Equal("Oleksiy Arestovych", arestovych.Speaker.Name);
        Assert.Equal(new[] { SeedArticle.HirskeZoloteWithdrawal }, arestovych.About.ToArray());
    }

    [Fact]
    public void Stryuk_claimed_the_troops_almost_left_on_television_and_refused_to_confirm_a_full_withdrawal()
    {
        Statement claim = Find<Statement>(SeedArticle.StryukTelevisionStatement);
        Statement refusal = Find<Statement>(SeedArticle.StryukRefusalToConfirm);

        Assert.Equal(StatementKind.Claim, claim.Kind);
        Assert.Equal("Unfortunately, they have almost left the city", claim.Quote);
        Assert.Equal(SourceChannel.Television, claim.Via!.Channel);
        Assert.Equal(StatementKind.RefusalToConfirm, refusal.Kind);
        Assert.Equal(claim.Speaker, refusal.Speaker);
        Assert.Equal("Mayor of Sievierodonetsk", claim.Speaker.Role);
        Assert.Equal(new[] { SeedArticle.SievierodonetskWithdrawal }, claim.About.ToArray());
        Assert.Equal(new[] { SeedArticle.SievierodonetskWithdrawal }, refusal.About.ToArray());
    }

    [Fact]
    public void Lysychansk_is_expected_to_fall_within_a_week_and_a_half_per_Kiselev_via_TASS()
    {
        ControlChange change = Find<ControlChange>(SeedArticle.LysychanskControlExpected);

        Assert.Equal(ControlStatus.Expected, change.Status);
        Assert.Equal(ControlExtent.Full, change.Extent);
        EventTime expectedBy = Assert.IsType<EventTime>(change.ExpectedBy);
        Assert.Equal(new DateInterval(new LocalDate(2022, 7, 4), new LocalDate(2022, 7, 6)), expectedBy.Range);
        Assert.Equal("another week and a half", expectedBy.Phrase);

        Statement kiselev = Find<Statement>(SeedArticle.KiselevForecast);
        Assert.Equal(StatementKind.Forecast, kiselev.Kind);
        Assert.Equal("TASS", kiselev.Via!.Outlet);
        Assert.Equal(SourceChannel.NewsAgency, kiselev.Via.Channel);
        Assert.Null(kiselev.Speaker.Country);
        Assert.Contains("Luhansk People's Republic", kiselev.Speaker.Affiliation, StringComparison.Ordinal);
        Assert.Equal(new[] { SeedArticle.LysychanskControlExpected }, kiselev.About.ToArray());
    }

    [Fact]
    public void Mariupol_was_lost_in_May()
    {
        ControlChange mariupol = Find<ControlChange>(SeedArticle.MariupolLost);

        Assert.Equal(ControlStatus.Completed, mariupol.Status);
        Assert.Equal(EventTime.InMonth(2022, 5).WithPhrase("in May"), mariupol.When);
        Assert.Equal("Ukraine", mariupol.LostBy!.Name);
    }

    [Fact]
    public void The_blockade_of_Lysychansk_was_only_attempted_and_the_Kyiv_advance_abandoned()
    {
        GroundAssault blockade = Find<GroundAssault>(SeedArticle.LysychanskBlockadeAttempt);
        GroundAssault kyiv = Find<GroundAssault>(SeedArticle.KyivAdvanceAbandoned);

        Assert.Equal(new[] { AssaultAction.Enter, AssaultAction.Blockade }, blockade.Actions.ToArray());
        Assert.Equal(AssaultOutcome.Attempted, blockade.Outcome);
        Assert.Equal(AssaultOutcome.Abandoned, kyiv.Outcome);
        Assert.Equal("Kyiv", kyiv.Where!.Name);
    }

    // ---- Statements, sources and verification -----------------------------------------------------------------------------

    [Fact]
    public void The_governor_of_Luhansk_posted_on_Telegram_and_the_post_is_unverified()
    {
        Statement post = Find<Statement>(SeedArticle.GaidaiTelegramPost);

        Assert.Equal("Serhiy Gaidai", post.Speaker.Name);
        Assert.Equal("Governor of the Luhansk region", post.Speaker.Role);
        Assert.Equal("Telegram", post.Via!.Platform);
        Assert.Equal(SourceChannel.Messenger, post.Via.Channel);
        Assert.Equal(Verification.Unverified("Reuters"), post.Verification);
        Assert.Equal("There was an air strike at Lysychansk. Sievierodonetsk was hit by artillery.", post.Quote);
    }

    [Fact]
    public void The_events_the_Telegram_post_reports_are_unverified_too()
    {
        IReadOnlyList<ConflictEvent> events = SeedArticle.Events;
        Statement post = Find<Statement>(events, SeedArticle.GaidaiTelegramPost);

        Assert.Equal(
            new[]
            {
                SeedArticle.LysychanskAirStrike, SeedArticle.SievierodonetskArtillery, SeedArticle.AzotAndVillagesShelling,
                SeedArticle.SievierodonetskIndustrialZoneAssault, SeedArticle.LysychanskBlockadeAttempt,
            },
            post.About.ToArray());
        Assert.All(post.About, id =>
            Assert.Equal(VerificationStatus.Unverified, events.Single(e => e.Id == id).Verification!.Status));

        Strike azot = Find<Strike>(events, SeedArticle.AzotAndVillagesShelling);
        Assert.True(azot.Harm!.NoneReported);
        Assert.Equal(
            new[] { "Azot chemical plant", "Synetsky", "Pavlograd", "other villages" },
            azot.Targets.Select(t => t.Name!).ToArray());
    }

    [Fact]
    public void Statements_link_to_the_events_they_speak_of()
    {
        IReadOnlyList<ConflictEvent> events = SeedArticle.Events;

        Assert.Contains(SeedArticle.SaturdayMissileStrike, Find<Statement>(events, SeedArticle.PodolyakTweet).About);
        Assert.Contains(SeedArticle.SievierodonetskWithdrawal, Find<Statement>(events, SeedArticle.StarskyiStatement).About);
        Assert.Contains(SeedArticle.SievierodonetskWithdrawal, Find<Statement>(events, SeedArticle.RegionalAuthoritiesPullBackAnnouncement).About);
        Assert.Contains(SeedArticle.WarCrimesAccusation, Find<Statement>(events, SeedArticle.RussiaWarCrimesDenial).About);
        Assert.Contains(SeedArticle.EuCandidacy, Find<Statement>(events, SeedArticle.RussiaEnslavingCondemnation).About);

        Assert.Equal(StatementKind.Announcement, Find<Statement>(events, SeedArticle.RegionalAuthoritiesPullBackAnnouncement).Kind);
        Assert.Equal(StatementKind.Denial, Find<Statement>(events, SeedArticle.RussiaWarCrimesDenial).Kind);
        Assert.Equal("enslaving", Find<Statement>(events, SeedArticle.RussiaEnslavingCondemnation).Quote);
    }

    [Fact]
    public void Podolyak_spoke_on_Twitter_and_Kuleba_in_an_interview_with_Corriere_della_Sera()
    {
        Statement podolyak = Find<Statement>(SeedArticle.PodolyakTweet);
        Statement kuleba = Find<Statement>(SeedArticle.KulebaInterview);

        Assert.Equal(SourceChannel.SocialMedia, podolyak.Via!.Channel);
        Assert.Equal("Twitter", podolyak.Via.Platform);
        Assert.Equal(SourceChannel.Interview, kuleba.Via!.Channel);
        Assert.Equal("Corriere della Sera", kuleba.Via.Outlet);
        Assert.Equal(StatementKind.Reassurance, kuleba.Kind);
        Assert.Equal(Friday, kuleba.When!.Date);
    }

    [Fact]
    public void The_war_crimes_accusation_is_recurring_and_denied_by_Russia()
    {
        Accusation accusation = Find<Accusation>(SeedArticle.WarCrimesAccusation);

        Assert.Equal(AllegationKind.WarCrimes, accusation.Allegation);
        Assert.Equal(PopulationGroup.Civilians, accusation.Victims);
        Assert.True(accusation.Recurring);
        Assert.Equal(Verification.Denied("Russia"), accusation.Verification);
        Assert.Equal(new[] { "Kyiv", "the West" }, accusation.Accusers.Select(a => a.Name).ToArray());
    }

    [Fact]
    public void Zaluzhniy_asked_his_US_counterpart_by_phone_for_fire_parity_on_Friday()
    {
        WeaponsRequest request = Find<WeaponsRequest>(SeedArticle.ZaluzhniyWeaponsRequest);

        Assert.Equal("Valeriy Zaluzhniy", request.Requester.Name);
        Assert.Equal(new CountryCode("US"), Assert.Single(request.Addressees).Country);
        Assert.Equal("fire parity", request.Quote);
        Assert.Equal(SourceChannel.PhoneCall, request.Via!.Channel);
        Assert.Contains("Luhansk", request.Purpose, StringComparison.Ordinal);
        Assert.Equal(Friday, request.When!.Date);
    }

    [Fact]
    public void The_EU_granted_candidacy_this_week_and_Finland_and_Sweden_seek_NATO_membership()
    {
        DiplomaticDecision eu = Find<DiplomaticDecision>(SeedArticle.EuCandidacy);
        DiplomaticDecision nato = Find<DiplomaticDecision>(SeedArticle.FinlandSwedenNatoApplication);
        Sanction sanctions = Find<Sanction>(SeedArticle.WesternSanctions);

        Assert.Equal(DecisionKind.GrantCandidacy, eu.Decision);
        Assert.Equal("Ukraine", eu.Subject!.Name);
        Assert.Equal(TimePrecision.Week, eu.When!.Precision);
        Assert.Equal(new LocalDate(2022, 6, 20), eu.When.Date);
        Assert.Equal(DecisionKind.ApplyForMembership, nato.Decision);
        Assert.Equal(new[] { "FI", "SE" }, nato.DecidedBy.Select(a => a.Country!.Value.Value).ToArray());
        Assert.Equal("NATO", nato.Organization!.Name);
        Assert.Equal(SanctionStatus.Imposed, sanctions.Status);
        Assert.Equal(3, sanctions.Targets.Count);
    }

    // ---- Facts with fields of their own --------------------------------------------------------------------------------

    [Fact]
    public void Putin_ordered_the_invasion_and_the_Kyiv_advance_was_abandoned_in_the_face_of_resistance()
    {
        GroundAssault invasion = Find<GroundAssault>(SeedArticle.Invasion);
        GroundAssault kyiv = Find<GroundAssault>(SeedArticle.KyivAdvanceAbandoned);

        Assert.Equal("Vladimir Putin", invasion.OrderedBy!.Name);
        Assert.Equal("President of Russia", invasion.OrderedBy.Role);
        Assert.Equal(new CountryCode("RU"), invasion.OrderedBy.Country);
        Assert.DoesNotContain("Ordered by", invasion.Notes, StringComparison.Ordinal);
        Assert.Equal(AssaultOutcome.Abandoned, kyiv.Outcome);
        Assert.Contains("fierce resistance", kyiv.Reason, StringComparison.Ordinal);
        Assert.Contains("Western weapons", kyiv.Reason, StringComparison.Ordinal);
        Assert.Null(kyiv.Notes);
    }

    [Fact]
    public void News_of_the_Sievierodonetsk_withdrawal_was_delayed_and_it_is_weighed_against_Mariupol()
    {
        Withdrawal sievierodonetsk = Find<Withdrawal>(SeedArticle.SievierodonetskWithdrawal);
        Withdrawal hirskeZolote = Find<Withdrawal>(SeedArticle.HirskeZoloteWithdrawal);

        Assert.True(sievierodonetsk.DisclosureDelayed);
        Assert.Null(hirskeZolote.DisclosureDelayed);
        Assert.Contains("biggest reversal", sievierodonetsk.Significance, StringComparison.Ordinal);
        Assert.Contains("Mariupol", sievierodonetsk.Significance, StringComparison.Ordinal);
        Assert.Contains(SeedArticle.SievierodonetskWithdrawal, Find<Statement>(SeedArticle.StarskyiStatement).About);
    }

    [Fact]
    public void Ranks_repeats_fakes_and_the_weight_of_sanctions_and_candidacy_have_fields()
    {
        ChangeOfCommand change = Find<ChangeOfCommand>(SeedArticle.RussianGeneralsWithdrawn);
        WeaponsRequest request = Find<WeaponsRequest>(SeedArticle.ZaluzhniyWeaponsRequest);
        InformationOperation fakes = Find<InformationOperation>(SeedArticle.KlitschkoDeepFakes);
        Sanction sanctions = Find<Sanction>(SeedArticle.WesternSanctions);
        DiplomaticDecision eu = Find<DiplomaticDecision>(SeedArticle.EuCandidacy);
        Statement stryuk = Find<Statement>(SeedArticle.StryukTelevisionStatement);

        Assert.Equal("generals", change.Rank);
        Assert.Null(change.Notes);
        Assert.True(request.Recurring);
        Assert.Equal(Estimate.Approximately(Quantifier.Several), fakes.ItemCount);
        Assert.Contains("absurd things", fakes.Content, StringComparison.Ordinal);
        Assert.Contains("unprecedented", sanctions.Significance, StringComparison.Ordinal);
        Assert.Null(sanctions.Notes);
        Assert.Equal("A major sign of support", eu.Significance);
        Assert.Null(eu.Notes);
        Assert.Equal(new SourceRef { Channel = SourceChannel.Television, Speaker = stryuk.Speaker }, stryuk.Via);
        Assert.Null(stryuk.Via!.Outlet);
        Assert.Null(stryuk.Notes);
    }

    // ---- Dates ----------------------------------------------------------------------------------------------------------

    [Fact]
    public void Dates_of_every_precision_the_article_uses_are_present()
    {
        List<EventTime> times = SeedArticle.Events.Select(e => e.When!).ToList();

        Assert.Contains(times, t => t.Precision == TimePrecision.Day && t.Date is not null);
        Assert.Contains(times, t => t.Precision == TimePrecision.Month);
        Assert.Contains(times, t => t.Precision == TimePrecision.Week);
        Assert.Contains(times, t => t.Range is not null);

        Withdrawal withdrawal = Find<Withdrawal>(SeedArticle.SievierodonetskWithdrawal);
        Assert.Null(withdrawal.When!.Date);
        Assert.Equal(Saturday, withdrawal.When.Range!.End);
        Assert.Equal("During the last (several) days", withdrawal.When.Phrase);
    }

    [Fact]
    public void Friday_events_are_on_24_June_2022_and_Saturday_events_on_25_June()
    {
        List<ConflictEvent> events = SeedArticle.Events.ToList();
        List<ConflictEvent> friday = events.Where(e => e.When!.Phrase?.Contains("Friday", StringComparison.OrdinalIgnoreCase) == true).ToList();
        List<ConflictEvent> saturday = events.Where(e => e.When!.Phrase?.Contains("Saturday", StringComparison.OrdinalIgnoreCase) == true).ToList();

        Assert.True(friday.Count >= 5, $"Expected at least 5 Friday events, found {friday.Count}.");
        Assert.True(saturday.Count >= 5, $"Expected at least 5 Saturday events, found {saturday.Count}.");
        Assert.All(friday, e =>
        {
            Assert.Equal(TimePrecision.Day, e.When!.Precision);
            Assert.Equal(Friday, e.When.Date);
            Assert.Equal(IsoDayOfWeek.Friday, e.When.Date!.Value.DayOfWeek);
        });
        Assert.All(saturday, e => Assert.Equal(Saturday, e.When!.Date));
        Assert.Contains(friday, e => e.Id == SeedArticle.RegionalAuthoritiesPullBackAnnouncement);
        Assert.Contains(friday, e => e.Id == SeedArticle.TwinCitiesFridayStrike);
    }

    // ---- Value semantics -----------------------------------------------------------------------------------------------

    [Fact]
    public void Building_twice_gives_equal_but_distinct_events()
    {
        IReadOnlyList<ConflictEvent> a = SeedArticle.Build();
        IReadOnlyList<ConflictEvent> b = SeedArticle.Build();

        Assert.NotSame(a, b);
        Assert.Equal(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.NotSame(a[i], b[i]);
            Assert.Equal(a[i], b[i]);
            Assert.Equal(a[i].GetHashCode(), b[i].GetHashCode());
        }
    }

    [Fact]
    public void Changing_one_list_item_with_a_with_expression_makes_the_event_unequal()
    {
        Withdrawal original = Find<Withdrawal>(SeedArticle.HirskeZoloteWithdrawal);

        Withdrawal copied = original with { From = [.. original.From] };
        Withdrawal changed = original with { From = [original.From[0], original.From[1] with { Name = "Toshkivka" }] };
        Statement post = Find<Statement>(SeedArticle.GaidaiTelegramPost);
        Statement relinked = post with { About = [.. post.About.Take(post.About.Count - 1), SeedArticle.SievierodonetskWithdrawal] };

        Assert.Equal(original, copied);
        Assert.NotEqual(original, changed);
        Assert.Equal(original with { From = changed.From, Status = WithdrawalStatus.Complete }, changed);
        Assert.NotEqual(post, relinked);
    }
}
