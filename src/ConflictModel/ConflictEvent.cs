namespace ConflictModel;

/// <summary>
/// The envelope every armed-conflict event shares: identity, kind, time, place, sources, verification,
/// links to other events, notes, and the fields this version of the model did not recognise.
/// </summary>
/// <remarks>
/// Concrete kinds (<c>Strike</c>, <c>Withdrawal</c>, …) are generated from <c>*.event.json</c> schemas as
/// sealed records deriving from this one. Instances are immutable and thread-safe; equality is by value,
/// including the contents of every list.
/// </remarks>
public abstract record ConflictEvent
{
    /// <summary>Initialises the envelope with the schema version of the concrete kind.</summary>
    /// <param name="schemaVersion">The version of the kind's schema the instance is written at.</param>
    protected ConflictEvent(int schemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>A stable identifier of the event, unique within a dataset.</summary>
    public required string Id { get; init; }

    /// <summary>The wire name of the event kind, e.g. <c>strike</c>; the <c>type</c> discriminator in JSON.</summary>
    public string Type => EventKind.Type;

    /// <summary>The description of the event kind: wire type, version, documentation, mappings and fields.</summary>
    public abstract EventKind EventKind { get; }

    /// <summary>The version of the kind's schema this instance follows; a writer writes the current one.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>When the event happened, with the precision the report gives.</summary>
    public EventTime? When { get; init; }

    /// <summary>Where the event happened.</summary>
    public Place? Where { get; init; }

    /// <summary>Who reported the event, through which channel.</summary>
    public ValueList<SourceRef> Sources { get; init; }

    /// <summary>Whether the event is confirmed, claimed, unverified, disputed or denied, and by whom.</summary>
    public Verification? Verification { get; init; }

    /// <summary>Ids of the events this one speaks of, e.g. the withdrawal a statement announces.</summary>
    public ValueList<string> About { get; init; }

    /// <summary>Free-text remarks that have no natural field.</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// Properties found in the data that this version of the kind does not know, kept in document order so
    /// that a read followed by a write loses nothing.
    /// </summary>
    public ValueList<UnknownField> UnknownFields { get; init; }
}
