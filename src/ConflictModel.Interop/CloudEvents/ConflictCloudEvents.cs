using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Mime;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using ConflictModel.Serialization;

namespace ConflictModel.Interop.CloudEvents;

/// <summary>
/// Wraps <see cref="ConflictEvent"/>s in CloudEvents 1.0 envelopes and unwraps them again, losslessly, and encodes
/// CloudEvents in the structured-mode JSON event format (single events and batches) without run-time reflection.
/// </summary>
/// <remarks>
/// <para>A wrapped event's CloudEvents attributes are:</para>
/// <list type="table">
/// <listheader><term>Attribute</term><description>Value</description></listheader>
/// <item><term><c>specversion</c></term><description><c>1.0</c>.</description></item>
/// <item><term><c>id</c></term><description><see cref="IdFor"/>: a UUID derived from <c>source</c> and the event's
/// <see cref="ConflictEvent.Id"/>, so wrapping the same event from the same source always gives the same id (a consumer
/// that deduplicates on <c>source</c> + <c>id</c>, as the specification allows, sees a re-sent event as a duplicate).</description></item>
/// <item><term><c>source</c></term><description>The URI reference the caller gives, naming the producer or dataset.</description></item>
/// <item><term><c>type</c></term><description><see cref="TypeFor(EventKind)"/>: <c>org.conflictmodel.&lt;kind&gt;.v&lt;version&gt;</c>, the kind's
/// wire type and its schema version, e.g. <c>org.conflictmodel.strike.v1</c> or <c>org.conflictmodel.armed-clash.v1</c>.</description></item>
/// <item><term><c>subject</c></term><description>The event's own <see cref="ConflictEvent.Id"/>, readable where the CloudEvent id is a hash.</description></item>
/// <item><term><c>time</c></term><description>The event's <see cref="EventTime.Instant"/> when, and only when, its time is
/// <see cref="TimePrecision.Exact"/>; absent for a day, week, month, year or span of days, which CloudEvents cannot express.
/// It is when the event happened, not when it was reported.</description></item>
/// <item><term><c>dataschema</c></term><description>The kind's <see cref="EventKind.SchemaId"/>, a URN such as
/// <c>urn:conflictmodel:schema:strike:1</c>; <see cref="EventKind.JsonSchema"/> is the schema it names.</description></item>
/// <item><term><c>datacontenttype</c></term><description><c>application/json</c>.</description></item>
/// <item><term><c>data</c></term><description>The whole event as <see cref="ConflictJson"/> writes it (envelope, the kind's
/// fields, <see cref="ConflictEvent.Origin"/> and <see cref="ConflictEvent.UnknownFields"/>), held as a <see cref="JsonElement"/>,
/// so <see cref="Unwrap"/> gives back an event equal to the one wrapped.</description></item>
/// </list>
/// <para>
/// Use <see cref="Formatter"/> rather than a plain <see cref="JsonEventFormatter"/> with the SDK's HTTP, AMQP, Kafka or MQTT
/// bindings: it writes the data without <see cref="JsonSerializer"/>'s reflection, so it also works in trimmed and Native AOT
/// applications. The SDK's formatter reads the <c>data</c> of a structured-mode message as a <see cref="JsonElement"/>,
/// which is what <see cref="Unwrap"/> expects.
/// </para>
/// <para>Thread-safe: every member may be called from many threads at once.</para>
/// </remarks>
public static class ConflictCloudEvents
{
    /// <summary>The prefix of every <c>type</c> this class writes: <c>org.conflictmodel.</c>.</summary>
    public const string TypePrefix = "org.conflictmodel.";

    /// <summary>The <c>datacontenttype</c> of a wrapped event: <c>application/json</c>.</summary>
    public const string DataContentType = MediaTypeNames.Application.Json;

    /// <summary>The media type of a structured-mode CloudEvent in JSON: <c>application/cloudevents+json</c>.</summary>
    public const string StructuredContentType = "application/cloudevents+json";

    /// <summary>The media type of a batch of CloudEvents in JSON: <c>application/cloudevents-batch+json</c>.</summary>
    public const string BatchContentType = "application/cloudevents-batch+json";

    private const string VersionMarker = ".v";

    // The namespace the ids are derived in, so they cannot collide with SHA-256 UUIDs derived by another scheme.
    // The instants a DateTimeOffset can hold; an exact time outside them (before year 1) is left out of 'time'.
    private static readonly NodaTime.Instant EarliestTime = NodaTime.Instant.FromDateTimeOffset(DateTimeOffset.MinValue);
    private static readonly NodaTime.Instant LatestTime = NodaTime.Instant.FromDateTimeOffset(DateTimeOffset.MaxValue);

    private static readonly byte[] IdNamespace = Encoding.UTF8.GetBytes("urn:conflictmodel:cloudevent-id\0");

    /// <summary>
    /// The JSON event formatter to encode and decode wrapped events with, in structured or binary mode, e.g. with the
    /// SDK's <c>ToHttpContent</c>. Unlike a default <see cref="JsonEventFormatter"/> it needs no reflection.
    /// </summary>
    public static CloudEventFormatter Formatter { get; } = new ConflictJsonEventFormatter();

    /// <summary>The CloudEvents <c>type</c> of a kind: <c>org.conflictmodel.&lt;wire type&gt;.v&lt;version&gt;</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The type, e.g. <c>org.conflictmodel.strike.v1</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static string TypeFor(EventKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return TypeFor(kind.Type, kind.Version);
    }

    /// <summary>The CloudEvents <c>type</c> of a wire type at a schema version.</summary>
    /// <param name="wireType">The kind's wire type, e.g. <c>strike</c>.</param>
    /// <param name="version">The schema version, 0 or more (0 only for an <see cref="UnknownEvent"/> that stated none).</param>
    /// <returns>The type, e.g. <c>org.conflictmodel.strike.v1</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="wireType"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative.</exception>
    public static string TypeFor(string wireType, int version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wireType);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        return TypePrefix + wireType + VersionMarker + version.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Splits a CloudEvents <c>type</c> of the form <c>org.conflictmodel.&lt;wire type&gt;.v&lt;version&gt;</c>.</summary>
    /// <param name="cloudEventType">The CloudEvents type.</param>
    /// <param name="wireType">The kind's wire type, when the form matches.</param>
    /// <param name="version">The schema version, when the form matches.</param>
    /// <returns>Whether <paramref name="cloudEventType"/> has the form.</returns>
    public static bool TryParseType([NotNullWhen(true)] string? cloudEventType, [NotNullWhen(true)] out string? wireType, out int version)
    {
        wireType = null;
        version = 0;
        if (cloudEventType is null || !cloudEventType.StartsWith(TypePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var marker = cloudEventType.LastIndexOf(VersionMarker, StringComparison.Ordinal);
        if (marker <= TypePrefix.Length)
        {
            return false;
        }

        var digits = cloudEventType.AsSpan(marker + VersionMarker.Length);
        if (digits.IsEmpty || digits.Length > 9 || !IsAsciiDigits(digits)
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            version = 0;
            return false;
        }

        wireType = cloudEventType[TypePrefix.Length..marker];
        if (string.IsNullOrWhiteSpace(wireType))
        {
            wireType = null;
            version = 0;
            return false;
        }

        return true;
    }

    /// <summary>
    /// The CloudEvent <c>id</c> of an event wrapped from a source: deterministic, so the same event from the same source
    /// always gets the same id, and distinct for distinct sources or event ids.
    /// </summary>
    /// <remarks>
    /// The id is an RFC 9562 version-8 (name-based, SHA-256) UUID in its lower-case 8-4-4-4-12 form: the first 128 bits of
    /// SHA-256 over the UTF-8 bytes of <c>urn:conflictmodel:cloudevent-id</c>, a zero byte, <paramref name="source"/>'s
    /// original string, a zero byte and <paramref name="eventId"/>, with the version and variant bits set.
    /// </remarks>
    /// <param name="source">The CloudEvents <c>source</c>.</param>
    /// <param name="eventId">The event's <see cref="ConflictEvent.Id"/>.</param>
    /// <returns>The id, e.g. <c>1b4e28ba-2fa1-81d2-883f-0016d3cca427</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string IdFor(Uri source, string eventId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(eventId);
        var sourceText = source.OriginalString;
        var length = IdNamespace.Length + Encoding.UTF8.GetByteCount(sourceText) + 1 + Encoding.UTF8.GetByteCount(eventId);
        var name = new byte[length];
        IdNamespace.CopyTo(name, 0);
        var at = IdNamespace.Length;
        at += Encoding.UTF8.GetBytes(sourceText, 0, sourceText.Length, name, at);
        name[at++] = 0;
        Encoding.UTF8.GetBytes(eventId, 0, eventId.Length, name, at);

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(name, hash);
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x80);  // version 8
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);  // RFC 9562 variant
        return new Guid(uuid, bigEndian: true).ToString("D");
    }

    /// <summary>Wraps an event in a CloudEvent, as the class remarks describe.</summary>
    /// <param name="conflictEvent">The event.</param>
    /// <param name="source">The CloudEvents <c>source</c>: a URI reference naming the producer or dataset, e.g.
    /// <c>https://example.org/conflict-feed</c> or <c>/datasets/seed</c>.</param>
    /// <returns>A valid CloudEvent whose data is the event's JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event's id is blank, or <paramref name="source"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">The event's kind has no JSON support registered.</exception>
    public static CloudEvent Wrap(ConflictEvent conflictEvent, Uri source)
    {
        ArgumentNullException.ThrowIfNull(conflictEvent);
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(conflictEvent.Id))
        {
            throw new ArgumentException("An event needs an id to be wrapped: the CloudEvent id is derived from it.", nameof(conflictEvent));
        }

        if (source.OriginalString.Length == 0)
        {
            throw new ArgumentException("A CloudEvent source must not be empty.", nameof(source));
        }

        var kind = conflictEvent.EventKind;
        var json = ConflictJson.SerializeToUtf8Bytes(conflictEvent);
        using var document = JsonDocument.Parse(json);
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = IdFor(source, conflictEvent.Id),
            Source = source,
            Type = TypeFor(kind),
            Subject = conflictEvent.Id,
            DataSchema = new Uri(kind.SchemaId, UriKind.Absolute),
            DataContentType = DataContentType,
            Data = document.RootElement.Clone(),
        };
        if (conflictEvent.When is { Precision: TimePrecision.Exact, Instant: { } instant } && instant >= EarliestTime && instant <= LatestTime)
        {
            cloudEvent.Time = instant.ToDateTimeOffset();
        }

        return cloudEvent;
    }

    /// <summary>Wraps events in CloudEvents, one each, in order.</summary>
    /// <param name="events">The events; their ids should be unique, as the CloudEvent ids derive from them.</param>
    /// <param name="source">The CloudEvents <c>source</c> of them all.</param>
    /// <returns>The CloudEvents.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">An event's id is blank, or <paramref name="source"/> is empty.</exception>
    public static IReadOnlyList<CloudEvent> WrapBatch(IEnumerable<ConflictEvent> events, Uri source)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(source);
        var wrapped = events is IReadOnlyCollection<ConflictEvent> counted ? new List<CloudEvent>(counted.Count) : new List<CloudEvent>();
        foreach (var conflictEvent in events)
        {
            wrapped.Add(Wrap(conflictEvent, source));
        }

        return wrapped;
    }

    /// <summary>
    /// Reads the event a CloudEvent carries, after checking that the CloudEvent describes it: the <c>type</c> must be
    /// <c>org.conflictmodel.&lt;kind&gt;.v&lt;version&gt;</c> and name the data's <c>type</c> and <c>schemaVersion</c>, and a
    /// <c>dataschema</c>, when present (the specification makes it optional), must be that kind and version's schema id.
    /// </summary>
    /// <remarks>
    /// The data may be a <see cref="JsonElement"/> (what the SDK's JSON formatters decode), UTF-8 JSON as a
    /// <see cref="byte"/> array or <see cref="ReadOnlyMemory{T}"/>, a JSON string, or a <see cref="ConflictEvent"/>.
    /// The <c>id</c>, <c>source</c>, <c>subject</c> and <c>time</c> attributes are not checked: they describe the delivery,
    /// and the event itself is in the data. A kind this process does not know comes back as an <see cref="UnknownEvent"/>
    /// that keeps its whole payload, as <see cref="ConflictJson"/> reads it.
    /// </remarks>
    /// <param name="cloudEvent">The CloudEvent.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cloudEvent"/> is null.</exception>
    /// <exception cref="ConflictCloudEventException">The type is not of the form above, the type or data schema contradicts the
    /// data, the data content type is not JSON, or the data is missing or not a valid event.</exception>
    public static ConflictEvent Unwrap(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        var id = cloudEvent.Id;
        if (!TryParseType(cloudEvent.Type, out var wireType, out var version))
        {
            throw new ConflictCloudEventException(id,
                $"CloudEvent '{id}' has type '{cloudEvent.Type}', which is not of the form '{TypePrefix}<kind>.v<version>' (e.g. '{TypePrefix}strike.v1').");
        }

        if (cloudEvent.DataContentType is { } contentType && !IsJsonMediaType(contentType))
        {
            throw new ConflictCloudEventException(id,
                $"CloudEvent '{id}' has datacontenttype '{contentType}'; a ConflictModel event is carried as '{DataContentType}'.");
        }

        var expectedSchema = SchemaIdFor(wireType, version);
        if (cloudEvent.DataSchema is { } dataSchema && !string.Equals(dataSchema.OriginalString, expectedSchema, StringComparison.Ordinal))
        {
            throw new ConflictCloudEventException(id,
                $"CloudEvent '{id}' has type '{cloudEvent.Type}' but dataschema '{dataSchema.OriginalString}'; that type's schema is '{expectedSchema}'.");
        }

        var json = DataBytes(cloudEvent, id);
        CheckDataMatches(json, cloudEvent, wireType, version);
        try
        {
            return ConflictJson.Deserialize(json, "CloudEvent " + id);
        }
        catch (ConflictJsonException e)
        {
            throw new ConflictCloudEventException(id, $"CloudEvent '{id}' does not carry a valid event: {e.Message}", e);
        }
    }

    /// <summary>Unwraps CloudEvents, in order, each as <see cref="Unwrap"/> does.</summary>
    /// <param name="cloudEvents">The CloudEvents.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException">An argument or a CloudEvent is null.</exception>
    /// <exception cref="ConflictCloudEventException">A CloudEvent does not hold a matching, valid event.</exception>
    public static IReadOnlyList<ConflictEvent> UnwrapBatch(IEnumerable<CloudEvent> cloudEvents)
    {
        ArgumentNullException.ThrowIfNull(cloudEvents);
        var events = cloudEvents is IReadOnlyCollection<CloudEvent> counted ? new List<ConflictEvent>(counted.Count) : new List<ConflictEvent>();
        foreach (var cloudEvent in cloudEvents)
        {
            events.Add(Unwrap(cloudEvent));
        }

        return events;
    }

    /// <summary>Encodes a CloudEvent as a structured-mode JSON message (media type <see cref="StructuredContentType"/>, UTF-8).</summary>
    /// <param name="cloudEvent">The CloudEvent.</param>
    /// <returns>The UTF-8 JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cloudEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">The CloudEvent is not valid (it lacks an id, source or type).</exception>
    public static ReadOnlyMemory<byte> EncodeStructured(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        return Formatter.EncodeStructuredModeMessage(cloudEvent, out _);
    }

    /// <summary>Encodes CloudEvents as a JSON batch (a JSON array; media type <see cref="BatchContentType"/>, UTF-8).</summary>
    /// <param name="cloudEvents">The CloudEvents.</param>
    /// <returns>The UTF-8 JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cloudEvents"/> is null.</exception>
    /// <exception cref="ArgumentException">A CloudEvent is not valid.</exception>
    public static ReadOnlyMemory<byte> EncodeBatch(IEnumerable<CloudEvent> cloudEvents)
    {
        ArgumentNullException.ThrowIfNull(cloudEvents);
        return Formatter.EncodeBatchModeMessage(cloudEvents, out _);
    }

    /// <summary>Decodes a structured-mode JSON CloudEvent; its JSON data becomes a <see cref="JsonElement"/>.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The CloudEvent.</returns>
    /// <exception cref="ArgumentException">The JSON is not a valid CloudEvent.</exception>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public static CloudEvent DecodeStructured(ReadOnlyMemory<byte> utf8Json) =>
        Formatter.DecodeStructuredModeMessage(utf8Json, contentType: null, extensionAttributes: null);

    /// <summary>Decodes a JSON batch of CloudEvents.</summary>
    /// <param name="utf8Json">The UTF-8 JSON: an array of structured-mode CloudEvents.</param>
    /// <returns>The CloudEvents, in order.</returns>
    /// <exception cref="ArgumentException">The JSON is not an array of valid CloudEvents.</exception>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public static IReadOnlyList<CloudEvent> DecodeBatch(ReadOnlyMemory<byte> utf8Json) =>
        Formatter.DecodeBatchModeMessage(utf8Json, contentType: null, extensionAttributes: null);

    /// <summary>Wraps an event and encodes it as a structured-mode JSON CloudEvent.</summary>
    /// <param name="conflictEvent">The event.</param>
    /// <param name="source">The CloudEvents <c>source</c>.</param>
    /// <returns>The UTF-8 JSON, of media type <see cref="StructuredContentType"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event's id is blank, or <paramref name="source"/> is empty.</exception>
    public static ReadOnlyMemory<byte> ToStructuredJson(ConflictEvent conflictEvent, Uri source) =>
        EncodeStructured(Wrap(conflictEvent, source));

    /// <summary>Wraps events and encodes them as a JSON batch of CloudEvents.</summary>
    /// <param name="events">The events.</param>
    /// <param name="source">The CloudEvents <c>source</c> of them all.</param>
    /// <returns>The UTF-8 JSON, of media type <see cref="BatchContentType"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">An event's id is blank, or <paramref name="source"/> is empty.</exception>
    public static ReadOnlyMemory<byte> ToBatchJson(IEnumerable<ConflictEvent> events, Uri source) =>
        EncodeBatch(WrapBatch(events, source));

    /// <summary>Decodes a structured-mode JSON CloudEvent and unwraps its event.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ConflictCloudEventException">The CloudEvent does not hold a matching, valid event.</exception>
    /// <exception cref="ArgumentException">The JSON is not a valid CloudEvent.</exception>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public static ConflictEvent FromStructuredJson(ReadOnlyMemory<byte> utf8Json) => Unwrap(DecodeStructured(utf8Json));

    /// <summary>Decodes a JSON batch of CloudEvents and unwraps their events.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ConflictCloudEventException">A CloudEvent does not hold a matching, valid event.</exception>
    /// <exception cref="ArgumentException">The JSON is not an array of valid CloudEvents.</exception>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public static IReadOnlyList<ConflictEvent> FromBatchJson(ReadOnlyMemory<byte> utf8Json) => UnwrapBatch(DecodeBatch(utf8Json));

    private static string SchemaIdFor(string wireType, int version) =>
        $"urn:conflictmodel:schema:{wireType}:{version.ToString(CultureInfo.InvariantCulture)}";

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsJsonMediaType(string contentType)
    {
        string mediaType;
        try
        {
            mediaType = new ContentType(contentType).MediaType;
        }
        catch (FormatException)
        {
            return false;
        }

        return mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] DataBytes(CloudEvent cloudEvent, string? id) => cloudEvent.Data switch
    {
        JsonElement element when element.ValueKind is JsonValueKind.Object => Encoding.UTF8.GetBytes(element.GetRawText()),
        JsonElement element => throw new ConflictCloudEventException(id, $"CloudEvent '{id}' has data of JSON kind {element.ValueKind}; an event is a JSON object."),
        byte[] bytes => bytes,
        ReadOnlyMemory<byte> memory => memory.ToArray(),
        string text => Encoding.UTF8.GetBytes(text),
        ConflictEvent conflictEvent => ConflictJson.SerializeToUtf8Bytes(conflictEvent),
        null => throw new ConflictCloudEventException(id, $"CloudEvent '{id}' has no data; a ConflictModel CloudEvent carries the event as its data."),
        var other => throw new ConflictCloudEventException(id,
            $"CloudEvent '{id}' has data of type {other.GetType().Name}; expected a JsonElement, UTF-8 JSON bytes, a JSON string or a ConflictEvent."),
    };

    /// <summary>Checks that the data's own <c>type</c> and <c>schemaVersion</c> are those the CloudEvent's type names.</summary>
    private static void CheckDataMatches(byte[] json, CloudEvent cloudEvent, string wireType, int version)
    {
        var id = cloudEvent.Id;
        string? dataType = null;
        int? dataVersion = null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = ConflictJson.MaxDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ConflictCloudEventException(id, $"CloudEvent '{id}' has data of JSON kind {root.ValueKind}; an event is a JSON object.");
            }

            if (root.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String)
            {
                dataType = typeElement.GetString();
            }

            if (root.TryGetProperty("schemaVersion", out var versionElement) && versionElement.ValueKind == JsonValueKind.Number
                && versionElement.TryGetInt32(out var n))
            {
                dataVersion = n;
            }
        }
        catch (JsonException e)
        {
            throw new ConflictCloudEventException(id, $"CloudEvent '{id}' has data that is not valid JSON: {e.Message}", e);
        }

        if (dataType is null)
        {
            throw new ConflictCloudEventException(id, $"CloudEvent '{id}' has data without a string 'type'; the event kind cannot be known.");
        }

        if (!string.Equals(dataType, wireType, StringComparison.Ordinal))
        {
            throw new ConflictCloudEventException(id,
                $"CloudEvent '{id}' has type '{cloudEvent.Type}' (kind '{wireType}') but its data is an event of type '{dataType}'.");
        }

        if (dataVersion is { } stated && stated != version)
        {
            throw new ConflictCloudEventException(id,
                $"CloudEvent '{id}' has type '{cloudEvent.Type}' (version {version}) but its data is at schemaVersion {stated}.");
        }
    }
}
