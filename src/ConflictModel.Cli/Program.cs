using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli;

/// <summary>The <c>conflictmodel</c> tool's entry point: hands the arguments and the console to <see cref="CliApplication"/>.</summary>
internal static class Program
{
    /// <summary>Runs the tool on the process's console.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code: 0 success, 1 problems found, 2 usage or I/O error.</returns>
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with the given output writers; standard input is the process's.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where problems of the run itself, summaries and progress go.</param>
    /// <returns>The exit code.</returns>
    internal static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdin: null, stdout, stderr);

    /// <summary>Runs the tool with the given standard input and output writers (as tests do).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdin">What <c>-</c> reads, or null for the process's standard input.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where problems of the run itself, summaries and progress go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code.</returns>
    internal static Task<int> RunAsync(string[] args, Stream? stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        CliApplication.RunAsync(args, CliConsole.Create(stdin, stdout, stderr), cancellationToken);
}
