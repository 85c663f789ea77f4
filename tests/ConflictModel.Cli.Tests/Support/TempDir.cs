namespace ConflictModel.Cli.Tests.Support;

/// <summary>A fresh folder for a test's files, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "conflictmodel-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file in the folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes lines (each ending in a line feed) and returns the path.</summary>
    public string WriteLines(string name, IEnumerable<string> lines) => Write(name, string.Concat(lines.Select(l => l + "\n")));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
