using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// An event whose <c>type</c> names no registered kind, e.g. from a partner's newer model. Its whole JSON object
/// is kept as read, so writing it back gives the same JSON; validation reports it as unknown.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record UnknownEvent : ConflictEvent
{
    private readonly EventKind _kind;

    /// <summary>Creates an unknown event from its JSON object.</summary>
    /// <param name="type">The wire type the data names.</param>
    /// <param name="id">The id the data gives, or an empty string.</param>
    /// <param name="schemaVersion">The schema version the data gives, or 0 when it gives none.</param>
    /// <param name="rawJson">The whole JSON object, exactly as read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [SetsRequiredMembers]
    public UnknownEvent(string type, string id, int schemaVersion, string rawJson)
        : base(schemaVersion)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(rawJson);
        Id = id;
        RawJson = rawJson;
        _kind = new EventKind(type, schemaVersion, nameof(UnknownEvent), typeof(UnknownEvent), "An event of a kind this process does not know; kept as read.", default, default);
    }

    /// <summary>The whole JSON object, exactly as read.</summary>
    public string RawJson { get; }

    /// <inheritdoc/>
    public override EventKind EventKind => _kind;

    /// <inheritdoc/>
    protected override void CollectProblems(ICollection<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        problems.Add(new ValidationProblem("$.type", $"unknown event type '{Type}': no registered kind has this wire type"));
        if (Id.Length == 0)
        {
            problems.Add(new ValidationProblem("$.id", "is required and must not be blank"));
        }
    }
}
