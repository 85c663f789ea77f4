using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictModel.Events;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop.Plover;

/// <summary>
/// Writes events as PLOVER records in the field names of the current PLOVER manual, one JSON object per event.
/// </summary>
/// <remarks>
/// <para>A record has, in the manual's order and when the event has something to put there:</para>
/// <list type="bullet">
/// <item><description><c>id</c>: <see cref="Origin.RecordId"/> for an event read from PLOVER, else <see cref="ConflictEvent.Id"/>.</description></item>
/// <item><description><c>date</c> (<c>YYYY-MM-DD</c>), <c>enddate</c> when the event is known only to a span of days, <c>time</c>
/// (UTC) for an exact instant.</description></item>
/// <item><description><c>source</c> and <c>recipient</c>: lists of actor objects <c>{"actor_text", "code", "sector", "office"}</c>,
/// with the ISO 3166-1 alpha-3 country as <c>code</c> (see <see cref="PloverMapping"/> for who is source and who recipient in
/// each kind; two-sided fighting has every side as source).</description></item>
/// <item><description><c>event</c> and <c>mode</c>: lists, from <see cref="PloverMapping.CodeFor"/>; <c>context</c>
/// <c>["military"]</c> for a weapons request.</description></item>
/// <item><description><c>event_loc</c>: <c>{"name", "admin1", "admin2", "country code", "latitude", "longitude"}</c> (geonames
/// field names; <c>admin1</c>/<c>admin2</c> hold names, not geonames codes).</description></item>
/// <item><description><c>text</c>: the first source's quote; <c>cite_info</c>: <c>{"publication", "url", "date_published"}</c>
/// from the first source.</description></item>
/// <item><description><c>dead</c>, <c>injured</c> (from the harm) and <c>size</c> (crowd size, people detained or evacuated): a
/// number when exact, else the estimate in words.</description></item>
/// </list>
/// <para>
/// An event read by <see cref="PloverReader"/> carries in its <see cref="Origin"/> the record's properties the model could not give
/// back exactly (always <c>event</c> and <c>mode</c>); they replace what the writer would derive, so a record read and written
/// again has the same properties. A kept property with empty text stands for one the record did not have.
/// </para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class PloverWriter
{
    private static readonly string[] CanonicalOrder =
    [
        "id", "has_event", "date", "time", "enddate", "endtime", "source", "recipient", "event", "event_loc", "event_text",
        "quad_code", "event_scale", "mode", "context", "dead", "injured", "size", "link", "text", "text_info", "cite_info",
        "coder", "coded_date", "coded_time", "comment",
    ];

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether the event can be written: it has a PLOVER type (see <see cref="PloverMapping.CodeFor"/>) or was read
    /// from PLOVER.</summary>
    /// <param name="conflictEvent">The event.</param>
    /// <returns>True when <see cref="Write"/> accepts it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conflictEvent"/> is null.</exception>
    public static bool CanWrite(ConflictEvent conflictEvent)
    {
        ArgumentNullException.ThrowIfNull(conflictEvent);
        return KeptEvent(conflictEvent) is not null || PloverMapping.CodeFor(conflictEvent) is not null;
    }

    /// <summary>Writes one event as a PLOVER record (a JSON object).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="conflictEvent">The event.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException">PLOVER has no event type for the event (see <see cref="CanWrite"/>).</exception>
    public static void Write(Utf8JsonWriter writer, ConflictEvent conflictEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(conflictEvent);
        if (!CanWrite(conflictEvent))
        {
            throw new NotSupportedException($"PLOVER has no event type for the {conflictEvent.EventKind.Name} '{conflictEvent.Id}'.");
        }

        var properties = Derive(conflictEvent);
        if (IsFromPlover(conflictEvent))
        {
            foreach (var field in conflictEvent.Origin!.Fields)
            {
                Override(properties, field.Name, field.Value.Length == 0 ? null : field.Value);
            }
        }

        writer.WriteStartObject();
        foreach (var (name, json) in properties)
        {
            // Kept values are raw text as read, possibly spread over lines; writing them through a document keeps the
            // writer's own layout (one line per record in JSON Lines).
            writer.WritePropertyName(name);
            using var value = JsonDocument.Parse(json);
            value.RootElement.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one event as a PLOVER record.</summary>
    /// <param name="conflictEvent">The event.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conflictEvent"/> is null.</exception>
    /// <exception cref="NotSupportedException">PLOVER has no event type for the event.</exception>
    public static string Serialize(ConflictEvent conflictEvent, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(conflictEvent);
        return Utf8(w => Write(w, conflictEvent), indented);
    }

    /// <summary>Writes events as a JSON array of PLOVER records.</summary>
    /// <param name="events">The events.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    /// <exception cref="NotSupportedException">PLOVER has no event type for one of the events.</exception>
    public static string SerializeArray(IEnumerable<ConflictEvent> events, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(events);
        return Utf8(
            w =>
            {
                w.WriteStartArray();
                foreach (var e in events)
                {
                    Write(w, e);
                }

                w.WriteEndArray();
            },
            indented);
    }

    /// <summary>Writes events as JSON Lines, the format the manual suggests: one record per line, each line ending in <c>\n</c>.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    /// <exception cref="NotSupportedException">PLOVER has no event type for one of the events.</exception>
    public static string SerializeJsonLines(IEnumerable<ConflictEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var text = new StringBuilder();
        foreach (var e in events)
        {
            text.Append(Serialize(e)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The properties the writer derives from the model alone, in the manual's order, each as compact JSON.</summary>
    internal static List<KeyValuePair<string, string>> Derive(ConflictEvent e)
    {
        var properties = new List<KeyValuePair<string, string>>();
        void Add(string name, Action<Utf8JsonWriter> write) => properties.Add(new(name, Utf8(write, indented: false)));

        string id = IsFromPlover(e) && e.Origin!.RecordId is { } recordId ? recordId : e.Id;
        Add("id", w => w.WriteStringValue(id));
        DeriveTime(e.When, Add);

        var (sources, recipients) = ActorsOf(e);
        if (sources.Count > 0)
        {
            Add("source", w => WriteActors(w, sources));
        }

        if (recipients.Count > 0)
        {
            Add("recipient", w => WriteActors(w, recipients));
        }

        var code = PloverMapping.CodeFor(e);
        if (code is not null)
        {
            Add("event", w => WriteStrings(w, [code.Type.ToCode()]));
        }

        if (PlaceOf(e) is { } place)
        {
            Add("event_loc", w => WritePlace(w, place));
        }

        if (code is { Modes.IsEmpty: false })
        {
            Add("mode", w => WriteStrings(w, code.Modes));
        }

        if (e is WeaponsRequest)
        {
            Add("context", w => WriteStrings(w, ["military"]));
        }

        var harm = HarmOf(e);
        if (harm?.Killed is { } killed)
        {
            Add("dead", w => WriteEstimate(w, killed));
        }

        if (harm?.Injured is { } injured)
        {
            Add("injured", w => WriteEstimate(w, injured));
        }

        if (SizeOf(e) is { } size)
        {
            Add("size", w => WriteEstimate(w, size));
        }

        if (e.Sources.Count > 0)
        {
            var first = e.Sources[0];
            if (first.Quote is { } quote)
            {
                Add("text", w => w.WriteStringValue(quote));
            }

            if (first.Outlet is not null || first.Link is not null || first.Published is not null)
            {
                Add("cite_info", w => WriteCitation(w, first));
            }
        }

        return properties;
    }

    /// <summary>Writes a JSON value compactly, as the reader compares values.</summary>
    internal static string Utf8(Action<Utf8JsonWriter> write, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? new JsonWriterOptions { Encoder = CompactOptions.Encoder, Indented = true } : CompactOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The quantifier as PLOVER data words it, e.g. "tens of thousands".</summary>
    internal static string Words(Quantifier quantifier) => quantifier switch
    {
        Quantifier.Few => "a few",
        Quantifier.Several => "several",
        Quantifier.Dozens => "dozens",
        Quantifier.Hundreds => "hundreds",
        Quantifier.Thousands => "thousands",
        Quantifier.TensOfThousands => "tens of thousands",
        Quantifier.HundredsOfThousands => "hundreds of thousands",
        _ => "millions",
    };

    private static bool IsFromPlover(ConflictEvent e) =>
        e.Origin is { } origin && string.Equals(origin.Dataset, PloverReader.Dataset, StringComparison.Ordinal);

    private static string? KeptEvent(ConflictEvent e) => IsFromPlover(e) ? e.Origin!["event"] : null;

    private static void Override(List<KeyValuePair<string, string>> properties, string name, string? json)
    {
        int existing = properties.FindIndex(p => p.Key == name);
        if (json is null)
        {
            if (existing >= 0)
            {
                properties.RemoveAt(existing);
            }

            return;
        }

        if (existing >= 0)
        {
            properties[existing] = new(name, json);
            return;
        }

        int rank = Array.IndexOf(CanonicalOrder, name);
        int at = properties.Count;
        if (rank >= 0)
        {
            at = properties.FindIndex(p => Array.IndexOf(CanonicalOrder, p.Key) is var other && (other > rank || other < 0));
            if (at < 0)
            {
                at = properties.Count;
            }
        }

        properties.Insert(at, new(name, json));
    }

    private static void DeriveTime(EventTime? when, Action<string, Action<Utf8JsonWriter>> add)
    {
        if (when is null)
        {
            return;
        }

        if (when.Instant is { } instant)
        {
            var utc = instant.InUtc();
            add("date", w => w.WriteStringValue(LocalDatePattern.Iso.Format(utc.Date)));
            add("time", w => w.WriteStringValue(LocalTimePattern.ExtendedIso.Format(utc.TimeOfDay) + "Z"));
            return;
        }

        var span = when.ToDateInterval();
        add("date", w => w.WriteStringValue(LocalDatePattern.Iso.Format(span.Start)));
        if (span.End != span.Start)
        {
            add("enddate", w => w.WriteStringValue(LocalDatePattern.Iso.Format(span.End)));
        }
    }

    private static (List<Actor> Sources, List<Actor> Recipients) ActorsOf(ConflictEvent e)
    {
        var sources = new List<Actor>();
        var recipients = new List<Actor>();
        void Source(Actor? actor)
        {
            if (actor is not null && actor != PloverMapping.UnidentifiedActor)
            {
                sources.Add(actor);
            }
        }

        void Recipient(Actor? actor)
        {
            if (actor is not null && actor != PloverMapping.UnidentifiedActor)
            {
                recipients.Add(actor);
            }
        }

        switch (e)
        {
            case Agreement x: Each(x.Parties, Source); break;
            case DiplomaticDecision x: Each(x.DecidedBy, Source); Recipient(x.Subject); break;
            case Evacuation x: Each(x.By, Source); break;
            case Withdrawal x: Source(x.Forces); Recipient(x.Pressure); break;
            case WeaponsRequest x: Source(x.Requester); Each(x.Addressees, Recipient); break;
            case Accusation x: Each(x.Accusers, Source); Each(x.Accused, Recipient); break;
            case Sanction x: Each(x.ImposedBy, Source); Each(x.Targets, Recipient); break;
            case Protest x: Each(x.Protesters, Source); break;
            case Riot x: Each(x.Rioters, Source); Each(x.Against, Recipient); break;
            case StrategicDevelopment x: Each(x.Actors, Source); break;
            case Arrest x: Source(x.By); Each(x.Detained, Recipient); break;
            case PropertyDestruction x: Source(x.Perpetrator); Each(x.Owners, Recipient); break;
            case Strike x:
                Source(x.Attacker);
                foreach (var target in x.Targets)
                {
                    if (!string.IsNullOrWhiteSpace(target?.Name))
                    {
                        Recipient(new Actor { Name = target.Name });
                    }
                }

                break;
            case GroundAssault x: Source(x.Attacker); Recipient(x.Defender); break;
            case ArmedClash x: Each(x.Sides, Source); break;
            case AttackOnCivilians x: Source(x.Perpetrator); Each(x.Victims, Recipient); break;
            case Statement x: Source(x.Speaker); Each(x.Audience, Recipient); break;
        }

        return (sources, recipients);
    }

    private static void Each(ValueList<Actor> actors, Action<Actor?> add)
    {
        foreach (var actor in actors)
        {
            add(actor);
        }
    }

    private static Place? PlaceOf(ConflictEvent e) => e.Where ?? e switch
    {
        Evacuation x => x.From,
        Withdrawal { From.Count: > 0 } x => x.From[0],
        _ => null,
    };

    private static Casualties? HarmOf(ConflictEvent e) => e switch
    {
        ArmedClash x => x.Harm,
        AttackOnCivilians x => x.Harm,
        Strike x => x.Harm,
        GroundAssault x => x.Harm,
        Protest x => x.Harm,
        Riot x => x.Harm,
        ControlChange x => x.Harm,
        _ => null,
    };

    private static Estimate? SizeOf(ConflictEvent e) => e switch
    {
        Protest x => x.Size,
        Riot x => x.Size,
        Arrest x => x.Count,
        Evacuation x => x.Evacuated,
        _ => null,
    };

    private static void WriteStrings(Utf8JsonWriter w, IEnumerable<string> values)
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteActors(Utf8JsonWriter w, List<Actor> actors)
    {
        w.WriteStartArray();
        foreach (var actor in actors)
        {
            w.WriteStartObject();
            w.WriteString("actor_text", actor.Name);
            if (PloverActors.CodeOf(actor) is { } code)
            {
                w.WriteString("code", code);
            }

            if (PloverActors.SectorOf(actor.Kind) is { } sector)
            {
                w.WriteString("sector", sector);
            }

            if (actor.Role is { } role)
            {
                w.WriteString("office", role);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WritePlace(Utf8JsonWriter w, Place place)
    {
        w.WriteStartObject();
        w.WriteString("name", place.Name);
        if (place.Admin1 is { } admin1)
        {
            w.WriteString("admin1", admin1);
        }

        if (place.Admin2 is { } admin2)
        {
            w.WriteString("admin2", admin2);
        }

        if (place.Country is { } country)
        {
            w.WriteString("country code", country.Value);
        }

        if (place.Point is { } point)
        {
            w.WriteNumber("latitude", point.Latitude);
            w.WriteNumber("longitude", point.Longitude);
        }

        w.WriteEndObject();
    }

    private static void WriteEstimate(Utf8JsonWriter w, Estimate estimate)
    {
        switch (estimate.Kind)
        {
            case EstimateKind.Exact:
                w.WriteNumberValue(estimate.Value!.Value);
                break;
            case EstimateKind.Qualifier:
                w.WriteStringValue(Words(estimate.Quantifier!.Value));
                break;
            case EstimateKind.Range:
                w.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{estimate.Low}-{estimate.High}"));
                break;
            default:
                w.WriteStringValue(estimate.ToString());
                break;
        }
    }

    private static void WriteCitation(Utf8JsonWriter w, SourceRef source)
    {
        w.WriteStartObject();
        if (source.Outlet is { } outlet)
        {
            w.WriteString("publication", outlet);
        }

        if (source.Link is { } link)
        {
            w.WriteString("url", link.OriginalString);
        }

        if (source.Published is { } published)
        {
            var utc = published.InUtc();
            w.WriteString(
                "date_published",
                utc.TimeOfDay == LocalTime.Midnight ? LocalDatePattern.Iso.Format(utc.Date) : InstantPattern.ExtendedIso.Format(published));
        }

        w.WriteEndObject();
    }
}
