using System;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes the enums of the domain primitives as their JSON wire names: the kebab-case form of the member
/// name, for example <see cref="ActorKind.StateForces"/> is <c>"state-forces"</c> and <see cref="Quantifier.TensOfThousands"/>
/// is <c>"tens-of-thousands"</c>.
/// </summary>
/// <remarks>
/// <para>
/// The mapping is written out member by member in <c>switch</c> expressions: it uses no reflection, and neither
/// <see cref="Enum.ToString()"/> nor <see cref="Enum.Parse(Type, string)"/>, so it is trimming- and AOT-safe and renaming a
/// C# member does not silently change the wire format. Wire names are pre-encoded once; reading compares the raw UTF-8
/// token with them and allocates nothing unless the value is unknown.
/// </para>
/// <para>
/// Each <c>Read…</c> method expects the reader to be positioned on the string token and leaves it there. An unknown wire
/// value throws <see cref="UnknownJsonContentException"/> (via <see cref="JsonErrors.UnknownEnumValue"/>); a token that is
/// not a string throws <see cref="ConflictJsonException"/>.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class PrimitiveEnumsJson
{
    /// <summary>The JSON Schema (draft 2020-12) of <see cref="ActorKind"/>.</summary>
    public const string ActorKindSchema = """{"description":"The kind of party an actor is; the first eight are ACLED's actor types (inter codes 1 to 8).","type":"string","enum":["state-forces","rebel-group","political-militia","identity-militia","rioters","protesters","civilians","external-forces","government","official","person","organization","international-organization","media","company","other"]}""";

    /// <summary>The JSON Schema (draft 2020-12) of <see cref="EstimateKind"/>.</summary>
    public const string EstimateKindSchema = """{"description":"The form in which a report states a count.","type":"string","enum":["exact","range","at-least","at-most","approximate","qualifier"]}""";

    /// <summary>The JSON Schema (draft 2020-12) of <see cref="PartOfDay"/>.</summary>
    public const string PartOfDaySchema = """{"description":"The part of the day a report places an event in.","type":"string","enum":["morning","afternoon","evening","night"]}""";

    /// <summary>The JSON Schema (draft 2020-12) of <see cref="PlacePrecision"/>.</summary>
    public const string PlacePrecisionSchema = """{"description":"How precisely a report locates an event.","type":"string","enum":["exact","locality","near","district","region","country","approximate"]}""";

    /// <summary>The JSON Schema (draft 2020-12) of <see cref="Quantifier"/>.</summary>
    public const string QuantifierSchema = """{"description":"A count stated in words rather than digits.","type":"string","enum":["few","several","dozens","hundreds","thousands","tens-of-thousands","hundreds-of-thousands","millions"]}""";

    /// <summary>The JSON Schema (draft 2020-12) of <see cref="SourceChannel"/>.</summary>
    public const string SourceChannelSchema = """{"description":"The channel through which a piece of information reached the report.","type":"string","enum":["television","radio","newspaper","news-agency","social-media","messenger","interview","press-release","press-conference","phone-call","video","website","other"]}""";

    /// <summary>The JSON Schema (draft 2020-12) of <see cref="TimePrecision"/>.</summary>
    public const string TimePrecisionSchema = """{"description":"How precisely a report dates an event.","type":"string","enum":["exact","day","week","month","year"]}""";

    /// <summary>The JSON Schema (draft 2020-12) of <see cref="VerificationStatus"/>.</summary>
    public const string VerificationStatusSchema = """{"description":"How far a reported fact has been verified.","type":"string","enum":["confirmed","claimed","unverified","disputed","denied"]}""";

    // Each enum's wire names, indexed by the (contiguous, zero-based) numeric value of the member: pre-encoded for the
    // writers, in a name table for the readers.
    private static readonly WireNames ActorKindWire = new((int)ActorKind.Other + 1, static i => ToWireName((ActorKind)i));
    private static readonly WireNames EstimateKindWire = new((int)EstimateKind.Qualifier + 1, static i => ToWireName((EstimateKind)i));
    private static readonly WireNames PartOfDayWire = new((int)PartOfDay.Night + 1, static i => ToWireName((PartOfDay)i));
    private static readonly WireNames PlacePrecisionWire = new((int)PlacePrecision.Approximate + 1, static i => ToWireName((PlacePrecision)i));
    private static readonly WireNames QuantifierWire = new((int)Quantifier.Millions + 1, static i => ToWireName((Quantifier)i));
    private static readonly WireNames SourceChannelWire = new((int)SourceChannel.Other + 1, static i => ToWireName((SourceChannel)i));
    private static readonly WireNames TimePrecisionWire = new((int)TimePrecision.Year + 1, static i => ToWireName((TimePrecision)i));
    private static readonly WireNames VerificationStatusWire = new((int)VerificationStatus.Denied + 1, static i => ToWireName((VerificationStatus)i));

    /// <summary>Returns the wire name of an <see cref="ActorKind"/>, for example <c>"state-forces"</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(ActorKind value) => value switch
    {
        ActorKind.StateForces => "state-forces",
        ActorKind.RebelGroup => "rebel-group",
        ActorKind.PoliticalMilitia => "political-militia",
        ActorKind.IdentityMilitia => "identity-militia",
        ActorKind.Rioters => "rioters",
        ActorKind.Protesters => "protesters",
        ActorKind.Civilians => "civilians",
        ActorKind.ExternalForces => "external-forces",
        ActorKind.Government => "government",
        ActorKind.Official => "official",
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        ActorKind.InternationalOrganization => "international-organization",
        ActorKind.Media => "media",
        ActorKind.Company => "company",
        ActorKind.Other => "other",
        _ => throw Undefined(value, nameof(ActorKind)),
    };

    /// <summary>Returns the wire name of an <see cref="EstimateKind"/>, for example <c>"at-least"</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(EstimateKind value) => value switch
    {
        EstimateKind.Exact => "exact",
        EstimateKind.Range => "range",
        EstimateKind.AtLeast => "at-least",
        EstimateKind.AtMost => "at-most",
        EstimateKind.Approximate => "approximate",
        EstimateKind.Qualifier => "qualifier",
        _ => throw Undefined(value, nameof(EstimateKind)),
    };

    /// <summary>Returns the wire name of a <see cref="PartOfDay"/>, for example <c>"night"</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(PartOfDay value) => value switch
    {
        PartOfDay.Morning => "morning",
        PartOfDay.Afternoon => "afternoon",
        PartOfDay.Evening => "evening",
        PartOfDay.Night => "night",
        _ => throw Undefined(value, nameof(PartOfDay)),
    };

    /// <summary>Returns the wire name of a <see cref="PlacePrecision"/>, for example <c>"locality"</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(PlacePrecision value) => value switch
    {
        PlacePrecision.Exact => "exact",
        PlacePrecision.Locality => "locality",
        PlacePrecision.Near => "near",
        PlacePrecision.District => "district",
        PlacePrecision.Region => "region",
        PlacePrecision.Country => "country",
        PlacePrecision.Approximate => "approximate",
        _ => throw Undefined(value, nameof(PlacePrecision)),
    };

    /// <summary>Returns the wire name of a <see cref="Quantifier"/>, for example <c>"tens-of-thousands"</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(Quantifier value) => value switch
    {
        Quantifier.Few => "few",
        Quantifier.Several => "several",
        Quantifier.Dozens => "dozens",
        Quantifier.Hundreds => "hundreds",
        Quantifier.Thousands => "thousands",
        Quantifier.TensOfThousands => "tens-of-thousands",
        Quantifier.HundredsOfThousands => "hundreds-of-thousands",
        Quantifier.Millions => "millions",
        _ => throw Undefined(value, nameof(Quantifier)),
    };

    /// <summary>Returns the wire name of a <see cref="SourceChannel"/>, for example <c>"news-agency"</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(SourceChannel value) => value switch
    {
        SourceChannel.Television => "television",
        SourceChannel.Radio => "radio",
        SourceChannel.Newspaper => "newspaper",
        SourceChannel.NewsAgency => "news-agency",
        SourceChannel.SocialMedia => "social-media",
        SourceChannel.Messenger => "messenger",
        SourceChannel.Interview => "interview",
        SourceChannel.PressRelease => "press-release",
        SourceChannel.PressConference => "press-conference",
        SourceChannel.PhoneCall => "phone-call",
        SourceChannel.Video => "video",
        SourceChannel.Website => "website",
        SourceChannel.Other => "other",
        _ => throw Undefined(value, nameof(SourceChannel)),
    };

    /// <summary>Returns the wire name of a <see cref="TimePrecision"/>, for example <c>"day"</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(TimePrecision value) => value switch
    {
        TimePrecision.Exact => "exact",
        TimePrecision.Day => "day",
        TimePrecision.Week => "week",
        TimePrecision.Month => "month",
        TimePrecision.Year => "year",
        _ => throw Undefined(value, nameof(TimePrecision)),
    };

    /// <summary>Returns the wire name of a <see cref="VerificationStatus"/>, for example <c>"unverified"</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToWireName(VerificationStatus value) => value switch
    {
        VerificationStatus.Confirmed => "confirmed",
        VerificationStatus.Claimed => "claimed",
        VerificationStatus.Unverified => "unverified",
        VerificationStatus.Disputed => "disputed",
        VerificationStatus.Denied => "denied",
        _ => throw Undefined(value, nameof(VerificationStatus)),
    };

    /// <summary>Reads an <see cref="ActorKind"/> from its wire name.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string.</exception>
    /// <exception cref="UnknownJsonContentException">The wire name is not known to this version.</exception>
    public static ActorKind ReadActorKind(ref Utf8JsonReader reader) => (ActorKind)Match(ref reader, ActorKindWire, nameof(ActorKind));

    /// <summary>Reads an <see cref="EstimateKind"/> from its wire name.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string.</exception>
    /// <exception cref="UnknownJsonContentException">The wire name is not known to this version.</exception>
    public static EstimateKind ReadEstimateKind(ref Utf8JsonReader reader) => (EstimateKind)Match(ref reader, EstimateKindWire, nameof(EstimateKind));

    /// <summary>Reads a <see cref="PartOfDay"/> from its wire name.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string.</exception>
    /// <exception cref="UnknownJsonContentException">The wire name is not known to this version.</exception>
    public static PartOfDay ReadPartOfDay(ref Utf8JsonReader reader) => (PartOfDay)Match(ref reader, PartOfDayWire, nameof(PartOfDay));

    /// <summary>Reads a <see cref="PlacePrecision"/> from its wire name.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string.</exception>
    /// <exception cref="UnknownJsonContentException">The wire name is not known to this version.</exception>
    public static PlacePrecision ReadPlacePrecision(ref Utf8JsonReader reader) => (PlacePrecision)Match(ref reader, PlacePrecisionWire, nameof(PlacePrecision));

    /// <summary>Reads a <see cref="Quantifier"/> from its wire name.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string.</exception>
    /// <exception cref="UnknownJsonContentException">The wire name is not known to this version.</exception>
    public static Quantifier ReadQuantifier(ref Utf8JsonReader reader) => (Quantifier)Match(ref reader, QuantifierWire, nameof(Quantifier));

    /// <summary>Reads a <see cref="SourceChannel"/> from its wire name.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string.</exception>
    /// <exception cref="UnknownJsonContentException">The wire name is not known to this version.</exception>
    public static SourceChannel ReadSourceChannel(ref Utf8JsonReader reader) => (SourceChannel)Match(ref reader, SourceChannelWire, nameof(SourceChannel));

    /// <summary>Reads a <see cref="TimePrecision"/> from its wire name.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string.</exception>
    /// <exception cref="UnknownJsonContentException">The wire name is not known to this version.</exception>
    public static TimePrecision ReadTimePrecision(ref Utf8JsonReader reader) => (TimePrecision)Match(ref reader, TimePrecisionWire, nameof(TimePrecision));

    /// <summary>Reads a <see cref="VerificationStatus"/> from its wire name.</summary>
    /// <param name="reader">The reader, positioned on the string token; left there.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ConflictJsonException">The token is not a string.</exception>
    /// <exception cref="UnknownJsonContentException">The wire name is not known to this version.</exception>
    public static VerificationStatus ReadVerificationStatus(ref Utf8JsonReader reader) => (VerificationStatus)Match(ref reader, VerificationStatusWire, nameof(VerificationStatus));

    /// <summary>Writes the wire name of an <see cref="ActorKind"/> as a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static void Write(Utf8JsonWriter writer, ActorKind value) => WriteName(writer, ActorKindWire, (int)value, nameof(ActorKind));

    /// <summary>Writes the wire name of an <see cref="EstimateKind"/> as a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static void Write(Utf8JsonWriter writer, EstimateKind value) => WriteName(writer, EstimateKindWire, (int)value, nameof(EstimateKind));

    /// <summary>Writes the wire name of a <see cref="PartOfDay"/> as a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static void Write(Utf8JsonWriter writer, PartOfDay value) => WriteName(writer, PartOfDayWire, (int)value, nameof(PartOfDay));

    /// <summary>Writes the wire name of a <see cref="PlacePrecision"/> as a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static void Write(Utf8JsonWriter writer, PlacePrecision value) => WriteName(writer, PlacePrecisionWire, (int)value, nameof(PlacePrecision));

    /// <summary>Writes the wire name of a <see cref="Quantifier"/> as a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static void Write(Utf8JsonWriter writer, Quantifier value) => WriteName(writer, QuantifierWire, (int)value, nameof(Quantifier));

    /// <summary>Writes the wire name of a <see cref="SourceChannel"/> as a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static void Write(Utf8JsonWriter writer, SourceChannel value) => WriteName(writer, SourceChannelWire, (int)value, nameof(SourceChannel));

    /// <summary>Writes the wire name of a <see cref="TimePrecision"/> as a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static void Write(Utf8JsonWriter writer, TimePrecision value) => WriteName(writer, TimePrecisionWire, (int)value, nameof(TimePrecision));

    /// <summary>Writes the wire name of a <see cref="VerificationStatus"/> as a string value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static void Write(Utf8JsonWriter writer, VerificationStatus value) => WriteName(writer, VerificationStatusWire, (int)value, nameof(VerificationStatus));

    private static int Match(ref Utf8JsonReader reader, WireNames names, string enumName)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            JsonErrors.Expected(ref reader, "a string");
        }

        var index = names.Table.IndexOf(ref reader);
        if (index < 0)
        {
            JsonErrors.UnknownEnumValue(reader.GetString(), enumName);
        }

        return index;
    }

    private static void WriteName(Utf8JsonWriter writer, WireNames names, int index, string enumName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if ((uint)index >= (uint)names.Encoded.Length)
        {
            throw Undefined(index, enumName);
        }

        writer.WriteStringValue(names.Encoded[index]);
    }

    private static ArgumentOutOfRangeException Undefined(object value, string enumName) =>
        new(nameof(value), value, $"The value is not a defined {enumName} member.");

    // One enum's wire names, made once from the member values 0 to count - 1.
    private sealed class WireNames
    {
        public WireNames(int count, Func<int, string> wireName)
        {
            var names = new string[count];
            Encoded = new JsonEncodedText[count];
            for (var i = 0; i < count; i++)
            {
                names[i] = wireName(i);
                Encoded[i] = JsonEncodedText.Encode(names[i]);
            }

            Table = new JsonNameTable(names);
        }

        public JsonEncodedText[] Encoded { get; }

        public JsonNameTable Table { get; }
    }
}
