using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Summary;
using ConflictModel.Cli.Text;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>summarize &lt;path&gt;</c>: counts the events of a file by kind, actor, place and day and prints their
/// timeline. Records that cannot be read are reported on standard error and left out; the exit code is then 1.
/// </summary>
internal static class SummarizeCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">Where to read and write.</param>
    /// <param name="formats">The known formats.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console, FormatRegistry formats)
    {
        var path = PathArgument.Create<string>("path", "The file to summarize: .json or .jsonl; '-' reads standard input (give --format)", ArgumentArity.ExactlyOne);
        var format = FormatOption.Create("--format", "The format of the file", formats);
        var width = new Option<int?>("--width")
        {
            Description = $"The number of columns to fit (default: the terminal's width, or {CliConsole.DefaultWidth} when output is redirected)",
            HelpName = "COLUMNS",
        };
        width.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 40)
            {
                result.AddError("--width must be at least 40");
            }
        });
        var command = new Command("summarize", "Count events by kind, actor, place and day, and print their timeline")
        {
            path,
            format,
            width,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            console,
            formats,
            parseResult.GetRequiredValue(path),
            parseResult.GetValue(format),
            parseResult.GetValue(width) ?? console.Width,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, FormatRegistry formats, string path, string? format, int width, CancellationToken cancellationToken)
    {
        var input = Input.Resolve(path, format, "--format", formats);
        var summary = new EventSummary();
        long skipped = 0;
        var stream = input.Open(console);
        await using (stream.ConfigureAwait(false))
        {
            using var progress = new ProgressDisplay(console);
            await foreach (var record in input.Format.ReadAsync(stream, input.DisplayName, cancellationToken).ConfigureAwait(false))
            {
                progress.Increment();
                if (record.Event is { } value)
                {
                    summary.Add(value);
                }
                else
                {
                    skipped++;
                    progress.Clear();
                    await console.Error.WriteLineAsync(record.Error!.ToString()).ConfigureAwait(false);
                }
            }
        }

        SummaryReport.Write(console.Out, input.DisplayName, summary, width, console.UseColor);
        if (skipped == 0)
        {
            return ExitCodes.Success;
        }

        await console.Error.WriteLineAsync($"{Plural.Of(skipped, "record")} could not be read and {(skipped == 1 ? "was" : "were")} left out").ConfigureAwait(false);
        return ExitCodes.Problems;
    }
}
