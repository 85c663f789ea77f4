using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Commands;
using ConflictModel.Cli.Formats;

namespace ConflictModel.Cli;

/// <summary>
/// Builds the command line, parses the arguments and runs the chosen verb, turning every failure into a one-line
/// message on standard error and an exit code: 2 for usage and I/O errors, 1 for anything else. No stack trace is
/// ever printed.
/// </summary>
internal static class CliApplication
{
    /// <summary>The tool's name, as in messages: <c>conflictmodel: file not found: x</c>.</summary>
    public const string Name = "conflictmodel";

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Where to read and write.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var root = CreateRootCommand(console, FormatRegistry.Default);
            var parseResult = root.Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                foreach (var error in parseResult.Errors)
                {
                    await console.Error.WriteLineAsync($"{Name}: {error.Message}").ConfigureAwait(false);
                }

                await console.Error.WriteLineAsync($"Run '{Name} --help' for usage.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return Fail(console, e);
        }
        finally
        {
            await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await console.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Builds the root command with every verb.</summary>
    /// <param name="console">Where the verbs read and write.</param>
    /// <param name="formats">The known file formats.</param>
    /// <returns>The root command.</returns>
    /// <remarks>
    /// A plain <see cref="Command"/> named <c>conflictmodel</c> rather than a <see cref="RootCommand"/>, whose name is
    /// the executable's (<c>ConflictModel.Cli</c>, or a test host's when run in process), so that help shows the tool's name.
    /// </remarks>
    public static Command CreateRootCommand(CliConsole console, FormatRegistry formats) =>
        new(Name, "Validate, convert and summarize armed-conflict event records, and print their JSON Schemas.")
        {
            new HelpOption(),
            new VersionOption { Action = new VersionAction() },
            ValidateCommand.Create(console, formats),
            ConvertCommand.Create(console, formats),
            SchemaCommand.Create(console),
            SummarizeCommand.Create(console, formats),
        };

    /// <summary>Reports an exception that ended the run and chooses the exit code.</summary>
    private static int Fail(CliConsole console, Exception e)
    {
        var (message, code) = e switch
        {
            UsageException => (e.Message, ExitCodes.Usage),
            FileNotFoundException { FileName: { } file } => ("file not found: " + file, ExitCodes.Usage),
            IOException or UnauthorizedAccessException => (e.Message, ExitCodes.Usage),
            OperationCanceledException => ("cancelled", ExitCodes.Cancelled),
            _ => (e.Message, ExitCodes.Problems),
        };
        console.Error.WriteLine($"{Name}: {message}");
        return code;
    }
}
