using System;
using System.Diagnostics;
using System.Text.Json;
using NodaTime;

using static ConflictModel.Serialization.PrimitiveReading;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="SourceRef"/> as
/// <c>{"outlet":"…","channel":"news-agency","platform":"…","speaker":{…},"published":"2022-06-25T10:00:00Z","link":"https://…","quote":"…"}</c>;
/// every property is optional and written only when it has a value.
/// </summary>
/// <remarks>
/// <para>
/// The link must be an absolute URI with a scheme; it is written in its absolute, escaped form (<see cref="Uri.AbsoluteUri"/>).
/// </para>
/// <para>
/// Like a <c>System.Text.Json</c> converter, <see cref="Read"/> expects the reader to be positioned on the first token of
/// the value, with the whole value in the reader's buffer, and leaves it on the last token. JSON null is never passed:
/// callers handle it. <see cref="Write"/> writes the value only.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class SourceRefJson
{
    /// <summary>The JSON Schema (draft 2020-12) of a <see cref="SourceRef"/>.</summary>
    public const string Schema =
        """{"description":"Where a piece of information comes from: the outlet that reported it, the channel and platform it came through, who said it, when it was published, a link, and the words as reported.","type":"object","properties":{"outlet":{"description":"The news outlet that reported the information, for example Reuters.","type":"string"},"channel":"""
        + PrimitiveEnumsJson.SourceChannelSchema
        + ""","platform":{"description":"The platform the information was published on, for example Telegram.","type":"string"},"speaker":{"description":"Who said it, for example the official quoted.","$ref":"#/$defs/ConflictModel.Actor"},"published":"""
        + NodaJson.InstantSchema
        + ""","link":{"description":"An absolute link to the source.","type":"string","format":"uri"},"quote":{"description":"The words as reported: a quotation or the reported statement.","type":"string"}},"additionalProperties":false}""";

    private static readonly JsonEncodedText OutletName = JsonEncodedText.Encode("outlet");
    private static readonly JsonEncodedText ChannelName = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText PlatformName = JsonEncodedText.Encode("platform");
    private static readonly JsonEncodedText SpeakerName = JsonEncodedText.Encode("speaker");
    private static readonly JsonEncodedText PublishedName = JsonEncodedText.Encode("published");
    private static readonly JsonEncodedText LinkName = JsonEncodedText.Encode("link");
    private static readonly JsonEncodedText QuoteName = JsonEncodedText.Encode("quote");

    // The index of each property in the switch of Read; its bit in seen is 1 << index.
    private static readonly JsonNameTable Properties = new("outlet", "channel", "platform", "speaker", "published", "link", "quote");

    /// <summary>Reads a source reference.</summary>
    /// <param name="reader">The reader, positioned on the StartObject token; left on the matching EndObject.</param>
    /// <returns>The source reference.</returns>
    /// <exception cref="ConflictJsonException">The value is not an object, a property is repeated, of the wrong type or
    /// malformed (for example a relative link or a malformed instant), or the speaker is invalid.</exception>
    /// <exception cref="UnknownJsonContentException">The object (or its speaker) has a property, or an enum a value, this
    /// version does not know.</exception>
    public static SourceRef Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object");
        }

        string? outlet = null;
        SourceChannel? channel = null;
        string? platform = null;
        Actor? speaker = null;
        Instant? published = null;
        Uri? link = null;
        string? quote = null;
        Utf8JsonReader linkAt = default;
        int seen = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            switch (Property(ref reader, Properties, ref seen, "SourceRef"))
            {
                case 0:
                    outlet = ReadString(ref reader);
                    break;
                case 1:
                    channel = PrimitiveEnumsJson.ReadSourceChannel(ref reader);
                    break;
                case 2:
                    platform = ReadString(ref reader);
                    break;
                case 3:
                    speaker = ActorJson.Read(ref reader);
                    break;
                case 4:
                    published = NodaJson.ReadInstant(ref reader);
                    break;
                case 5:
                    linkAt = reader;
                    link = ReadLink(ref reader);
                    break;
                case 6:
                    quote = ReadString(ref reader);
                    break;
            }
        }

        // A feed's events cite the same few sources: share the instance made when this one was last read. Links compare
        // as written: Uri.Equals ignores fragments and user information.
        var hash = RecentValues.Mix(RecentValues.Of(outlet), RecentValues.Of(platform));
        ref var recent = ref RecentValues<SourceRef>.Slot(hash);
        if (recent is { } known && known.Outlet == outlet && known.Channel == channel && known.Platform == platform
            && ReferenceEquals(known.Speaker, speaker) && known.Published == published && known.Link?.OriginalString == link?.OriginalString && known.Quote == quote)
        {
            return known;
        }

        try
        {
            return recent = new SourceRef
            {
                Outlet = outlet,
                Channel = channel,
                Platform = platform,
                Speaker = speaker,
                Published = published,
                Link = link,
                Quote = quote,
            };
        }
        catch (ArgumentException e)
        {
            // The only value SourceRef can reject here is the link: everything else was validated while reading.
            JsonErrors.Fail(ref linkAt, $"link '{link?.OriginalString}' is not an absolute URI", e);
            throw new UnreachableException();
        }
    }

    /// <summary>Writes a source reference; properties only when they have a value, in the documented order.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The source reference.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, SourceRef value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.Outlet is { } outlet)
        {
            writer.WriteString(OutletName, outlet);
        }

        if (value.Channel is { } channel)
        {
            writer.WritePropertyName(ChannelName);
            PrimitiveEnumsJson.Write(writer, channel);
        }

        if (value.Platform is { } platform)
        {
            writer.WriteString(PlatformName, platform);
        }

        if (value.Speaker is { } speaker)
        {
            writer.WritePropertyName(SpeakerName);
            ActorJson.Write(writer, speaker);
        }

        if (value.Published is { } published)
        {
            writer.WritePropertyName(PublishedName);
            NodaJson.Write(writer, published);
        }

        if (value.Link is { } link)
        {
            writer.WriteString(LinkName, link.AbsoluteUri);
        }

        if (value.Quote is { } quote)
        {
            writer.WriteString(QuoteName, quote);
        }

        writer.WriteEndObject();
    }

    // Parses the link; a relative one is left for SourceRef to reject. Uri also takes a local path such as "C:\news\1" or
    // "\\server\share" for an absolute file URI; a link must name its scheme, so such text is refused here.
    private static Uri ReadLink(ref Utf8JsonReader reader)
    {
        string text = ReadString(ref reader);
        if (!Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out Uri? link))
        {
            JsonErrors.Fail(ref reader, $"link '{text}' is not a URI");
        }

        if (link.IsAbsoluteUri && !text.StartsWith(link.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            JsonErrors.Fail(ref reader, $"link '{text}' is a local path, not an absolute URI");
        }

        return link;
    }
}
