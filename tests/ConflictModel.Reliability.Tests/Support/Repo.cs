using System.Text;

namespace ConflictModel.Reliability.Tests.Support;

/// <summary>The repository the tests run from, and its seed data.</summary>
internal static class Repo
{
    /// <summary>The repository root: the first folder above the test binaries that holds ConflictModel.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The path of the seed file, <c>data/seed/article.jsonl</c>.</summary>
    public static string SeedPath => Path.Combine(Root, "data", "seed", "article.jsonl");

    /// <summary>The seed file's lines (41 valid events), without line ends.</summary>
    public static IReadOnlyList<string> SeedLines { get; } =
        File.ReadAllLines(SeedPath, Encoding.UTF8).Where(l => l.Length > 0).ToArray();

    /// <summary>The seed lines as UTF-8 bytes.</summary>
    public static IReadOnlyList<byte[]> SeedBytes { get; } = SeedLines.Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>The built-in schema files, by file name.</summary>
    public static IReadOnlyList<(string Name, string Json)> SchemaFiles { get; } =
        Directory.GetFiles(Path.Combine(Root, "src", "ConflictModel", "Schemas"), "*.event.json")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();

    /// <summary>The seed line of a given id.</summary>
    public static string SeedLine(string id) => SeedLines.Single(l => l.Contains($"\"id\":\"{id}\"", StringComparison.Ordinal));

    // CONFLICTMODEL_REPO_ROOT lets a copy of the test binaries (a long fuzz campaign) run from elsewhere.
    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("CONFLICTMODEL_REPO_ROOT") is { Length: > 0 } root)
        {
            return root;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("ConflictModel.sln not found above " + AppContext.BaseDirectory);
    }
}
