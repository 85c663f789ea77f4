namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>
/// Bugs the reliability tests found that are still open, one line each: the skip reasons of <see cref="KnownBugTests"/>,
/// the tag of corpus cases whose expected outcome is not what the library does today (those cases run only there), and
/// the names fuzz campaigns count known failures under instead of stopping at them. Bugs found and since fixed are
/// guarded by <see cref="FixedBugTests"/>; docs/reliability.md lists both.
/// </summary>
internal static class Bugs
{
    public const string EventNamedLikeType =
        "bug: an event named like an enum or record declared in its schema (or in another schema of its namespace) gets no CM0011 diagnostic, and the generated code does not compile (CS0101, CS0102, CS0579)";

    public const string TypeShadowsReference =
        "bug: an event, record or enum whose full name is a type the generated code uses (System.Type, System.Uri, ConflictModel.Actor, ConflictModel.ConflictEvent, System.Text.Json.Utf8JsonReader, ...) gets no diagnostic, and breaks the generated code of every schema, not only its own";
}
