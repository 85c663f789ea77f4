namespace ConflictModel.Tests.Support;

/// <summary>Where the repository and the shared data sit, found from the test's own location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The seed article's events as JSON Lines, checked in.</summary>
    public static string SeedDataset => Path.Combine(Root, "data", "seed", "article.jsonl");

    /// <summary>The shared folder beside the repository (real ACLED, UCDP and PLOVER records).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

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
