using System;
using System.IO;

namespace ConflictModel.Cli;

/// <summary>
/// What the commands write to and read from: the output and error writers, standard input and output as byte
/// streams, and whether each side is an interactive terminal (which turns progress and colour on).
/// </summary>
internal sealed class CliConsole
{
    /// <summary>The width text output is laid out for when it does not go to a terminal.</summary>
    public const int DefaultWidth = 80;

    private readonly Stream? _stdin;

    private CliConsole(Stream? stdin, TextWriter output, TextWriter error, bool isOutputTerminal, bool isErrorTerminal, bool useColor, int width)
    {
        _stdin = stdin;
        Out = output;
        Error = error;
        IsOutputTerminal = isOutputTerminal;
        IsErrorTerminal = isErrorTerminal;
        UseColor = useColor;
        Width = width;
    }

    /// <summary>Where results go.</summary>
    public TextWriter Out { get; }

    /// <summary>Where problems, summaries and progress go.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether <see cref="Out"/> is the process's standard output and that is a terminal.</summary>
    public bool IsOutputTerminal { get; }

    /// <summary>Whether <see cref="Error"/> is the process's standard error and that is a terminal: progress is shown only then.</summary>
    public bool IsErrorTerminal { get; }

    /// <summary>Whether <see cref="Out"/> may hold ANSI styles: a terminal, and <c>NO_COLOR</c> is not set.</summary>
    public bool UseColor { get; }

    /// <summary>The number of columns text output is laid out for.</summary>
    public int Width { get; }

    /// <summary>Describes the console around the given writers.</summary>
    /// <param name="stdin">What <c>-</c> reads, or null for the process's standard input.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where problems, summaries and progress go.</param>
    /// <returns>The console.</returns>
    public static CliConsole Create(Stream? stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var outputTerminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var errorTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliConsole(stdin, stdout, stderr, outputTerminal, errorTerminal, outputTerminal && !noColor, outputTerminal ? TerminalWidth() : DefaultWidth);
    }

    /// <summary>Opens what a path of <c>-</c> reads.</summary>
    /// <returns>The stream; the caller disposes it.</returns>
    public Stream OpenStandardInput() => _stdin ?? Console.OpenStandardInput();

    /// <summary>Opens what a path of <c>-</c> writes: the process's standard output, or <see cref="Out"/> as UTF-8.</summary>
    /// <returns>The stream; the caller disposes it (which flushes it and leaves <see cref="Out"/> open).</returns>
    public Stream OpenStandardOutput()
    {
        if (ReferenceEquals(Out, Console.Out))
        {
            Out.Flush();
            return Console.OpenStandardOutput();
        }

        return new TextWriterStream(Out);
    }

    private static int TerminalWidth()
    {
        try
        {
            var width = Console.WindowWidth;
            return width >= 40 ? width : DefaultWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
        catch (PlatformNotSupportedException)
        {
            return DefaultWidth;
        }
    }
}
