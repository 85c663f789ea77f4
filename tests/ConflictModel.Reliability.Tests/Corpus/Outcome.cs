namespace ConflictModel.Reliability.Tests.Corpus;

/// <summary>What reading a corpus input must give.</summary>
public abstract record Outcome;

/// <summary>A <see cref="Serialization.ConflictJsonException"/> at exactly this JSON path and line; its problem contains <see cref="Problem"/> when given.</summary>
public sealed record Fails(string Path, string? Problem = null, long Line = 1) : Outcome;

/// <summary>
/// A successful read as an event of wire type <see cref="Type"/> (an <see cref="UnknownEvent"/> when <see cref="Unknown"/>),
/// keeping exactly <see cref="Kept"/> in <see cref="ConflictEvent.UnknownFields"/>, whose <see cref="ConflictEvent.Validate"/>
/// reports exactly the paths <see cref="Problems"/>.
/// </summary>
public sealed record Reads(string Type, bool Unknown, string[] Kept, string[] Problems) : Outcome
{
    public static Reads Valid(string type = "strike") => new(type, false, [], []);

    public static Reads WithProblems(string type, params string[] problems) => new(type, false, [], problems);

    /// <summary>A known kind that keeps envelope or kind fields holding values it cannot represent: each is a problem at its path.</summary>
    public static Reads KeepingNotUnderstood(string type, params string[] kept) => new(type, false, kept, kept.Select(k => "$." + k).ToArray());

    /// <summary>A known kind that keeps properties it does not know at all: kept, and no problem.</summary>
    public static Reads KeepingUnknown(string type, params string[] kept) => new(type, false, kept, []);

    public static Reads AsUnknown(string type, params string[] problems) => new(type, true, [], problems);
}

/// <summary>One corpus input and its expected outcome.</summary>
/// <remarks><see cref="Bug"/> names the bug that keeps the library from giving <see cref="Expected"/> today.</remarks>
public sealed record CorpusCase(string Name, byte[] Input, Outcome Expected, string? Bug = null)
{
    public override string ToString() => Name;
}
