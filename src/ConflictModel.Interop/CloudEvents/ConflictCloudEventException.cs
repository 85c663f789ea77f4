using System;

namespace ConflictModel.Interop.CloudEvents;

/// <summary>
/// A CloudEvent cannot be unwrapped into a <see cref="ConflictEvent"/>: its <c>type</c> is not of the form
/// <c>org.conflictmodel.&lt;kind&gt;.v&lt;version&gt;</c>, its <c>dataschema</c> or <c>type</c> contradicts the event in
/// its <c>data</c>, its <c>datacontenttype</c> is not JSON, or its data is missing or not a valid event.
/// </summary>
/// <remarks>
/// Derives from <see cref="ArgumentException"/>, as the CloudEvents SDK's own errors about malformed events do, so a
/// caller that already handles those handles this too. The message names the CloudEvent's <c>id</c> and what was wrong.
/// </remarks>
public sealed class ConflictCloudEventException : ArgumentException
{
    /// <summary>Initialises an exception with a default message.</summary>
    public ConflictCloudEventException()
        : base("The CloudEvent does not hold a ConflictModel event.")
    {
    }

    /// <summary>Initialises an exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public ConflictCloudEventException(string message)
        : base(message)
    {
    }

    /// <summary>Initialises an exception with a message and the failure that caused it.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The underlying failure, e.g. a <see cref="Serialization.ConflictJsonException"/> from reading the data.</param>
    public ConflictCloudEventException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initialises an exception about one CloudEvent.</summary>
    /// <param name="cloudEventId">The CloudEvent's <c>id</c>.</param>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    internal ConflictCloudEventException(string? cloudEventId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        CloudEventId = cloudEventId;
    }

    /// <summary>The <c>id</c> of the CloudEvent that could not be unwrapped, when it had one.</summary>
    public string? CloudEventId { get; }
}
