using System.Collections.Generic;
using ConflictModel;
using ConflictModel.Events;
using NodaTime;

namespace ConflictModel.Tests.Seed;

/// <summary>
/// Every event reported in the seed news article (<c>/work/shared/seed/article.txt</c>, a Reuters report of
/// Saturday 25 June 2022 on the Ukrainian withdrawal from Sievierodonetsk), encoded with the generated event types.
/// </summary>
/// <remarks>
/// <para>
/// The article is read sentence by sentence. Facts go into the field made for them; <see cref="ConflictEvent.Notes"/>
/// holds only what no field can carry. Statements link to the events they speak of through <see cref="ConflictEvent.About"/>.
/// </para>
/// <para>
/// Dating conventions: "on Friday" is 2022-06-24 and "on Saturday" 2022-06-25 (Kuleba: "We are (there) on June 24").
/// A statement or event the article reports without a day is dated to the span the article covers, Friday to Saturday;
/// a standing fact of the war ("have regularly said", "has imposed") to the span from the invasion to the report.
/// </para>
/// <para>
/// Three teaser headlines of other articles are embedded in the text ("Call reveals Putin told Macron he 'wanted to play
/// ice hockey' on eve of war", "Chinese-hosted BRICS summit swerves controversy over Ukraine and Taiwan", "World leaders
/// seek united front for Ukraine as war rages"). They are links to other stories, not reports of this one, and the
/// article gives no facts about them, so they are not encoded. The section headings "Fake videos 'fool European mayors'"
/// and "'Orderly retreats'" only title the paragraphs below them and add no fact of their own.
/// </para>
/// <para>
/// <see cref="Build"/> creates every event, actor, place and source afresh, so two calls return equal but distinct objects.
/// </para>
/// </remarks>
internal static class SeedArticle
{
    // ---- Event ids ------------------------------------------------------------------------------------------------

    /// <summary>Ukrainian troops have "almost left" Sievierodonetsk.</summary>
    public const string SievierodonetskWithdrawal = "seed-withdrawal-sievierodonetsk";

    /// <summary>Mayor Stryuk on national television: "they have almost left the city".</summary>
    public const string StryukTelevisionStatement = "seed-statement-stryuk-tv";

    /// <summary>Mayor Stryuk did not confirm whether a full withdrawal was underway.</summary>
    public const string StryukRefusalToConfirm = "seed-statement-stryuk-no-confirmation";

    /// <summary>Regional authorities on Friday: Ukraine set to pull back its troops from Sievierodonetsk.</summary>
    public const string RegionalAuthoritiesPullBackAnnouncement = "seed-statement-regional-authorities-pullback";

    /// <summary>Ukraine lost the port of Mariupol in May.</summary>
    public const string MariupolLost = "seed-control-change-mariupol";

    /// <summary>48 Russian cruise missiles across Ukraine on Saturday night.</summary>
    public const string SaturdayMissileStrike = "seed-strike-missiles-across-ukraine";

    /// <summary>Friday artillery and air strikes on Sievierodonetsk and Lysychansk, hitting a chemical plant.</summary>
    public const string TwinCitiesFridayStrike = "seed-strike-sievierodonetsk-lysychansk-friday";

    /// <summary>The Russian invasion of 24 February 2022.</summary>
    public const string Invasion = "seed-ground-assault-invasion";

    /// <summary>Podolyak on Twitter: "48 cruise missiles. At night. Throughout whole Ukraine".</summary>
    public const string PodolyakTweet = "seed-statement-podolyak-twitter";

    /// <summary>Podolyak: Russia is still trying to intimidate Ukraine.</summary>
    public const string PodolyakIntimidation = "seed-statement-podolyak-intimidation";

    /// <summary>Moscow closer to taking full control of the Luhansk region.</summary>
    public const string LuhanskRegionControl = "seed-control-change-luhansk-region";

    /// <summary>Kiselev to TASS: another week and a half to secure full control of Lysychansk.</summary>
    public const string KiselevForecast = "seed-statement-kiselev-tass";

    /// <summary>Full control of Lysychansk expected within a week and a half.</summary>
    public const string LysychanskControlExpected = "seed-control-change-lysychansk-expected";

    /// <summary>Russian forces attacked Sievierodonetsk's industrial zone on Saturday.</summary>
    public const string SievierodonetskIndustrialZoneAssault = "seed-ground-assault-sievierodonetsk-industrial-zone";

    /// <summary>Russian forces attempted to enter and blockade Lysychansk on Saturday.</summary>
    public const string LysychanskBlockadeAttempt = "seed-ground-assault-lysychansk-blockade";

    /// <summary>An air strike at Lysychansk on Saturday.</summary>
    public const string LysychanskAirStrike = "seed-strike-lysychansk-air";

    /// <summary>Sievierodonetsk hit by artillery on Saturday.</summary>
    public const string SievierodonetskArtillery = "seed-strike-sievierodonetsk-artillery";

    /// <summary>The Azot chemical plant and the villages of Synetsky, Pavlograd and others shelled.</summary>
    public const string AzotAndVillagesShelling = "seed-strike-azot-and-villages";

    /// <summary>Governor Gaidai on Telegram.</summary>
    public const string GaidaiTelegramPost = "seed-statement-gaidai-telegram";

    /// <summary>17 people evacuated from Lysychansk on Friday.</summary>
    public const string LysychanskEvacuation = "seed-evacuation-lysychansk";

    /// <summary>Starskyi: information on the withdrawal was delayed to protect troops.</summary>
    public const string StarskyiStatement = "seed-statement-starskyi";

    /// <summary>Russia abandoned its early advance on Kyiv.</summary>
    public const string KyivAdvanceAbandoned = "seed-ground-assault-kyiv-advance";

    /// <summary>Russia calls its invasion a "special military operation".</summary>
    public const string RussiaSpecialMilitaryOperation = "seed-statement-russia-special-military-operation";

    /// <summary>Moscow and its proxies focused on the south and Donbas, deploying overwhelming artillery.</summary>
    public const string SouthAndDonbasOffensive = "seed-ground-assault-south-and-donbas";

    /// <summary>Deep-fake videos of Klitschko fooled mayors in European capitals.</summary>
    public const string KlitschkoDeepFakes = "seed-information-operation-klitschko-deep-fakes";

    /// <summary>Klitschko demands an investigation: "This is criminal energy."</summary>
    public const string KlitschkoDemand = "seed-statement-klitschko-demand";

    /// <summary>Klitschko: several mayors contacted by a fake Klitschko; official talks only through official channels.</summary>
    public const string KlitschkoOfficialChannels = "seed-statement-klitschko-official-channels";

    /// <summary>Boris Johnson fears Ukraine could face pressure to agree a peace deal.</summary>
    public const string JohnsonWarning = "seed-statement-johnson-warning";

    /// <summary>Shelling attacks on towns across Ukraine on Saturday, reported by several regional governors.</summary>
    public const string TownsShellingSaturday = "seed-strike-towns-shelling-saturday";

    /// <summary>Kyiv and the West accuse Russian forces of war crimes against civilians.</summary>
    public const string WarCrimesAccusation = "seed-accusation-war-crimes";

    /// <summary>Russia denies the war-crimes accusations.</summary>
    public const string RussiaWarCrimesDenial = "seed-statement-russia-denial";

    /// <summary>Zaluzhniy asks his US counterpart for "fire parity".</summary>
    public const string ZaluzhniyWeaponsRequest = "seed-weapons-request-zaluzhniy";

    /// <summary>Ukrainian soldiers withdrew from Hirske and Zolote.</summary>
    public const string HirskeZoloteWithdrawal = "seed-withdrawal-hirske-zolote";

    /// <summary>Arestovych reports the withdrawal from Hirske and Zolote.</summary>
    public const string ArestovychStatement = "seed-statement-arestovych";

    /// <summary>Kuleba to Corriere della Sera: retreating from a few battles does not mean losing the war.</summary>
    public const string KulebaInterview = "seed-statement-kuleba-corriere";

    /// <summary>Russia likely withdrew several generals from key command roles this month.</summary>
    public const string RussianGeneralsWithdrawn = "seed-change-of-command-russian-generals";

    /// <summary>The British defence ministry's assessment of the change of command.</summary>
    public const string BritishDefenceMinistryAssessment = "seed-statement-uk-defence-ministry";

    /// <summary>Finland and Sweden seek NATO membership.</summary>
    public const string FinlandSwedenNatoApplication = "seed-diplomatic-decision-finland-sweden-nato";

    /// <summary>The West's sanctions on Russia, its top companies and its elite.</summary>
    public const string WesternSanctions = "seed-sanction-west-on-russia";

    /// <summary>EU leaders approved Ukraine's candidature this week.</summary>
    public const string EuCandidacy = "seed-diplomatic-decision-eu-candidacy";

    /// <summary>Russia on Friday: the candidacy amounts to the EU's "enslaving" of neighbouring countries.</summary>
    public const string RussiaEnslavingCondemnation = "seed-statement-russia-enslaving";

    // ---- Dates ----------------------------------------------------------------------------------------------------

    /// <summary>"On Friday": 24 June 2022.</summary>
    public static readonly LocalDate Friday = new(2022, 6, 24);

    /// <summary>"On Saturday": 25 June 2022, the day of the report.</summary>
    public static readonly LocalDate Saturday = new(2022, 6, 25);

    /// <summary>The day of the invasion, 24 February 2022.</summary>
    public static readonly LocalDate InvasionDay = new(2022, 2, 24);

    /// <summary>The events of the article, built afresh on each access.</summary>
    public static IReadOnlyList<ConflictEvent> Events => Build();

    /// <summary>Builds every event of the article, in the order the article reports them, from new objects.</summary>
    /// <returns>A new list of new events.</returns>
    public static IReadOnlyList<ConflictEvent> Build() =>
    [
        // "The mayor of Ukraine's Sievierodonetsk said Ukrainian troops had "almost left" the strategic frontline city after
        // holding out for weeks against advancing Russian forces." + Starskyi's "During the last (several) days, an operation
        // was conducted to withdraw our troops".
        new Withdrawal
        {
            Id = SievierodonetskWithdrawal,
            // "Several" days back from Saturday: at least 3, at most 9 (the library's reading of "several").
            When = EventTime.Within(new DateInterval(new LocalDate(2022, 6, 17), Saturday)).WithPhrase("During the last (several) days"),
            Where = Sievierodonetsk,
            Sources = [Reuters],
            Forces = UkrainianTroops,
            From = [Sievierodonetsk],
            Status = WithdrawalStatus.NearlyComplete,
            Manner = WithdrawalManner.Ordered,
            Pressure = RussianForces,
            // Starskyi: "the flow of information about the withdrawal from Sievierodonetsk had been delayed to protect troops on the ground".
            DisclosureDelayed = true,
            Significance = "The biggest reversal for Ukraine since losing the port of Mariupol in May",
            Notes = "Sievierodonetsk is described as a strategic frontline city that Ukrainian troops had held for weeks against advancing Russian forces. "
                + "The loss of Mariupol it is weighed against is " + MariupolLost + ".",
        },

        // "\"Unfortunately, they have almost left the city,\" Stryuk said on national television."
        new Statement
        {
            Id = StryukTelevisionStatement,
            When = ReportDays,
            Sources = [Reuters],
            About = [SievierodonetskWithdrawal],
            Speaker = Stryuk,
            Kind = StatementKind.Claim,
            Quote = "Unfortunately, they have almost left the city",
            Content = "Ukrainian troops had almost left Sievierodonetsk.",
            // "on national television": the channel, with no outlet because the broadcaster is not named.
            Via = new SourceRef { Channel = SourceChannel.Television, Outlet = null, Speaker = Stryuk },
        },

        // "Mayor Oleksandr Stryuk did not confirm whether a full withdrawal was underway."
        new Statement
        {
            Id = StryukRefusalToConfirm,
            When = ReportDays,
            Sources = [Reuters],
            About = [SievierodonetskWithdrawal],
            Speaker = Stryuk,
            Kind = StatementKind.RefusalToConfirm,
            Content = "Did not confirm whether a full withdrawal was underway.",
        },

        // "On Friday, regional authorities said Ukraine was set to pull back its troops there, marking the biggest reversal
        // for Ukraine since losing the port of Mariupol in May."
        new Statement
        {
            Id = RegionalAuthoritiesPullBackAnnouncement,
            When = EventTime.OnDay(Friday).WithPhrase("On Friday"),
            Sources = [Reuters],
            About = [SievierodonetskWithdrawal],
            Speaker = RegionalAuthorities,
            Kind = StatementKind.Announcement,
            Content = "Ukraine was set to pull back its troops from Sievierodonetsk.",
        },
        new ControlChange
        {
            Id = MariupolLost,
            When = EventTime.InMonth(2022, 5).WithPhrase("in May"),
            Where = Mariupol,
            Sources = [Reuters],
            Area = Mariupol,
            LostBy = Ukraine,
            GainedBy = Russia,
            Status = ControlStatus.Completed,
            Notes = "The report names only the loser (\"losing the port of Mariupol\"); Russia as the gainer is implied.",
        },

        // "Russian missiles rained down across Ukraine on Saturday, hitting military facilities in the west and the north
        // as well as a southern city" + Podolyak: "48 cruise missiles. At night. Throughout whole Ukraine."
        new Strike
        {
            Id = SaturdayMissileStrike,
            When = EventTime.OnDay(Saturday).WithPartOfDay(PartOfDay.Night).WithPhrase("on Saturday; At night"),
            Where = UkraineCountry,
            Sources = [Reuters, new SourceRef { Channel = SourceChannel.SocialMedia, Platform = "Twitter", Speaker = Podolyak }],
            Attacker = RussianForces,
            Weapons = [WeaponKind.CruiseMissile],
            Munitions = Estimate.Exactly(48),
            Targets =
            [
                new Target { Kind = TargetKind.MilitaryFacility, Name = "military facilities in the west", Place = Approximate("western Ukraine") },
                new Target { Kind = TargetKind.MilitaryFacility, Name = "military facilities in the north", Place = Approximate("northern Ukraine") },
                new Target { Kind = TargetKind.Settlement, Name = "a southern city", Place = Approximate("southern Ukraine") },
            ],
        },

        // "Russian artillery and air strikes had pounded the twin cities of Sievierodonetsk and Lysychansk in the eastern
        // Luhansk region on Friday, smashing into a chemical plant where hundreds of civilians were trapped, a Ukrainian
        // official said on Saturday."
        new Strike
        {
            Id = TwinCitiesFridayStrike,
            When = EventTime.OnDay(Friday).WithPhrase("on Friday"),
            Where = LuhanskRegion,
            Sources = [Reuters, new SourceRef { Speaker = new Actor { Name = "Ukrainian official", Kind = ActorKind.Official, Country = Ua } }],
            Attacker = RussianForces,
            Weapons = [WeaponKind.Artillery, WeaponKind.AirStrike],
            Targets =
            [
                new Target { Kind = TargetKind.Settlement, Name = "Sievierodonetsk", Place = Sievierodonetsk },
                new Target { Kind = TargetKind.Settlement, Name = "Lysychansk", Place = Lysychansk },
                new Target { Kind = TargetKind.IndustrialSite, Name = "chemical plant" },
            ],
            Harm = new Casualties { Among = PopulationGroup.Civilians, Trapped = Estimate.Approximately(Quantifier.Hundreds) },
            Notes = "The official spoke on Saturday. The chemical plant is not named in this sentence; it is presumably the Azot plant in Sievierodonetsk named later.",
        },

        // "News of the withdrawal from Sievierodonetsk came four months after Russian President Vladimir Putin sent tens of
        // thousands of troops over the border, unleashing a conflict that has killed thousands, uprooted millions and
        // disrupted the global economy." + "Russia invaded Ukraine on February 24".
        new GroundAssault
        {
            Id = Invasion,
            When = EventTime.OnDay(InvasionDay).WithPhrase("on February 24"),
            Where = UkraineCountry,
            Sources = [Reuters],
            Attacker = RussianForces,
            OrderedBy = Putin,
            Defender = Ukraine,
            Actions = [AssaultAction.Invasion],
            Forces = Estimate.Approximately(Quantifier.TensOfThousands),
            Harm = new Casualties { Killed = Estimate.Approximately(Quantifier.Thousands), Displaced = Estimate.Approximately(Quantifier.Millions) },
            Notes = "Harm is the toll of the whole conflict to date, not of the day of the invasion. "
                + "The biggest land conflict in Europe since World War Two entered its fifth month on Saturday. "
                + "Effects: it disrupted the global economy and European security arrangements, drove up gas, oil and food prices, "
                + "and pushed the EU to reduce its heavy reliance on Russian energy.",
        },

        // "\"48 cruise missiles. At night. Throughout whole Ukraine,\" Ukrainian presidential adviser Mykhailo Podolyak said on Twitter."
        new Statement
        {
            Id = PodolyakTweet,
            When = EventTime.OnDay(Saturday),
            Sources = [Reuters],
            About = [SaturdayMissileStrike],
            Speaker = Podolyak,
            Kind = StatementKind.Claim,
            Quote = "48 cruise missiles. At night. Throughout whole Ukraine",
            Via = new SourceRef { Channel = SourceChannel.SocialMedia, Platform = "Twitter", Speaker = Podolyak },
        },

        // "\"Russia is still trying to intimidate Ukraine, cause panic and make people be afraid.\""
        new Statement
        {
            Id = PodolyakIntimidation,
            When = EventTime.OnDay(Saturday),
            Sources = [Reuters],
            About = [SaturdayMissileStrike],
            Speaker = Podolyak,
            Kind = StatementKind.Condemnation,
            Quote = "Russia is still trying to intimidate Ukraine, cause panic and make people be afraid.",
            Via = new SourceRef { Channel = SourceChannel.SocialMedia, Platform = "Twitter", Speaker = Podolyak },
        },

        // "The latest Russian advances appeared to bring Moscow closer to taking full control of Luhansk, one of Putin's
        // objectives, and sets the stage for Lysychansk to become the next main focus."
        new ControlChange
        {
            Id = LuhanskRegionControl,
            When = ReportDays.WithPhrase("The latest Russian advances"),
            Where = LuhanskRegion,
            Sources = [Reuters],
            Area = LuhanskRegion,
            GainedBy = Russia,
            LostBy = Ukraine,
            Extent = ControlExtent.Full,
            Status = ControlStatus.Contested,
            Notes = "Reuters' own hedged assessment (\"appeared to bring Moscow closer\"). Full control of Luhansk is one of Putin's objectives; "
                + "Lysychansk is set to become the next main focus.",
        },

        // "Vitaly Kiselev, an official in the Interior Ministry of the separatist Luhansk People's Republic, recognised only by
        // Russia, told Russia's TASS news agency that it would take another week and a half to secure full control of the city
        // of Lysychansk."
        new Statement
        {
            Id = KiselevForecast,
            When = ReportDays,
            Sources = [Reuters],
            About = [LysychanskControlExpected],
            Speaker = Kiselev,
            Kind = StatementKind.Forecast,
            Content = "It would take another week and a half to secure full control of the city of Lysychansk.",
            Via = new SourceRef { Outlet = "TASS", Channel = SourceChannel.NewsAgency, Speaker = Kiselev },
            Notes = "The Luhansk People's Republic is a separatist entity recognised only by Russia.",
        },
        new ControlChange
        {
            Id = LysychanskControlExpected,
            When = ReportDays,
            Where = Lysychansk,
            Sources = [Reuters, new SourceRef { Outlet = "TASS", Channel = SourceChannel.NewsAgency, Speaker = Kiselev }],
            Area = Lysychansk,
            GainedBy = RussianForces,
            LostBy = UkrainianTroops,
            Extent = ControlExtent.Full,
            Status = ControlStatus.Expected,
            // "another week and a half" from the statement (Friday or Saturday): 10 to 11 days later.
            ExpectedBy = EventTime.Within(new DateInterval(new LocalDate(2022, 7, 4), new LocalDate(2022, 7, 6))).WithPhrase("another week and a half"),
            Notes = "Forecast by an official of the separatist Luhansk People's Republic, which fights on Russia's side; "
                + "the report has Lysychansk set to become the next main focus.",
        },

        // "Serhiy Gaidai, governor of the Luhansk region, said Russian forces attacked Sievierodonetsk's industrial zone and
        // also attempted to enter and blockade Lysychansk on Saturday."
        new GroundAssault
        {
            Id = SievierodonetskIndustrialZoneAssault,
            When = EventTime.OnDay(Saturday).WithPhrase("on Saturday"),
            Where = Sievierodonetsk,
            Sources = [Reuters, GaidaiSource],
            Verification = Verification.Unverified("Reuters"),
            Attacker = RussianForces,
            Defender = UkrainianTroops,
            Actions = [AssaultAction.Attack],
            Objective = [new Target { Kind = TargetKind.IndustrialSite, Name = "Sievierodonetsk's industrial zone", Place = Sievierodonetsk }],
        },
        new GroundAssault
        {
            Id = LysychanskBlockadeAttempt,
            When = EventTime.OnDay(Saturday).WithPhrase("on Saturday"),
            Where = Lysychansk,
            Sources = [Reuters, GaidaiSource],
            Verification = Verification.Unverified("Reuters"),
            Attacker = RussianForces,
            Defender = UkrainianTroops,
            Actions = [AssaultAction.Enter, AssaultAction.Blockade],
            Outcome = AssaultOutcome.Attempted,
            Objective = [new Target { Kind = TargetKind.Settlement, Name = "Lysychansk", Place = Lysychansk }],
        },

        // "\"There was an air strike at Lysychansk. Sievierodonetsk was hit by artillery,\" Gaidai said on the Telegram
        // messaging app, adding that the Azot chemical plant in Sievierodonetsk and the villages of Synetsky and Pavlograd
        // and others had been shelled. He made no mention of casualties at the Azot plant and Reuters could not immediately
        // verify the information."
        new Strike
        {
            Id = LysychanskAirStrike,
            When = EventTime.OnDay(Saturday),
            Where = Lysychansk,
            Sources = [Reuters, GaidaiSource],
            Verification = Verification.Unverified("Reuters"),
            Attacker = RussianForces,
            Weapons = [WeaponKind.AirStrike],
            Targets = [new Target { Kind = TargetKind.Settlement, Name = "Lysychansk", Place = Lysychansk }],
            Notes = "Dated by the Saturday report of the governor; the post itself does not give the day of the strike.",
        },
        new Strike
        {
            Id = SievierodonetskArtillery,
            When = EventTime.OnDay(Saturday),
            Where = Sievierodonetsk,
            Sources = [Reuters, GaidaiSource],
            Verification = Verification.Unverified("Reuters"),
            Attacker = RussianForces,
            Weapons = [WeaponKind.Artillery],
            Targets = [new Target { Kind = TargetKind.Settlement, Name = "Sievierodonetsk", Place = Sievierodonetsk }],
            Notes = "Dated by the Saturday report of the governor; the post itself does not give the day of the strike.",
        },
        new Strike
        {
            Id = AzotAndVillagesShelling,
            When = ReportDays.WithPhrase("had been shelled"),
            Where = LuhanskRegion,
            Sources = [Reuters, GaidaiSource],
            Verification = Verification.Unverified("Reuters"),
            Attacker = RussianForces,
            Weapons = [WeaponKind.Artillery],
            Targets =
            [
                new Target { Kind = TargetKind.IndustrialSite, Name = "Azot chemical plant", Place = AzotPlant },
                new Target { Kind = TargetKind.Settlement, Name = "Synetsky", Place = Village("Synetsky") },
                new Target { Kind = TargetKind.Settlement, Name = "Pavlograd", Place = Village("Pavlograd") },
                new Target { Kind = TargetKind.Settlement, Name = "other villages" },
            ],
            Harm = new Casualties { NoneReported = true },
        },
        new Statement
        {
            Id = GaidaiTelegramPost,
            When = EventTime.OnDay(Saturday).WithPhrase("on Saturday"),
            Sources = [Reuters],
            Verification = Verification.Unverified("Reuters"),
            About = [LysychanskAirStrike, SievierodonetskArtillery, AzotAndVillagesShelling, SievierodonetskIndustrialZoneAssault, LysychanskBlockadeAttempt],
            Speaker = Gaidai,
            Kind = StatementKind.Claim,
            Quote = "There was an air strike at Lysychansk. Sievierodonetsk was hit by artillery.",
            Content = "Russian forces attacked Sievierodonetsk's industrial zone and attempted to enter and blockade Lysychansk; "
                + "the Azot chemical plant in Sievierodonetsk and the villages of Synetsky and Pavlograd and others had been shelled. "
                + "He made no mention of casualties at the Azot plant.",
            Via = GaidaiSource,
        },

        // "Gaidai said 17 people had been evacuated on Friday from Lysychansk by police officers, rescuers and volunteers."
        new Evacuation
        {
            Id = LysychanskEvacuation,
            When = EventTime.OnDay(Friday).WithPhrase("on Friday"),
            Where = Lysychansk,
            Sources = [Reuters, new SourceRef { Speaker = Gaidai }],
            Evacuated = Estimate.Exactly(17),
            From = Lysychansk,
            By =
            [
                new Actor { Name = "police officers", Kind = ActorKind.StateForces, Country = Ua },
                new Actor { Name = "rescuers", Kind = ActorKind.Government, Country = Ua },
                new Actor { Name = "volunteers", Kind = ActorKind.Civilians, Country = Ua },
            ],
        },

        // "Kharatin Starskyi, the press officer of a Ukrainian National Guard brigade, said on Saturday that the flow of
        // information about the withdrawal from Sievierodonetsk had been delayed to protect troops on the ground.
        // \"During the last (several) days, an operation was conducted to withdraw our troops,\" Starskyi said."
        new Statement
        {
            Id = StarskyiStatement,
            When = EventTime.OnDay(Saturday).WithPhrase("on Saturday"),
            Sources = [Reuters],
            About = [SievierodonetskWithdrawal],
            Speaker = Starskyi,
            Kind = StatementKind.Explanation,
            Quote = "During the last (several) days, an operation was conducted to withdraw our troops",
            Content = "The flow of information about the withdrawal from Sievierodonetsk had been delayed to protect troops on the ground.",
        },

        // "Russia invaded Ukraine on February 24 in what it calls a "special military operation" but abandoned an early
        // advance on the capital Kyiv in the face of fierce resistance by Ukrainian fighters with the help of Western weapons."
        new Statement
        {
            Id = RussiaSpecialMilitaryOperation,
            When = WarSoFar.WithPhrase("what it calls"),
            Sources = [Reuters],
            About = [Invasion],
            Speaker = Russia,
            Kind = StatementKind.Explanation,
            Quote = "special military operation",
            Content = "Russia calls its invasion of Ukraine a \"special military operation\".",
        },
        new GroundAssault
        {
            Id = KyivAdvanceAbandoned,
            When = WarSoFar.WithPhrase("an early advance"),
            Where = Kyiv,
            Sources = [Reuters],
            Attacker = RussianForces,
            Defender = new Actor { Name = "Ukrainian fighters", Kind = ActorKind.StateForces, Country = Ua },
            Actions = [AssaultAction.Advance],
            Outcome = AssaultOutcome.Abandoned,
            Reason = "In the face of fierce resistance by Ukrainian fighters with the help of Western weapons",
            Objective = [new Target { Kind = TargetKind.Settlement, Name = "the capital Kyiv", Place = Kyiv }],
        },

        // "Since then Moscow and its proxies have focused on the south and Donbas, an eastern territory made up of Luhansk
        // and its neighbour Donetsk, deploying overwhelming artillery."
        new GroundAssault
        {
            Id = SouthAndDonbasOffensive,
            When = WarSoFar.WithPhrase("Since then"),
            Where = Donbas,
            Sources = [Reuters],
            Attacker = new Actor { Name = "Moscow and its proxies", Kind = ActorKind.StateForces, Country = Ru },
            Defender = UkrainianTroops,
            Actions = [AssaultAction.Attack],
            Outcome = AssaultOutcome.Ongoing,
            Objective =
            [
                new Target { Kind = TargetKind.Other, Name = "the south", Place = Approximate("southern Ukraine") },
                new Target { Kind = TargetKind.Other, Name = "Donbas", Place = Donbas },
            ],
            Weapons = [WeaponKind.Artillery],
            Notes = "Donbas is an eastern territory made up of Luhansk and its neighbour Donetsk. The artillery is described as overwhelming.",
        },

        // "Also Saturday, Kyiv Mayor Vitali Klitschko issued a demand for clarification after a slew of deep fake videos
        // fooled mayors in European capitals into thinking they were talking with him."
        new InformationOperation
        {
            Id = KlitschkoDeepFakes,
            When = WarSoFar.WithPhrase("after a slew of deep fake videos"),
            Sources = [Reuters, new SourceRef { Outlet = "Bild", Channel = SourceChannel.Video, Speaker = Klitschko }],
            Impersonated = Klitschko,
            Targets = [new Actor { Name = "mayors in European capitals", Kind = ActorKind.Official, Role = "Mayor" }],
            TargetCount = Estimate.Approximately(Quantifier.Several),
            Methods = [InfluenceMethod.DeepFake, InfluenceMethod.Impersonation],
            // "A slew of deep fake videos": the quantifier vocabulary has no word for "a slew" (many); "several" is the nearest.
            ItemCount = Estimate.Approximately(Quantifier.Several),
            Content = "A fake Klitschko who has said absurd things",
            Succeeded = true,
            Notes = "The report says \"a slew of\" videos, read as several. The report dates the fakes only as before Klitschko's Saturday demand. "
                + "Who is behind them is not known.",
        },
        new Statement
        {
            Id = KlitschkoDemand,
            When = EventTime.OnDay(Saturday).WithPhrase("Also Saturday"),
            Sources = [Reuters],
            About = [KlitschkoDeepFakes],
            Speaker = Klitschko,
            Kind = StatementKind.Demand,
            Quote = "This is criminal energy. It must be urgently investigated who is behind it",
            Content = "A demand for clarification of who is behind the deep-fake videos.",
            Via = new SourceRef { Outlet = "Bild", Channel = SourceChannel.Video, Speaker = Klitschko },
        },

        // "\"Several mayors in Europe have been contacted by a fake Klitschko who has said absurd things,\" Klitschko said,
        // adding that official talks would only be organised through official channels. He also never needs a translator
        // for talks in German or English, he added."
        new Statement
        {
            Id = KlitschkoOfficialChannels,
            When = EventTime.OnDay(Saturday).WithPhrase("Also Saturday"),
            Sources = [Reuters],
            About = [KlitschkoDeepFakes],
            Speaker = Klitschko,
            Kind = StatementKind.Claim,
            Quote = "Several mayors in Europe have been contacted by a fake Klitschko who has said absurd things",
            Content = "Official talks would only be organised through official channels, and he never needs a translator for talks in German or English.",
        },

        // "British Prime Minister Boris Johnson said on Saturday that he feared Ukraine could face pressure to agree a peace
        // deal with Russia. He said the consequences of Putin getting his way in Ukraine would be dangerous to international
        // security and a long-term economic disaster."
        new Statement
        {
            Id = JohnsonWarning,
            When = EventTime.OnDay(Saturday).WithPhrase("on Saturday"),
            Sources = [Reuters],
            About = [Invasion],
            Speaker = Johnson,
            Kind = StatementKind.Warning,
            Content = "He feared Ukraine could face pressure to agree a peace deal with Russia; the consequences of Putin getting his way in Ukraine "
                + "would be dangerous to international security and a long-term economic disaster.",
        },

        // "Several regional governors reported shelling attacks on towns across Ukraine on Saturday."
        new Strike
        {
            Id = TownsShellingSaturday,
            When = EventTime.OnDay(Saturday).WithPhrase("on Saturday"),
            Where = UkraineCountry,
            Sources = [Reuters, new SourceRef { Speaker = new Actor { Name = "regional governors", Kind = ActorKind.Official, Country = Ua, Role = "Regional governor" } }],
            Attacker = RussianForces,
            Weapons = [WeaponKind.Artillery],
            Targets = [new Target { Kind = TargetKind.Settlement, Name = "towns across Ukraine", Place = UkraineCountry }],
            Notes = "Reported by several regional governors. The report does not name the attacker; Russian forces are implied.",
        },

        // "Kyiv and the West have regularly said Russian forces have committed war crimes against civilians but Russia
        // denies the accusations."
        new Accusation
        {
            Id = WarCrimesAccusation,
            When = WarSoFar.WithPhrase("have regularly said"),
            Where = UkraineCountry,
            Sources = [Reuters],
            Verification = Verification.Denied("Russia"),
            Accusers = [KyivGovernment, TheWest],
            Accused = [RussianForces],
            Allegation = AllegationKind.WarCrimes,
            Victims = PopulationGroup.Civilians,
            Description = "Russian forces have committed war crimes against civilians.",
            Recurring = true,
        },
        new Statement
        {
            Id = RussiaWarCrimesDenial,
            When = WarSoFar.WithPhrase("denies"),
            Sources = [Reuters],
            About = [WarCrimesAccusation],
            Speaker = Russia,
            Kind = StatementKind.Denial,
            Content = "Russia denies the accusations of war crimes against civilians.",
        },

        // "Ukraine on Friday again pressed for more arms, with its top general, Valeriy Zaluzhniy, telling his US
        // counterpart in a phone call that Kyiv needed "fire parity" with Moscow to stabilise the situation in Luhansk."
        new WeaponsRequest
        {
            Id = ZaluzhniyWeaponsRequest,
            When = EventTime.OnDay(Friday).WithPhrase("on Friday"),
            Sources = [Reuters],
            Requester = Zaluzhniy,
            Addressees = [ZaluzhniyUsCounterpart],
            Purpose = "To stabilise the situation in Luhansk",
            Quote = "fire parity",
            Via = new SourceRef { Channel = SourceChannel.PhoneCall, Speaker = Zaluzhniy },
            Recurring = true,
            Notes = "Parity is sought with Moscow.",
        },

        // "South of Sievierodonetsk, Ukrainian soldiers also withdrew from the towns of Hirske and Zolote in the face of
        // overwhelming Russian forces, said Oleksiy Arestovych, an adviser to Ukrainian President Volodymyr Zelensky."
        new Withdrawal
        {
            Id = HirskeZoloteWithdrawal,
            When = ReportDays,
            Where = LuhanskRegion,
            Sources = [Reuters, new SourceRef { Speaker = Arestovych }],
            Forces = new Actor { Name = "Ukrainian soldiers", Kind = ActorKind.StateForces, Country = Ua },
            From = [Town("Hirske"), Town("Zolote")],
            Status = WithdrawalStatus.Complete,
            Pressure = RussianForces,
            Notes = "Hirske and Zolote lie south of Sievierodonetsk. The Russian forces are described as overwhelming.",
        },
        new Statement
        {
            Id = ArestovychStatement,
            When = ReportDays,
            Sources = [Reuters],
            About = [HirskeZoloteWithdrawal],
            Speaker = Arestovych,
            Kind = StatementKind.Claim,
            Content = "Ukrainian soldiers withdrew from the towns of Hirske and Zolote, south of Sievierodonetsk, in the face of overwhelming Russian forces.",
        },

        // "Ukraine's foreign minister played down the significance of the possible loss of more territory in the Donbas.
        // \"Putin wanted to occupy the Donbas by May 9. We are (there) on June 24 and still fighting. Retreating from a few
        // battles does not mean losing the war at all,\" Dmytro Kuleba said in an interview with the Italian newspaper
        // Corriere della Sera."
        new Statement
        {
            Id = KulebaInterview,
            When = EventTime.OnDay(Friday).WithPhrase("We are (there) on June 24"),
            Sources = [Reuters],
            About = [SievierodonetskWithdrawal, LysychanskControlExpected],
            Speaker = Kuleba,
            Kind = StatementKind.Reassurance,
            Quote = "Putin wanted to occupy the Donbas by May 9. We are (there) on June 24 and still fighting. Retreating from a few battles does not mean losing the war at all",
            Content = "Played down the significance of the possible loss of more territory in the Donbas.",
            Via = new SourceRef { Outlet = "Corriere della Sera", Channel = SourceChannel.Interview, Speaker = Kuleba },
            Notes = "Corriere della Sera is an Italian newspaper. Dated by the minister's own words. "
                + "Claims Putin's objective was to occupy the Donbas by 9 May 2022, which was not met.",
        },

        // "The British defence ministry said on Saturday that Russia had likely withdrawn several generals from key command
        // roles in the Ukraine conflict this month."
        new ChangeOfCommand
        {
            Id = RussianGeneralsWithdrawn,
            When = EventTime.InMonth(2022, 6).WithPhrase("this month"),
            Sources = [Reuters, new SourceRef { Speaker = BritishDefenceMinistry }],
            Verification = new Verification(VerificationStatus.Claimed) { By = "British defence ministry", Note = "likely" },
            Organization = RussianForces,
            Change = CommandChange.Withdrawn,
            RemovedCount = Estimate.Approximately(Quantifier.Several),
            Rank = "generals",
            Roles = "key command roles in the Ukraine conflict",
        },
        new Statement
        {
            Id = BritishDefenceMinistryAssessment,
            When = EventTime.OnDay(Saturday).WithPhrase("on Saturday"),
            Sources = [Reuters],
            About = [RussianGeneralsWithdrawn],
            Speaker = BritishDefenceMinistry,
            Kind = StatementKind.Assessment,
            Content = "Russia had likely withdrawn several generals from key command roles in the Ukraine conflict this month.",
        },

        // "... prompting Finland and Sweden to seek Nato membership."
        new DiplomaticDecision
        {
            Id = FinlandSwedenNatoApplication,
            When = WarSoFar,
            Sources = [Reuters],
            DecidedBy =
            [
                new Actor { Name = "Finland", Kind = ActorKind.Government, Country = new CountryCode("FI") },
                new Actor { Name = "Sweden", Kind = ActorKind.Government, Country = new CountryCode("SE") },
            ],
            Decision = DecisionKind.ApplyForMembership,
            Organization = new Actor { Name = "NATO", Kind = ActorKind.InternationalOrganization },
            Description = "Finland and Sweden seek Nato membership, prompted by the war.",
            Notes = "The report does not date the decision; it is dated to the war so far.",
        },

        // "The West has imposed an unprecedented package of sanctions on Russia, its top companies and its business and
        // political elite in response to Moscow's invasion of Ukraine."
        new Sanction
        {
            Id = WesternSanctions,
            When = WarSoFar.WithPhrase("has imposed"),
            Sources = [Reuters],
            ImposedBy = [TheWest],
            Targets =
            [
                Russia,
                new Actor { Name = "Russia's top companies", Kind = ActorKind.Company, Country = Ru },
                new Actor { Name = "Russia's business and political elite", Kind = ActorKind.Other, Country = Ru },
            ],
            Measures = [SanctionMeasure.Package],
            Status = SanctionStatus.Imposed,
            Reason = "In response to Moscow's invasion of Ukraine",
            Significance = "An unprecedented package of sanctions",
        },

        // "In a major sign of support, European Union leaders this week approved Ukraine's formal candidature to join the
        // bloc, a decision that Russia said on Friday amounted to the EU's "enslaving" of neighbouring countries."
        new DiplomaticDecision
        {
            Id = EuCandidacy,
            When = EventTime.InWeek(Saturday).WithPhrase("this week"),
            Sources = [Reuters],
            DecidedBy = [new Actor { Name = "European Union leaders", Kind = ActorKind.Official, Affiliation = "European Union" }],
            Decision = DecisionKind.GrantCandidacy,
            Subject = Ukraine,
            Organization = new Actor { Name = "European Union", Kind = ActorKind.InternationalOrganization },
            Description = "Approved Ukraine's formal candidature to join the bloc.",
            Significance = "A major sign of support",
        },
        new Statement
        {
            Id = RussiaEnslavingCondemnation,
            When = EventTime.OnDay(Friday).WithPhrase("on Friday"),
            Sources = [Reuters],
            About = [EuCandidacy],
            Speaker = Russia,
            Kind = StatementKind.Condemnation,
            Quote = "enslaving",
            Content = "The decision amounted to the EU's \"enslaving\" of neighbouring countries.",
        },
    ];

    // ---- Times ----------------------------------------------------------------------------------------------------

    /// <summary>The span the article covers, Friday to Saturday: for what it reports without a day.</summary>
    private static EventTime ReportDays => EventTime.Within(new DateInterval(Friday, Saturday));

    /// <summary>The war so far, from the invasion to the report: for standing facts ("have regularly said").</summary>
    private static EventTime WarSoFar => EventTime.Within(new DateInterval(InvasionDay, Saturday));

    // ---- Sources --------------------------------------------------------------------------------------------------

    private static SourceRef Reuters => new() { Outlet = "Reuters", Channel = SourceChannel.NewsAgency };

    private static SourceRef GaidaiSource => new() { Channel = SourceChannel.Messenger, Platform = "Telegram", Speaker = Gaidai };

    // ---- Countries ------------------------------------------------------------------------------------------------

    private static CountryCode Ua => new("UA");

    private static CountryCode Ru => new("RU");

    private static CountryCode Gb => new("GB");

    // ---- Places ---------------------------------------------------------------------------------------------------

    private static Place Sievierodonetsk => new()
    {
        Name = "Sievierodonetsk",
        Admin1 = "Luhansk",
        Country = Ua,
        Point = new GeoPoint(48.9482, 38.4917),
        Precision = PlacePrecision.Locality,
    };

    private static Place Lysychansk => new()
    {
        Name = "Lysychansk",
        Admin1 = "Luhansk",
        Country = Ua,
        Point = new GeoPoint(48.9204, 38.4270),
        Precision = PlacePrecision.Locality,
    };

    private static Place LuhanskRegion => new() { Name = "Luhansk region", Admin1 = "Luhansk", Country = Ua, Precision = PlacePrecision.Region };

    private static Place AzotPlant => new() { Name = "Azot chemical plant", Admin1 = "Luhansk", Admin3 = "Sievierodonetsk", Country = Ua, Precision = PlacePrecision.Exact };

    private static Place Mariupol => new() { Name = "Mariupol", Admin1 = "Donetsk", Country = Ua, Precision = PlacePrecision.Locality };

    private static Place Kyiv => new() { Name = "Kyiv", Admin1 = "Kyiv", Country = Ua, Point = new GeoPoint(50.4501, 30.5234), Precision = PlacePrecision.Locality };

    private static Place Donbas => new() { Name = "Donbas", Country = Ua, Precision = PlacePrecision.Region };

    private static Place UkraineCountry => new() { Name = "Ukraine", Country = Ua, Precision = PlacePrecision.Country };

    private static Place Town(string name) => new() { Name = name, Admin1 = "Luhansk", Country = Ua, Precision = PlacePrecision.Locality };

    private static Place Village(string name) => new() { Name = name, Admin1 = "Luhansk", Country = Ua, Precision = PlacePrecision.Locality };

    private static Place Approximate(string name) => new() { Name = name, Country = Ua, Precision = PlacePrecision.Approximate };

    // ---- Actors ---------------------------------------------------------------------------------------------------

    private static Actor UkrainianTroops => new() { Name = "Ukrainian troops", Kind = ActorKind.StateForces, Country = Ua };

    private static Actor RussianForces => new() { Name = "Russian forces", Kind = ActorKind.StateForces, Country = Ru };

    private static Actor Russia => new() { Name = "Russia", Kind = ActorKind.Government, Country = Ru };

    private static Actor Ukraine => new() { Name = "Ukraine", Kind = ActorKind.Government, Country = Ua };

    private static Actor KyivGovernment => new() { Name = "Kyiv", Kind = ActorKind.Government, Country = Ua };

    private static Actor TheWest => new() { Name = "the West", Kind = ActorKind.Other };

    private static Actor Putin => new()
    {
        Name = "Vladimir Putin",
        Kind = ActorKind.Official,
        Country = Ru,
        Affiliation = "Government of Russia",
        Role = "President of Russia",
    };

    private static Actor RegionalAuthorities => new() { Name = "regional authorities", Kind = ActorKind.Government, Country = Ua };

    private static Actor Stryuk => new()
    {
        Name = "Oleksandr Stryuk",
        Kind = ActorKind.Official,
        Country = Ua,
        Affiliation = "Sievierodonetsk city administration",
        Role = "Mayor of Sievierodonetsk",
    };

    private static Actor Podolyak => new()
    {
        Name = "Mykhailo Podolyak",
        Kind = ActorKind.Official,
        Country = Ua,
        Affiliation = "Office of the President of Ukraine",
        Role = "Presidential adviser",
    };

    private static Actor Kiselev => new()
    {
        Name = "Vitaly Kiselev",
        Kind = ActorKind.Official,
        Affiliation = "Interior Ministry of the separatist Luhansk People's Republic",
        Role = "Official",
    };

    private static Actor Gaidai => new()
    {
        Name = "Serhiy Gaidai",
        Kind = ActorKind.Official,
        Country = Ua,
        Affiliation = "Luhansk regional administration",
        Role = "Governor of the Luhansk region",
    };

    private static Actor Starskyi => new()
    {
        Name = "Kharatin Starskyi",
        Kind = ActorKind.Official,
        Country = Ua,
        Affiliation = "Ukrainian National Guard brigade",
        Role = "Press officer",
    };

    private static Actor Klitschko => new()
    {
        Name = "Vitali Klitschko",
        Kind = ActorKind.Official,
        Country = Ua,
        Affiliation = "Kyiv city administration",
        Role = "Mayor of Kyiv",
    };

    private static Actor Johnson => new()
    {
        Name = "Boris Johnson",
        Kind = ActorKind.Official,
        Country = Gb,
        Affiliation = "Government of the United Kingdom",
        Role = "Prime Minister",
    };

    private static Actor Zaluzhniy => new()
    {
        Name = "Valeriy Zaluzhniy",
        Kind = ActorKind.Official,
        Country = Ua,
        Affiliation = "Armed Forces of Ukraine",
        Role = "Top general",
    };

    private static Actor ZaluzhniyUsCounterpart => new()
    {
        Name = "US counterpart of Valeriy Zaluzhniy",
        Kind = ActorKind.Official,
        Country = new CountryCode("US"),
        Affiliation = "United States armed forces",
        Role = "Top general",
    };

    private static Actor Arestovych => new()
    {
        Name = "Oleksiy Arestovych",
        Kind = ActorKind.Official,
        Country = Ua,
        Affiliation = "Office of the President of Ukraine",
        Role = "Adviser to Ukrainian President Volodymyr Zelensky",
    };

    private static Actor Kuleba => new()
    {
        Name = "Dmytro Kuleba",
        Kind = ActorKind.Official,
        Country = Ua,
        Affiliation = "Ministry of Foreign Affairs of Ukraine",
        Role = "Foreign minister",
    };

    private static Actor BritishDefenceMinistry => new()
    {
        Name = "British defence ministry",
        Kind = ActorKind.Government,
        Country = Gb,
        Affiliation = "Government of the United Kingdom",
    };
}
