using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ConflictModel.Events;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop.Plover;

/// <summary>One record of a PLOVER file as <see cref="PloverReader"/> read it: the event it became, or why it could not.</summary>
/// <param name="Position">Where the record is: its 1-based index in a JSON array, or its 1-based line in JSON Lines.</param>
/// <param name="RecordId">The record's <c>id</c>, when it has one.</param>
/// <param name="Event">The imported event; null when the record is bad.</param>
/// <param name="Error">Why the record could not be imported; null when it was.</param>
/// <remarks>Exactly one of <see cref="Event"/> and <see cref="Error"/> is set. Immutable and thread-safe.</remarks>
public sealed record PloverRecord(long Position, string? RecordId, ConflictEvent? Event, string? Error)
{
    /// <summary>Whether the record was imported, i.e. <see cref="Event"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Event))]
    public bool IsSuccess => Event is not null;
}

/// <summary>
/// Reads PLOVER event records (JSON) into <see cref="ConflictEvent"/>s: records in the current manual's field names, and the
/// gold-standard records of the 0.5 drafts.
/// </summary>
/// <remarks>
/// <para>
/// The kind follows from the event type, modes, contexts and actors as <see cref="PloverMapping"/> describes. The fields:
/// </para>
/// <list type="bullet">
/// <item><description><c>id</c> → <c>Id</c> = <c>plover-</c> + id, and <see cref="Origin.RecordId"/>.</description></item>
/// <item><description><c>date</c> (and <c>enddate</c>) → <see cref="EventTime.OnDay"/> (or <see cref="EventTime.Within"/> the span).</description></item>
/// <item><description><c>source</c> and <c>recipient</c> (0.5: <c>target</c>; also <c>actor</c> for the source) → the kind's parties;
/// an actor's name is its <c>actor_text</c> (0.5: <c>actorText</c>; else <c>raw_text</c>, <c>entity_name</c>,
/// <c>identifier_text</c>, <c>code</c>), its country the ISO alpha-3 <c>code</c>, its kind the <c>sector</c> (see
/// <see cref="PloverMapping"/>), its role the <c>office</c>. A kind that needs a party the record does not name gets
/// <see cref="PloverMapping.UnidentifiedActor"/>.</description></item>
/// <item><description><c>event_loc</c> (0.5: <c>eventLoc</c>; or top-level <c>country</c>, <c>admin1</c>, <c>admin2</c>,
/// <c>latitude</c>, <c>longitude</c>, <c>geo_name</c>, <c>geo_country</c>, <c>geo_latitude</c>, <c>geo_longitude</c>) →
/// <c>Where</c>: <c>name</c>, <c>admin1</c>, <c>admin2</c>, <c>country code</c> (or <c>cc3</c>), <c>latitude</c>,
/// <c>longitude</c>, and the precision from a geonames <c>feature code</c> (PCL* country, ADM1 region, ADM2 district, else
/// locality).</description></item>
/// <item><description><c>text</c> → the quote of the event's source; <c>cite_info</c> <c>publication</c>, <c>url</c>,
/// <c>date_published</c> (or the same at top level, or <c>source</c> as a string) → its outlet, link and publication
/// time.</description></item>
/// <item><description><c>dead</c>, <c>injured</c> → the harm's killed and injured; <c>size</c> → a protest's or riot's size, an
/// arrest's count, an evacuation's number (numbers, or words such as "thousands").</description></item>
/// </list>
/// <para>
/// <see cref="Origin"/> (<c>Dataset</c> = <c>plover</c>) keeps, as compact JSON text in document order, <c>event</c> and <c>mode</c>
/// always, and every other property the model cannot give back exactly (<c>context</c>, <c>event_text</c>, <c>text_info</c>,
/// <c>coder</c>, actor lists whose details have no field, …), under the current manual's name (a 0.5 <c>target</c> is kept as
/// <c>recipient</c>). A kept property with empty text marks one the writer would derive but the record did not have. So
/// <see cref="PloverWriter"/> gives back a record read in the current field names property for property.
/// </para>
/// <para>
/// Records whose event is <c>DOCUMENT</c> document a file (the first gold-standard record does) and are skipped. Uses
/// <see cref="JsonDocument"/> only; no reflection. Thread-safe.
/// </para>
/// </remarks>
public static class PloverReader
{
    /// <summary>The <see cref="Origin.Dataset"/> of imported events: <c>plover</c>.</summary>
    public const string Dataset = "plover";

    /// <summary>The prefix of imported events' ids: <c>plover-</c> followed by the record's <c>id</c>.</summary>
    public const string IdPrefix = "plover-";

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly (string Legacy, string Current)[] Renames =
    [
        ("target", "recipient"), ("actor", "source"), ("eventText", "event_text"), ("textInfo", "text_info"),
        ("eventLoc", "event_loc"), ("dateCoded", "coded_date"), ("citeInfo", "cite_info"),
    ];

    private static readonly string[] FlatLocation =
        ["country", "admin1", "admin2", "latitude", "longitude", "geo_name", "geo_country", "geo_latitude", "geo_longitude"];

    private static readonly string[] FlatCitation = ["publication", "url", "date_published"];

    /// <summary>
    /// Reads every record of a PLOVER file: a JSON array of records, or JSON Lines (one record per line). Bad records are
    /// reported and reading goes on; documentation records are skipped.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The records in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text starts an array that is not valid JSON.</exception>
    public static IReadOnlyList<PloverRecord> ReadAll(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var records = new List<PloverRecord>();
        if (json.AsSpan().TrimStart().StartsWith("[", StringComparison.Ordinal))
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            long index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                index++;
                if (!IsDocumentation(element))
                {
                    records.Add(ReadRecord(element, index));
                }
            }

            return records;
        }

        long line = 0;
        foreach (var text in json.Split('\n'))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text, DocumentOptions);
            }
            catch (JsonException e)
            {
                records.Add(new PloverRecord(line, null, null, $"line {line.ToString(CultureInfo.InvariantCulture)}: not JSON: {e.Message}"));
                continue;
            }

            using (document)
            {
                if (!IsDocumentation(document.RootElement))
                {
                    records.Add(ReadRecord(document.RootElement, line));
                }
            }
        }

        return records;
    }

    /// <summary>Reads one PLOVER record.</summary>
    /// <param name="json">The record, a JSON object.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not JSON.</exception>
    /// <exception cref="FormatException">The record is not a PLOVER event record.</exception>
    public static ConflictEvent Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, DocumentOptions);
        return Read(document.RootElement);
    }

    /// <summary>Reads one PLOVER record.</summary>
    /// <param name="record">The record, a JSON object.</param>
    /// <returns>The event.</returns>
    /// <exception cref="FormatException">The record is not a PLOVER event record: not an object, without an <c>id</c> or a
    /// known <c>event</c> type, or with a <c>date</c> that is not <c>YYYY-MM-DD</c>.</exception>
    public static ConflictEvent Read(JsonElement record)
    {
        var result = ReadRecord(record, 0);
        return result.Event ?? throw new FormatException(result.Error);
    }

    /// <summary>Whether a record only documents its file (its <c>event</c> is <c>DOCUMENT</c>), as the first gold-standard record does.</summary>
    /// <param name="record">The record.</param>
    /// <returns>True for a documentation record.</returns>
    public static bool IsDocumentation(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object
        && record.TryGetProperty("event", out var type)
        && Strings(type).Any(s => string.Equals(s, "DOCUMENT", StringComparison.OrdinalIgnoreCase));

    private static PloverRecord ReadRecord(JsonElement record, long position)
    {
        string? id = record.ValueKind == JsonValueKind.Object && record.TryGetProperty("id", out var idElement) ? Scalar(idElement) : null;
        try
        {
            return new PloverRecord(position, id, new RecordMapper(record).Map(), null);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            string where = id is null ? "record " + position.ToString(CultureInfo.InvariantCulture) : "record '" + id + "'";
            return new PloverRecord(position, id, null, where + ": " + e.Message);
        }
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                foreach (var part in element.GetString()!.Split(','))
                {
                    if (!string.IsNullOrWhiteSpace(part))
                    {
                        yield return part.Trim();
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        yield return item.GetString()!.Trim();
                    }
                }

                break;
        }
    }

    private sealed class RecordMapper
    {
        private readonly List<KeyValuePair<string, JsonElement>> _properties = [];
        private readonly Dictionary<string, JsonElement> _byName = new(StringComparer.Ordinal);
        private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);
        private readonly HashSet<string> _fed = new(StringComparer.Ordinal);

        public RecordMapper(JsonElement record)
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("a PLOVER record is a JSON object, not " + record.ValueKind.ToString().ToLowerInvariant());
            }

            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in record.EnumerateObject())
            {
                // A string "source" is the citation's source (the outlet), not the list of source actors.
                if (property.Name == "source" && property.Value.ValueKind == JsonValueKind.String)
                {
                    CitationSource = property.Value.GetString();
                    continue;
                }

                present.Add(property.Name);
            }

            foreach (var property in record.EnumerateObject())
            {
                string name = property.Name;
                if (name == "source" && property.Value.ValueKind == JsonValueKind.String)
                {
                    continue;
                }

                foreach (var (legacy, current) in Renames)
                {
                    bool actorIsList = legacy != "actor" || property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object;
                    if (name == legacy && !present.Contains(current) && actorIsList)
                    {
                        name = current;
                    }
                }

                if (_byName.TryAdd(name, property.Value))
                {
                    _properties.Add(new(name, property.Value));
                }
            }
        }

        public ConflictEvent Map()
        {
            string id = Get("id") is { } idElement ? Scalar(idElement) ?? string.Empty : string.Empty;
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new FormatException("the record has no id");
            }

            var codes = Get("event") is { } eventElement ? Strings(eventElement).ToList() : [];
            PloverEventType? type = null;
            string? impliedMode = null;
            foreach (var code in codes)
            {
                if (PloverEventTypes.TryParse(code, out var parsed))
                {
                    type = parsed;
                    impliedMode = PloverEventTypes.ImpliedMode(code);
                    break;
                }
            }

            if (type is not { } eventType)
            {
                throw new FormatException(codes.Count == 0
                    ? "the record has no event type"
                    : $"the event '{string.Join(", ", codes)}' is not a PLOVER event type");
            }

            var modes = PloverMapping.Normalize(Get("mode") is { } modeElement ? Strings(modeElement) : []).ToList();
            if (impliedMode is not null && !modes.Contains(impliedMode))
            {
                modes.Add(impliedMode);
            }

            var contexts = Get("context") is { } contextElement ? Strings(contextElement).ToList() : [];
            var sources = Actors("source");
            var recipients = Actors("recipient");
            var place = ReadPlace();
            var when = ReadWhen();
            var sourceRefs = ReadSources();
            var killed = Count("dead");
            var injured = Count("injured");
            var size = Count("size");
            var harm = killed is null && injured is null ? null : new Casualties { Killed = killed, Injured = injured };
            string words = (Text("event_text") ?? string.Empty) + " " + (Text("text") ?? string.Empty);
            var shape = new PloverMapping.Shape(
                sources.Count,
                recipients.Count,
                recipients.Count > 0 && recipients.All(r => r.Kind == ActorKind.Civilians),
                place is not null,
                words.Contains("evacuat", StringComparison.OrdinalIgnoreCase));
            var choice = PloverMapping.Choose(eventType, modes, contexts, shape);
            var weapons = ValueList.From(modes.Select(PloverMapping.WeaponFor).OfType<WeaponKind>().Distinct());

            Actor First(List<Actor> actors) => actors.Count > 0 ? actors[0] : PloverMapping.UnidentifiedActor;
            ValueList<Actor> All(List<Actor> actors) => actors.Count > 0 ? ValueList.From(actors) : [PloverMapping.UnidentifiedActor];
            Actor? FirstOrNull(List<Actor> actors) => actors.Count > 0 ? actors[0] : null;

            ConflictEvent built = choice.Target switch
            {
                PloverMapping.Target.Agreement => new Agreement { Id = string.Empty, Parties = All([.. sources, .. recipients]) },
                PloverMapping.Target.DiplomaticDecision => new DiplomaticDecision
                {
                    Id = string.Empty, DecidedBy = All(sources), Decision = DecisionKind.Other, Subject = FirstOrNull(recipients),
                },
                PloverMapping.Target.Evacuation => new Evacuation { Id = string.Empty, From = place!, By = ValueList.From(sources), Evacuated = size },
                PloverMapping.Target.Withdrawal => new Withdrawal
                {
                    Id = string.Empty, Forces = First(sources), From = [place!], Status = WithdrawalStatus.UnderWay, Pressure = FirstOrNull(recipients),
                },
                PloverMapping.Target.WeaponsRequest => new WeaponsRequest
                {
                    Id = string.Empty, Requester = First(sources), Addressees = ValueList.From(recipients),
                },
                PloverMapping.Target.Accusation => new Accusation
                {
                    Id = string.Empty, Accusers = All(sources), Accused = All(recipients), Allegation = AllegationKind.Other,
                },
                PloverMapping.Target.Sanction => new Sanction { Id = string.Empty, ImposedBy = All(sources), Targets = All(recipients) },
                PloverMapping.Target.Protest => new Protest { Id = string.Empty, Protesters = All(sources), Size = size, Harm = harm },
                PloverMapping.Target.Riot => new Riot
                {
                    Id = string.Empty, Rioters = All(sources), Form = RiotForm.ViolentDemonstration, Against = ValueList.From(recipients),
                    Size = size, Harm = harm,
                },
                PloverMapping.Target.StrategicDevelopment => new StrategicDevelopment
                {
                    Id = string.Empty, Actors = All(sources), Development = DevelopmentKind.Other,
                },
                PloverMapping.Target.Arrest => new Arrest { Id = string.Empty, By = First(sources), Detained = ValueList.From(recipients), Count = size },
                PloverMapping.Target.PropertyDestruction => new PropertyDestruction
                {
                    Id = string.Empty, Perpetrator = First(sources), Acts = [choice.Act], Owners = ValueList.From(recipients),
                },
                PloverMapping.Target.Strike => new Strike
                {
                    Id = string.Empty, Attacker = First(sources), Weapons = weapons, Harm = harm,
                    Targets = ValueList.From(recipients.Select(r => new Target { Name = r.Name })),
                },
                PloverMapping.Target.GroundAssault => new GroundAssault
                {
                    Id = string.Empty, Attacker = First(sources), Defender = FirstOrNull(recipients), Actions = [AssaultAction.Attack],
                    Weapons = weapons, Harm = harm,
                },
                PloverMapping.Target.ArmedClash => new ArmedClash
                {
                    Id = string.Empty, Sides = All([.. sources, .. recipients]), Weapons = weapons, Harm = harm,
                },
                PloverMapping.Target.AttackOnCivilians => new AttackOnCivilians
                {
                    Id = string.Empty, Perpetrator = First(sources), Victims = ValueList.From(recipients), Weapons = weapons, Harm = harm,
                    Violence = modes.Contains("abduct") ? CivilianViolence.Abduction
                        : modes.Contains("sexual") ? CivilianViolence.SexualViolence
                        : CivilianViolence.Attack,
                },
                _ => new Statement
                {
                    Id = string.Empty, Speaker = First(sources), Kind = choice.StatementKind, Content = choice.Content,
                    Audience = ValueList.From(recipients),
                },
            };

            built = built with
            {
                Id = IdPrefix + id,
                When = when,
                Where = place,
                Sources = sourceRefs,
                Origin = new Origin { Dataset = Dataset, RecordId = id },
            };
            return built with { Origin = new Origin { Dataset = Dataset, RecordId = id, Fields = Kept(built) } };
        }

        /// <summary>The record's properties the writer would not give back from the model, as raw JSON in document order.</summary>
        private ValueList<OriginField> Kept(ConflictEvent built)
        {
            var derived = new Dictionary<string, string>(StringComparer.Ordinal);
            var derivedOrder = new List<string>();
            foreach (var (name, json) in PloverWriter.Derive(built))
            {
                derived[name] = json;
                derivedOrder.Add(name);
            }

            var kept = new List<OriginField>();
            foreach (var (name, value) in _properties)
            {
                bool always = name is "event" or "mode";
                if (!always && _consumed.Contains(name))
                {
                    continue;
                }

                string compact = PloverWriter.Utf8(value.WriteTo, indented: false);
                if (!always && derived.TryGetValue(name, out var json) && json == compact)
                {
                    continue;
                }

                kept.Add(new OriginField(name, compact));
            }

            foreach (var name in derivedOrder)
            {
                if (!_byName.ContainsKey(name) && !_fed.Contains(name))
                {
                    kept.Add(new OriginField(name, string.Empty));
                }
            }

            return ValueList.From(kept);
        }

        /// <summary>A top-level <c>source</c> that is a string: the outlet, in flat records.</summary>
        private string? CitationSource { get; }

        private JsonElement? Get(string name) => _byName.TryGetValue(name, out var value) ? value : null;

        private string? Text(string name) => Get(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

        private List<Actor> Actors(string name)
        {
            var actors = new List<Actor>();
            if (Get(name) is not { } element)
            {
                return actors;
            }

            if (element.ValueKind == JsonValueKind.Object)
            {
                AddActor(actors, element);
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    AddActor(actors, item);
                }
            }

            return actors;
        }

        private static void AddActor(List<Actor> actors, JsonElement item)
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                actors.Add(new Actor { Name = item.GetString()! });
                return;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            string? Field(string key) => item.TryGetProperty(key, out var v) && Scalar(v) is { } s && !string.IsNullOrWhiteSpace(s) ? s : null;
            string? code = Field("code") ?? Field("country_code");
            string? name = Field("actor_text") ?? Field("actorText") ?? Field("raw_text") ?? Field("entity_name")
                ?? Field("identifier_text") ?? Field("name") ?? code;
            if (name is null)
            {
                return;
            }

            CountryCode? country = code is { Length: 3 } && IsoCountries.TryFromAlpha3(code, out var c) ? c : null;
            actors.Add(new Actor
            {
                Name = name,
                Kind = PloverActors.KindOfSector(Field("sector") ?? Field("sector_code")) ?? PloverActors.KindOfCode(code),
                Country = country,
                Role = Field("office"),
            });
        }

        private EventTime? ReadWhen()
        {
            if (Text("date") is not { } dateText)
            {
                return Get("date") is null ? null : throw new FormatException("date is not a YYYY-MM-DD string");
            }

            var start = ParseDate("date", dateText);
            if (Text("enddate") is { } endText)
            {
                var end = ParseDate("enddate", endText);
                if (end < start)
                {
                    throw new FormatException($"enddate '{endText}' is before date '{dateText}'");
                }

                return end == start ? EventTime.OnDay(start) : EventTime.Within(new DateInterval(start, end));
            }

            return EventTime.OnDay(start);
        }

        private static LocalDate ParseDate(string name, string text)
        {
            var result = LocalDatePattern.Iso.Parse(text.Trim());
            return result.Success ? result.Value : throw new FormatException($"{name} '{text}' is not a YYYY-MM-DD date");
        }

        private Place? ReadPlace()
        {
            if (Get("event_loc") is { ValueKind: JsonValueKind.Object } location)
            {
                return PlaceFrom(key => location.TryGetProperty(key, out var v) ? v : null, null);
            }

            if (Get("event_loc") is not null || !FlatLocation.Any(_byName.ContainsKey))
            {
                return null;
            }

            var place = PlaceFrom(key => Get(key), "geo_");
            if (place is not null)
            {
                foreach (var name in FlatLocation)
                {
                    if (_byName.ContainsKey(name))
                    {
                        _consumed.Add(name);
                    }
                }

                _fed.Add("event_loc");
            }

            return place;
        }

        private static Place? PlaceFrom(Func<string, JsonElement?> get, string? flatPrefix)
        {
            string? Field(params string[] keys)
            {
                foreach (var key in keys)
                {
                    if (get(key) is { } v && Scalar(v) is { } s && !string.IsNullOrWhiteSpace(s))
                    {
                        return s;
                    }
                }

                return null;
            }

            double? Number(params string[] keys)
            {
                string? text = Field(keys);
                return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : null;
            }

            string p = flatPrefix ?? string.Empty;
            string? countryText = Field("country code", "country_code", p + "country", "country", "cc3");
            CountryCode? country = countryText switch
            {
                { Length: 2 } when CountryCode.TryParse(countryText, out var two) => two,
                { Length: 3 } when IsoCountries.TryFromAlpha3(countryText, out var three) => three,
                _ => null,
            };
            string? admin1 = Field("admin1", p + "admin1");
            string? admin2 = Field("admin2", p + "admin2");
            string? name = Field("name", "asciiname", "placename", p + "name") ?? admin2 ?? admin1;
            if (name is null)
            {
                return null;
            }

            double? lat = Number("latitude", p + "latitude", "lat");
            double? lon = Number("longitude", p + "longitude", "lon");
            GeoPoint? point = lat is { } la && lon is { } lo && Math.Abs(la) <= 90 && Math.Abs(lo) <= 180 ? new GeoPoint(la, lo) : null;
            string feature = Field("feature code", "feature_code") ?? string.Empty;
            var precision = feature.ToUpperInvariant() switch
            {
                var f when f.StartsWith("PCL", StringComparison.Ordinal) => PlacePrecision.Country,
                "ADM1" => PlacePrecision.Region,
                "ADM2" => PlacePrecision.District,
                _ => PlacePrecision.Locality,
            };
            return new Place { Name = name, Admin1 = admin1, Admin2 = admin2, Country = country, Point = point, Precision = precision };
        }

        private ValueList<SourceRef> ReadSources()
        {
            string? quote = Text("text");
            JsonElement? cite = Get("cite_info") is { ValueKind: JsonValueKind.Object } c ? c : null;
            string? Field(string key)
            {
                if (cite is { } obj)
                {
                    return obj.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                }

                if (Text(key) is { } flat)
                {
                    _consumed.Add(key);
                    _fed.Add("cite_info");
                    return flat;
                }

                return null;
            }

            string? outlet = Field("publication");
            if (CitationSource is { } sourceName)
            {
                outlet ??= sourceName;
                _fed.Add("cite_info");
            }

            string? url = Field("url");
            Uri? link = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute : null;
            if (url is not null && link is null)
            {
                _consumed.Remove("url");
            }

            string? publishedText = Field("date_published");
            Instant? published = ParseInstant(publishedText);
            if (publishedText is not null && published is null)
            {
                _consumed.Remove("date_published");
            }

            if (quote is null && outlet is null && link is null && published is null)
            {
                return default;
            }

            return [new SourceRef { Outlet = outlet, Link = link, Published = published, Quote = quote }];
        }

        private static Instant? ParseInstant(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var date = LocalDatePattern.Iso.Parse(text.Trim());
            if (date.Success)
            {
                return date.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            }

            var instant = InstantPattern.ExtendedIso.Parse(text.Trim());
            if (instant.Success)
            {
                return instant.Value;
            }

            var offset = OffsetDateTimePattern.ExtendedIso.Parse(text.Trim());
            return offset.Success ? offset.Value.ToInstant() : null;
        }

        private Estimate? Count(string name)
        {
            if (Get(name) is not { } element)
            {
                return null;
            }

            if (element.ValueKind == JsonValueKind.Number)
            {
                return element.TryGetInt64(out long n) && n >= 0 ? Estimate.Exactly(n) : null;
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            string text = element.GetString()!.Trim();
            if (long.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out long count))
            {
                return Estimate.Exactly(count);
            }

            int dash = text.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0
                && long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out long low)
                && long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long high)
                && low <= high)
            {
                return Estimate.Between(low, high);
            }

            foreach (var quantifier in Enum.GetValues<Quantifier>())
            {
                string words = PloverWriter.Words(quantifier);
                if (string.Equals(text, words, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(text, words.Replace("a ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                {
                    return Estimate.Approximately(quantifier);
                }
            }

            return null;
        }
    }
}
