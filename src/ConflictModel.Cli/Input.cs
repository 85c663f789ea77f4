using System.IO;
using ConflictModel.Cli.Formats;

namespace ConflictModel.Cli;

/// <summary>A file (or standard input, <c>-</c>) to read events from, in a known format.</summary>
/// <param name="Path">The path as given on the command line, or <c>-</c>.</param>
/// <param name="Format">The format to read it in.</param>
internal sealed record Input(string Path, IFormat Format)
{
    /// <summary>The buffer size for reading files.</summary>
    private const int BufferSize = 64 * 1024;

    /// <summary>The name diagnostics give the input: the path as given, or <c>&lt;stdin&gt;</c>.</summary>
    public string DisplayName => IsStandardInput ? "<stdin>" : Path;

    /// <summary>Whether the input is standard input.</summary>
    public bool IsStandardInput => Path == "-";

    /// <summary>Checks that a path names a readable file and finds its format.</summary>
    /// <param name="path">The path as given, or <c>-</c>.</param>
    /// <param name="formatName">The format named by an option, or null to infer it from the extension.</param>
    /// <param name="option">The option that names the format, for messages.</param>
    /// <param name="formats">The known formats.</param>
    /// <returns>The input.</returns>
    /// <exception cref="UsageException">The file does not exist, is a directory, or its format is unknown or cannot be read.</exception>
    public static Input Resolve(string path, string? formatName, string option, FormatRegistry formats)
    {
        if (path != "-" && !File.Exists(path))
        {
            throw Directory.Exists(path) ? new UsageException("is a directory, not a file: " + path) : UsageException.FileNotFound(path);
        }

        var format = formats.Resolve(path, formatName, option);
        if (!format.CanRead)
        {
            throw new UsageException($"the format '{format.Name}' cannot be read");
        }

        return new Input(path, format);
    }

    /// <summary>Opens the input for reading.</summary>
    /// <param name="console">The console, for standard input.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    public Stream Open(CliConsole console) => IsStandardInput
        ? console.OpenStandardInput()
        : new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
