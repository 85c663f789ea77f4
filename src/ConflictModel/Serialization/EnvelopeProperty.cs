namespace ConflictModel.Serialization;

/// <summary>The properties every event has in its JSON (the envelope), as <see cref="EnvelopeReader.PropertyOf"/> names them.</summary>
public enum EnvelopeProperty
{
    /// <summary>Not an envelope property: one of the kind's own, or unknown.</summary>
    None,

    /// <summary><c>type</c>, the wire type.</summary>
    Type,

    /// <summary><c>id</c>.</summary>
    Id,

    /// <summary><c>schemaVersion</c>.</summary>
    SchemaVersion,

    /// <summary><c>when</c>.</summary>
    When,

    /// <summary><c>where</c>.</summary>
    Where,

    /// <summary><c>sources</c>.</summary>
    Sources,

    /// <summary><c>verification</c>.</summary>
    Verification,

    /// <summary><c>about</c>.</summary>
    About,

    /// <summary><c>notes</c>.</summary>
    Notes,

    /// <summary><c>origin</c>.</summary>
    Origin,
}
