namespace ConflictModel;

/// <summary>
/// The channel through which a piece of information reached the report; see <see cref="SourceRef"/>.
/// </summary>
public enum SourceChannel
{
    /// <summary>A television broadcast.</summary>
    Television,

    /// <summary>A radio broadcast.</summary>
    Radio,

    /// <summary>A newspaper or magazine, in print or online.</summary>
    Newspaper,

    /// <summary>A news agency wire such as Reuters, AP or TASS.</summary>
    NewsAgency,

    /// <summary>A post on a social network such as Twitter or Facebook.</summary>
    SocialMedia,

    /// <summary>A messenger channel or chat such as Telegram or WhatsApp.</summary>
    Messenger,

    /// <summary>An interview given to a journalist.</summary>
    Interview,

    /// <summary>A written statement or press release.</summary>
    PressRelease,

    /// <summary>A press conference or briefing.</summary>
    PressConference,

    /// <summary>A telephone call, for example one between two leaders as read out afterwards.</summary>
    PhoneCall,

    /// <summary>A video address or video footage.</summary>
    Video,

    /// <summary>A website other than a news outlet's, for example a ministry's.</summary>
    Website,

    /// <summary>Any other channel.</summary>
    Other,
}
