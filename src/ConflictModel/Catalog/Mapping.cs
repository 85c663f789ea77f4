namespace ConflictModel;

/// <summary>The codes an event kind corresponds to in another vocabulary.</summary>
/// <param name="Scheme">The vocabulary as named in the schema's <c>maps</c>, e.g. <c>plover</c>.</param>
/// <param name="Codes">The codes, e.g. <c>ASSAULT</c>, or CAMEO <c>194</c> and <c>195</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Mapping(string Scheme, ValueList<string> Codes);
