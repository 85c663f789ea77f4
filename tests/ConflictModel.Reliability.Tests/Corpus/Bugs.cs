namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>
/// Bugs the reliability tests found that are still open, one line each: the skip reasons of <see cref="KnownBugTests"/>,
/// the tag of corpus cases whose expected outcome is not what the library does today (those cases run only there), and
/// the names fuzz campaigns count known failures under instead of stopping at them. Bugs found and since fixed are
/// guarded by <see cref="FixedBugTests"/>; docs/reliability.md lists both.
/// </summary>
internal static class Bugs
{
}
