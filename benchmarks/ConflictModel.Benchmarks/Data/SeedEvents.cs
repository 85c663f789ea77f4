using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Data;

/// <summary>The 41 events of the seed article, read through the library's own JSON Lines reader.</summary>
public static class SeedEvents
{
    public static async Task<IReadOnlyList<ConflictEvent>> LoadAsync()
    {
        var events = new List<ConflictEvent>();
        await foreach (var e in JsonLines.ReadFileAsync(FindFile()))
        {
            events.Add(e);
        }

        return events;
    }

    public static IReadOnlyList<ConflictEvent> Load() => LoadAsync().GetAwaiter().GetResult();

    /// <summary>The copy next to the program (BenchmarkDotNet's child processes run from elsewhere), else the repository's.</summary>
    public static string FindFile()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "seed", "article.jsonl");
        if (File.Exists(beside))
        {
            return beside;
        }

        return AboveCurrentDirectory.Find(Path.Combine("data", "seed", "article.jsonl"), File.Exists)
            ?? throw new FileNotFoundException("data/seed/article.jsonl not found beside the program or above the current directory");
    }
}
