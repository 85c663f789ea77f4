namespace ConflictModel.Benchmarks.Data;

/// <summary>Finds a path relative to the current directory or to one of its parents, the nearest first.</summary>
public static class AboveCurrentDirectory
{
    /// <summary>The first <paramref name="relativePath"/> under the current directory or a parent for which <paramref name="exists"/> holds.</summary>
    /// <param name="relativePath">The path to look for, relative to each directory.</param>
    /// <param name="exists">Whether a candidate is the one wanted, e.g. <see cref="File.Exists"/>.</param>
    /// <returns>The full path, or null when no directory up to the root has it.</returns>
    public static string? Find(string relativePath, Func<string, bool> exists)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, relativePath));
            if (exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
