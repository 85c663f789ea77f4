using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ConflictModel.Events;
using NodaTime;
using NodaTime.Text;
using static ConflictModel.Interop.Acled.AcledColumns;

namespace ConflictModel.Interop.Acled;

/// <summary>
/// One ACLED row in both directions: the cells to an event (<see cref="ToEvent"/>), and an event to the cells
/// (<see cref="Render"/>). Import and export share <see cref="Render"/>, so the cells an import keeps on the
/// event's <see cref="Origin"/> are exactly those the export cannot compute back from the model.
/// </summary>
internal static class AcledRow
{
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("dd-MM-uuuu"),
    ];

    /// <summary>
    /// Converts the cells of a row, indexed by <see cref="AcledColumns"/> (null where the file lacks the column), to an
    /// event without an <see cref="Origin"/>.
    /// </summary>
    /// <exception cref="FormatException">A cell cannot be converted; the message names it.</exception>
    /// <exception cref="ArgumentException">The model rejects a value (e.g. a latitude beyond 90°).</exception>
    public static ConflictEvent ToEvent(string?[] raw)
    {
        var recordId = Cell(raw, EventIdCnty) ?? throw new FormatException("event_id_cnty is empty.");
        var id = AcledMapping.IdPrefix + recordId;
        var subEvent = AcledCategories.Find(Cell(raw, EventType), Cell(raw, SubEventType))
            ?? throw new FormatException($"event_type \"{raw[EventType]}\" and sub_event_type \"{raw[SubEventType]}\" name no ACLED category.");
        var when = TimeOf(raw);
        var where = PlaceOf(raw);
        var actor1 = ActorOf(raw, Actor1, Inter1) ?? throw new FormatException("actor1 is empty.");
        var actor2 = ActorOf(raw, Actor2, Inter2);
        var assoc1 = SplitActors(Cell(raw, AssocActor1));
        var assoc2 = SplitActors(Cell(raw, AssocActor2));
        long? fatalities = Cell(raw, Fatalities) is { } text
            ? long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? count
                : throw new FormatException($"fatalities \"{text}\" is not a whole number of zero or more.")
            : null;
        var notes = Cell(raw, Notes);

        ConflictEvent conflictEvent = subEvent switch
        {
            AcledSubEvent.ArmedClash => new ArmedClash
            {
                Id = id,
                Sides = actor2 is null ? [actor1] : [actor1, actor2],
                Allies = [.. assoc1, .. assoc2],
                Harm = HarmOf(fatalities, among: null),
            },
            AcledSubEvent.GovernmentRegainsTerritory or AcledSubEvent.NonStateActorOvertakesTerritory
                or AcledSubEvent.NonViolentTransferOfTerritory => new ControlChange
                {
                    Id = id,
                    Area = where ?? throw new FormatException("a transfer of territory needs a place, but location, admin1–3 and country are empty."),
                    GainedBy = actor1,
                    LostBy = actor2,
                    Status = ControlStatus.Completed,
                    Violent = subEvent != AcledSubEvent.NonViolentTransferOfTerritory,
                    Harm = HarmOf(fatalities, among: null),
                },
            AcledSubEvent.ChemicalWeapon or AcledSubEvent.AirDroneStrike or AcledSubEvent.SuicideBomb
                or AcledSubEvent.ShellingArtilleryMissileAttack or AcledSubEvent.RemoteExplosive or AcledSubEvent.Grenade => new Strike
                {
                    Id = id,
                    Attacker = actor1,
                    Weapons = [AcledMapping.WeaponOf(subEvent, AcledMapping.IsDroneStrike(notes))],
                    Targets = actor2 is null ? [] : [TargetOf(actor2)],
                    Harm = HarmOf(fatalities, among: null),
                },
            AcledSubEvent.PeacefulProtest or AcledSubEvent.ProtestWithIntervention or AcledSubEvent.ExcessiveForceAgainstProtesters => new Protest
            {
                Id = id,
                Protesters = [actor1, .. assoc1],
                Response = subEvent switch
                {
                    AcledSubEvent.ProtestWithIntervention => ProtestResponse.Intervention,
                    AcledSubEvent.ExcessiveForceAgainstProtesters => ProtestResponse.ExcessiveForce,
                    _ => ProtestResponse.None,
                },
                RespondedBy = actor2,
                Harm = HarmOf(fatalities, among: null),
            },
            AcledSubEvent.ViolentDemonstration or AcledSubEvent.MobViolence => new Riot
            {
                Id = id,
                Rioters = [actor1, .. assoc1],
                Form = subEvent == AcledSubEvent.MobViolence ? RiotForm.MobViolence : RiotForm.ViolentDemonstration,
                Against = actor2 is null ? [] : [actor2, .. assoc2],
                Harm = HarmOf(fatalities, among: null),
            },
            AcledSubEvent.SexualViolence or AcledSubEvent.Attack or AcledSubEvent.Abduction => new AttackOnCivilians
            {
                Id = id,
                Perpetrator = actor1,
                Victims = actor2 is null ? [] : [actor2, .. assoc2],
                Violence = subEvent switch
                {
                    AcledSubEvent.SexualViolence => CivilianViolence.SexualViolence,
                    AcledSubEvent.Abduction => CivilianViolence.Abduction,
                    _ => CivilianViolence.Attack,
                },
                Harm = HarmOf(fatalities, among: PopulationGroup.Civilians),
            },
            AcledSubEvent.Agreement => new Agreement
            {
                Id = id,
                Parties = actor2 is null ? [actor1] : [actor1, actor2],
            },
            AcledSubEvent.Arrests => new Arrest
            {
                Id = id,
                By = actor1,
                Detained = actor2 is null ? [] : [actor2, .. assoc2],
            },
            AcledSubEvent.LootingPropertyDestruction => new PropertyDestruction
            {
                Id = id,
                Perpetrator = actor1,
                Owners = actor2 is null ? [] : [actor2, .. assoc2],
            },
            _ => new StrategicDevelopment
            {
                Id = id,
                Actors = actor2 is null ? [actor1] : [actor1, actor2],
                Development = subEvent switch
                {
                    AcledSubEvent.ChangeToGroupActivity => DevelopmentKind.ChangeOfActivity,
                    AcledSubEvent.HeadquartersOrBaseEstablished => DevelopmentKind.BaseEstablished,
                    AcledSubEvent.DisruptedWeaponsUse => DevelopmentKind.WeaponsDisrupted,
                    _ => DevelopmentKind.Other,
                },
            },
        };

        return conflictEvent with
        {
            When = when,
            Where = where,
            Sources = SourcesOf(Cell(raw, Source)),
            Notes = notes,
        };
    }

    /// <summary>
    /// Renders an event as the 31 cells, or returns null for a kind ACLED has no category for. Each cell is first
    /// computed from the model, then passed to <paramref name="resolve"/> with its column, which returns the cell to use
    /// (the export uses a cell kept on the <see cref="Origin"/> instead; the import compares with the file). The cells
    /// computed from other cells (year, disorder_type, interaction, civilian_targeting) come last, from the resolved cells.
    /// </summary>
    public static string[]? Render(ConflictEvent conflictEvent, Func<int, string, string> resolve)
    {
        if (AcledMapping.SubEventOf(conflictEvent) is not { } subEvent)
        {
            return null;
        }

        var computed = Compute(conflictEvent, subEvent);
        var cells = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            if (Array.IndexOf(Dependent, i) < 0)
            {
                cells[i] = resolve(i, computed[i]);
            }
        }

        cells[Year] = resolve(Year, ParseDate(cells[EventDate]) is { } date ? date.Year.ToString(CultureInfo.InvariantCulture) : string.Empty);
        var category = AcledCategories.Find(cells[EventType], cells[SubEventType]);
        cells[DisorderType] = resolve(DisorderType, category is { } c ? DisorderOf(c) : string.Empty);
        cells[Interaction] = resolve(Interaction, InteractionOf(cells[Inter1], cells[Inter2]));
        cells[CivilianTargeting] = resolve(
            CivilianTargeting,
            category is { } v && AcledCategories.EventTypeOf(v) == AcledCategories.ViolenceAgainstCivilians ? "Civilian targeting" : string.Empty);
        return cells;
    }

    /// <summary>Parses an <c>event_date</c>: ISO (<c>2022-06-30</c>), or ACLED's older <c>30 June 2022</c> and <c>30-06-2022</c>.</summary>
    public static LocalDate? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(text.Trim());
            if (result.Success)
            {
                return result.Value;
            }
        }

        return null;
    }

    private static string[] Compute(ConflictEvent conflictEvent, AcledSubEvent subEvent)
    {
        var cells = new string[Count];
        Array.Fill(cells, string.Empty);
        var id = conflictEvent.Id ?? string.Empty;
        cells[EventIdCnty] = id.StartsWith(AcledMapping.IdPrefix, StringComparison.Ordinal) ? id[AcledMapping.IdPrefix.Length..] : id;
        if (conflictEvent.When is { } when)
        {
            var (date, precision) = AcledMapping.FromEventTime(when);
            cells[EventDate] = LocalDatePattern.Iso.Format(date);
            cells[AcledColumns.TimePrecision] = precision.ToString(CultureInfo.InvariantCulture);
        }

        cells[EventType] = AcledCategories.EventTypeOf(subEvent);
        cells[SubEventType] = AcledCategories.NameOf(subEvent);

        var parties = PartiesOf(conflictEvent);
        cells[Actor1] = parties.Actor1?.Name ?? string.Empty;
        cells[AssocActor1] = JoinNames(parties.Assoc1);
        cells[Inter1] = InterOf(parties.Actor1);
        cells[Actor2] = parties.Actor2?.Name ?? string.Empty;
        cells[AssocActor2] = JoinNames(parties.Assoc2);
        cells[Inter2] = InterOf(parties.Actor2);

        if (conflictEvent.Where is { } where)
        {
            if (where.Country is { } code && AcledCountries.FromCode(code) is { } country)
            {
                cells[Iso] = country.Numeric.ToString(CultureInfo.InvariantCulture);
                cells[Region] = country.Region;
                cells[Country] = country.Name;
            }

            cells[Admin1] = where.Admin1 ?? string.Empty;
            cells[Admin2] = where.Admin2 ?? string.Empty;
            cells[Admin3] = where.Admin3 ?? string.Empty;
            cells[Location] = where.Name;
            if (where.Point is { } point)
            {
                cells[Latitude] = point.Latitude.ToString("R", CultureInfo.InvariantCulture);
                cells[Longitude] = point.Longitude.ToString("R", CultureInfo.InvariantCulture);
            }

            cells[GeoPrecision] = AcledMapping.ToGeoPrecision(where.Precision).ToString(CultureInfo.InvariantCulture);
        }

        cells[Source] = JoinSources(conflictEvent.Sources);
        cells[Notes] = conflictEvent.Notes ?? string.Empty;
        cells[Fatalities] = parties.Harm?.Killed is { } killed
            ? FatalitiesOf(killed).ToString(CultureInfo.InvariantCulture)
            : "0";
        return cells;
    }

    private static Parties PartiesOf(ConflictEvent conflictEvent) => conflictEvent switch
    {
        Strike s => new(s.Attacker, [], TargetActor(s.Targets), [], s.Harm),
        ArmedClash c => new(At(c.Sides, 0), c.Allies, At(c.Sides, 1), From(c.Sides, 2), c.Harm),
        GroundAssault g => new(g.Attacker, [], g.Defender, [], g.Harm),
        ControlChange c => new(c.GainedBy, [], c.LostBy, [], c.Harm),
        Protest p => new(At(p.Protesters, 0), From(p.Protesters, 1), p.RespondedBy, [], p.Harm),
        Riot r => new(At(r.Rioters, 0), From(r.Rioters, 1), At(r.Against, 0), From(r.Against, 1), r.Harm),
        AttackOnCivilians a => new(a.Perpetrator, [], At(a.Victims, 0), From(a.Victims, 1), a.Harm),
        Agreement a => new(At(a.Parties, 0), [], At(a.Parties, 1), From(a.Parties, 2), null),
        Arrest a => new(a.By, [], At(a.Detained, 0), From(a.Detained, 1), null),
        PropertyDestruction p => new(p.Perpetrator, [], At(p.Owners, 0), From(p.Owners, 1), null),
        StrategicDevelopment d => new(At(d.Actors, 0), [], At(d.Actors, 1), From(d.Actors, 2), null),
        ChangeOfCommand c => new(c.Organization, [], null, [], null),
        _ => new(null, [], null, [], null),
    };

    // ACLED's actor2 of a strike is whom it was aimed at; the import makes it a target, and a target naming troops
    // (or of no stated kind) is the actor2 of an export.
    private static Actor? TargetActor(ValueList<Target> targets)
    {
        foreach (var target in targets)
        {
            if (target.Kind is null or TargetKind.Troops && !string.IsNullOrWhiteSpace(target.Name))
            {
                return new Actor { Name = target.Name };
            }
        }

        return null;
    }

    private static Target TargetOf(Actor actor) => new()
    {
        Name = actor.Name,
        Kind = actor.Kind is ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters or null ? null : TargetKind.Troops,
    };

    private static Casualties? HarmOf(long? fatalities, PopulationGroup? among) =>
        fatalities is { } killed ? new Casualties { Among = among, Killed = Estimate.Exactly(killed) } : null;

    // The stated number; the lower end of a range, or of the range a quantifier implies.
    private static long FatalitiesOf(Estimate killed) =>
        killed.Value ?? killed.Low ?? (killed.Quantifier is { } q ? Estimate.RangeOf(q).Low : 0);

    private static string DisorderOf(AcledSubEvent subEvent) => subEvent switch
    {
        AcledSubEvent.MobViolence => "Political violence",
        _ when AcledCategories.EventTypeOf(subEvent) is AcledCategories.Protests or AcledCategories.Riots => "Demonstrations",
        _ when AcledCategories.EventTypeOf(subEvent) is AcledCategories.StrategicDevelopments => "Strategic developments",
        _ => "Political violence",
    };

    // The codebook: the two actor types, lower first ("recorded as lowest joint number"); 10 × the type for an actor
    // alone (inter2 0). Empty when an actor's type is unknown.
    private static string InteractionOf(string inter1, string inter2)
    {
        if (!int.TryParse(inter1, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(inter2, NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            return string.Empty;
        }

        if (second == 0)
        {
            return (first * 10).ToString(CultureInfo.InvariantCulture);
        }

        return (Math.Min(first, second) * 10 + Math.Max(first, second)).ToString(CultureInfo.InvariantCulture);
    }

    private static string InterOf(Actor? actor) =>
        actor is null ? "0"
        : actor.Kind is { } kind ? AcledMapping.ToInterCode(kind).ToString(CultureInfo.InvariantCulture)
        : string.Empty;

    private static EventTime? TimeOf(string?[] raw)
    {
        var text = Cell(raw, EventDate) ?? throw new FormatException("event_date is empty.");
        var date = ParseDate(text) ?? throw new FormatException($"event_date \"{text}\" is not a date (expected yyyy-MM-dd).");
        var precisionText = Cell(raw, AcledColumns.TimePrecision);
        var precision = 1;
        if (precisionText is not null
            && (!int.TryParse(precisionText, NumberStyles.None, CultureInfo.InvariantCulture, out precision) || precision is < 1 or > 3))
        {
            throw new FormatException($"time_precision \"{precisionText}\" is not 1, 2 or 3.");
        }

        return AcledMapping.ToEventTime(date, precision);
    }

    private static Place? PlaceOf(string?[] raw)
    {
        GeoPoint? point = null;
        var latitude = Cell(raw, Latitude);
        var longitude = Cell(raw, Longitude);
        if (latitude is not null || longitude is not null)
        {
            point = new GeoPoint(ParseDegrees(latitude, "latitude"), ParseDegrees(longitude, "longitude"));
        }

        var name = Cell(raw, Location) ?? Cell(raw, Admin3) ?? Cell(raw, Admin2) ?? Cell(raw, Admin1) ?? Cell(raw, Country);
        if (name is null)
        {
            return null;
        }

        CountryCode? country = null;
        if (Cell(raw, Iso) is { } iso && int.TryParse(iso, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric))
        {
            country = AcledCountries.FromNumeric(numeric)?.Code;
        }

        if (country is null && Cell(raw, Country) is { } countryName)
        {
            country = AcledCountries.FromName(countryName)?.Code;
        }

        var precision = PlacePrecision.Locality;
        if (Cell(raw, GeoPrecision) is { } geo && int.TryParse(geo, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 1 and <= 3)
        {
            precision = AcledMapping.ToPlacePrecision(code);
        }

        return new Place
        {
            Name = name,
            Admin1 = Cell(raw, Admin1),
            Admin2 = Cell(raw, Admin2),
            Admin3 = Cell(raw, Admin3),
            Country = country,
            Point = point,
            Precision = precision,
        };
    }

    private static double ParseDegrees(string? text, string column)
    {
        if (text is null)
        {
            throw new FormatException($"{column} is empty, but the other coordinate is given.");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees)
            ? degrees
            : throw new FormatException($"{column} \"{text}\" is not a number.");
    }

    private static Actor? ActorOf(string?[] raw, int nameColumn, int interColumn)
    {
        if (Cell(raw, nameColumn) is not { } name)
        {
            return null;
        }

        ActorKind? kind = Cell(raw, interColumn) is { } inter && int.TryParse(inter, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? AcledMapping.ToActorKind(code)
            : null;
        return new Actor { Name = name, Kind = kind };
    }

    private static List<Actor> SplitActors(string? cell)
    {
        var actors = new List<Actor>();
        foreach (var name in Split(cell))
        {
            actors.Add(new Actor { Name = name });
        }

        return actors;
    }

    private static ValueList<SourceRef> SourcesOf(string? cell)
    {
        var sources = new List<SourceRef>();
        foreach (var name in Split(cell))
        {
            sources.Add(new SourceRef { Outlet = name });
        }

        return new ValueList<SourceRef>(sources);
    }

    private static string[] Split(string? cell) =>
        cell is null ? [] : cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string JoinNames(IEnumerable<Actor> actors)
    {
        var text = new StringBuilder();
        foreach (var actor in actors)
        {
            Append(text, actor.Name);
        }

        return text.ToString();
    }

    private static string JoinSources(ValueList<SourceRef> sources)
    {
        var text = new StringBuilder();
        foreach (var source in sources)
        {
            if ((source.Outlet ?? source.Platform ?? source.Speaker?.Name ?? source.Link?.OriginalString) is { } name
                && !string.IsNullOrWhiteSpace(name))
            {
                Append(text, name);
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string name)
    {
        if (text.Length > 0)
        {
            text.Append("; ");
        }

        text.Append(name);
    }

    private static Actor? At(ValueList<Actor> actors, int index) => actors.Count > index ? actors[index] : null;

    private static Actor[] From(ValueList<Actor> actors, int index) =>
        actors.Count > index ? actors.AsSpan()[index..].ToArray() : [];

    // A cell's text, or null when the file lacks the column or the cell is empty or blank.
    private static string? Cell(string?[] raw, int column) => string.IsNullOrWhiteSpace(raw[column]) ? null : raw[column];

    private readonly record struct Parties(Actor? Actor1, IEnumerable<Actor> Assoc1, Actor? Actor2, IEnumerable<Actor> Assoc2, Casualties? Harm);
}
