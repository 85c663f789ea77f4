namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>
/// Bugs the reliability tests found that are still open, one line each: the skip reasons of <see cref="KnownBugTests"/>,
/// the tag of corpus cases whose expected outcome is not what the library does today (those cases run only there), and
/// the names fuzz campaigns count known failures under instead of stopping at them. Bugs found and since fixed are
/// guarded by <see cref="FixedBugTests"/>; docs/reliability.md lists both.
/// </summary>
internal static class Bugs
{
    public const string UnlocatedText =
        "bug: text that does not decode (invalid UTF-8, a broken \\u surrogate escape) in an enum value, in the value of a kept property, in an event of unknown kind, or in a property name before a syntax error gives a ConflictJsonException with no line, byte position or path";

    public const string LongNameInPath =
        "bug: a property name longer than the limit is refused, but the error's path, and so its message, holds the whole name: 30 MB of text for a 30 MB name";

    public const string MisplacedBadName =
        "bug: a property name that is not valid UTF-8 is reported at the path of the property before it ($.attacker), not at the object that holds it ($)";

    public const string OverlongLastLineLost =
        "bug: JsonLines.ReadRecordsAsync drops, without any record, a last line longer than the limit and without a line feed whose length is a multiple of its buffer (65,536 bytes; 32 MiB at the default limit)";

}
