namespace ConflictModel.Cli.Tests.Support;

/// <summary>Paths in the repository: found by walking up from the test's folder to <c>ConflictModel.sln</c>.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The 41-event seed dataset, one event per line.</summary>
    public static string SeedJsonl => Path.Combine(Root, "data", "seed", "article.jsonl");

    public static string[] SeedLines => File.ReadAllLines(SeedJsonl);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConflictModel.sln not found above " + AppContext.BaseDirectory);
    }
}
