using System;
using System.Collections.Generic;
using NodaTime;

namespace ConflictModel.Cli.Summary;

/// <summary>What <c>summarize</c> gathers from the events: counts by kind, actor, place and day, and the timeline.</summary>
internal sealed class EventSummary
{
    private readonly List<TimelineEntry> _timeline = [];

    /// <summary>The number of events added.</summary>
    public long Events { get; private set; }

    /// <summary>Events by wire type.</summary>
    public Tally<string> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Events by the name of an actor they name (each event counted once per actor).</summary>
    public Tally<string> Actors { get; } = new(StringComparer.Ordinal);

    /// <summary>Events by the name of a place they name (each event counted once per place).</summary>
    public Tally<string> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>Events by the day they are dated to.</summary>
    public Tally<DayKey> Days { get; } = new();

    /// <summary>The number of events without a time.</summary>
    public long Undated { get; private set; }

    /// <summary>The earliest day any event may have happened on, or null when none is dated.</summary>
    public LocalDate? First { get; private set; }

    /// <summary>The latest day any event may have happened on, or null when none is dated.</summary>
    public LocalDate? Last { get; private set; }

    /// <summary>The events in date order.</summary>
    /// <returns>The timeline.</returns>
    public IReadOnlyList<TimelineEntry> Timeline()
    {
        var sorted = new List<TimelineEntry>(_timeline);
        sorted.Sort();
        return sorted;
    }

    /// <summary>Counts an event.</summary>
    /// <param name="value">The event.</param>
    public void Add(ConflictEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Kinds.Add(value.Type);
        var facts = EventFacts.Of(value);
        foreach (var actor in facts.Actors)
        {
            Actors.Add(actor);
        }

        foreach (var place in facts.Places)
        {
            Places.Add(place);
        }

        DayKey? day = null;
        if (value.When is { } when)
        {
            var key = DayKey.Of(when);
            var span = when.ToDateInterval();
            Days.Add(key);
            day = key;
            First = First is { } first && first <= span.Start ? first : span.Start;
            Last = Last is { } last && last >= span.End ? last : span.End;
        }
        else
        {
            Undated++;
        }

        var description = facts.Places.Count > 0 ? facts.Places[0] : facts.Actors.Count > 0 ? facts.Actors[0] : string.Empty;
        if (value is global::ConflictModel.Events.Statement && facts.Actors.Count > 0)
        {
            description = facts.Actors[0];
        }

        _timeline.Add(new TimelineEntry(day, value.When?.Instant, value.Type, value.Id, description, Events));
        Events++;
    }
}
