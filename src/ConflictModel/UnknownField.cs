namespace ConflictModel;

/// <summary>A property an older reader did not recognise, kept verbatim so it can be written back.</summary>
/// <param name="Name">The property name as it appeared in the data.</param>
/// <param name="RawJson">The property's value as JSON text, exactly as read.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record UnknownField(string Name, string RawJson);
