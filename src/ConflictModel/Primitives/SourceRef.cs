using System;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// Where a piece of information comes from: the outlet that reported it, the channel and platform it came through,
/// who said it, when it was published, a link, and the words as reported.
/// </summary>
/// <remarks>
/// <para>
/// For example a governor's Telegram post relayed by Reuters is <c>new SourceRef { Outlet = "Reuters",
/// Channel = SourceChannel.Messenger, Platform = "Telegram", Speaker = governor }</c>.
/// </para>
/// <para>
/// A useful reference names at least one of <see cref="Outlet"/>, <see cref="Speaker"/> or <see cref="Link"/>, but the type
/// does not enforce this, so that partial references found in data can still be represented.
/// Equality is value equality over all properties.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record SourceRef
{
    // Backing fields so the init accessors can validate.
    private readonly SourceChannel? _channel;
    private readonly Uri? _link;

    /// <summary>
    /// Gets the news outlet that reported the information, for example "Reuters", "TASS" or "Bild"; null if none.
    /// </summary>
    public string? Outlet { get; init; }

    /// <summary>
    /// Gets the channel through which the information was given; null if not stated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value being initialised is not a defined <see cref="SourceChannel"/> value.</exception>
    public SourceChannel? Channel
    {
        get => _channel;
        init
        {
            if (value is < SourceChannel.Television or > SourceChannel.Other)
            {
                throw new ArgumentOutOfRangeException(nameof(Channel), value, "Channel is not a defined SourceChannel value.");
            }

            _channel = value;
        }
    }

    /// <summary>
    /// Gets the platform the information was published on, for example "Telegram" or "Twitter"; null if not stated.
    /// </summary>
    public string? Platform { get; init; }

    /// <summary>
    /// Gets who said it, for example the official quoted; null if no speaker is named.
    /// </summary>
    public Actor? Speaker { get; init; }

    /// <summary>
    /// Gets when the information was published; null if not known.
    /// </summary>
    public Instant? Published { get; init; }

    /// <summary>
    /// Gets an absolute link to the source; null if none.
    /// </summary>
    /// <exception cref="ArgumentException">The value being initialised is a relative URI.</exception>
    public Uri? Link
    {
        get => _link;
        init
        {
            // A relative link cannot be resolved without a base that the record does not carry.
            if (value is { IsAbsoluteUri: false })
            {
                throw new ArgumentException($"A source link must be an absolute URI, but was \"{value.OriginalString}\".", nameof(Link));
            }

            _link = value;
        }
    }

    /// <summary>
    /// Gets the words as reported (a quotation or the reported statement); null if not recorded.
    /// </summary>
    public string? Quote { get; init; }
}
