using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Text;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>validate &lt;path&gt;...</c>: reads every event of JSON and JSON Lines files, prints each problem as
/// <c>file:line: $.path: message</c> on standard output and a count on standard error; exits 0 when all are valid.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">Where to read and write.</param>
    /// <param name="formats">The known formats.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console, FormatRegistry formats)
    {
        var paths = PathArgument.Create<string[]>(
            "path",
            "Files to check: .json (an event or an array of events) or .jsonl (one event per line); '-' reads standard input",
            ArgumentArity.OneOrMore);
        var format = FormatOption.Create("--format", "The format of the files", formats);
        var command = new Command("validate", "Check that every event in the files is readable and valid; print each problem with its file, line and JSON path")
        {
            paths,
            format,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(console, formats, parseResult.GetRequiredValue(paths), parseResult.GetValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, FormatRegistry formats, string[] paths, string? format, CancellationToken cancellationToken)
    {
        // Every path is checked before any is read, so that a typo fails fast with exit code 2.
        var inputs = paths.Select(path => Input.Resolve(path, format, "--format", formats)).ToList();
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        long events = 0, invalid = 0, problems = 0;
        using (var progress = new ProgressDisplay(console))
        {
            foreach (var input in inputs)
            {
                var stream = input.Open(console);
                await using (stream.ConfigureAwait(false))
                {
                    await foreach (var record in input.Format.ReadAsync(stream, input.DisplayName, cancellationToken).ConfigureAwait(false))
                    {
                        events++;
                        progress.Increment();
                        var found = Check(input, record, firstSeen);
                        if (found.Count > 0)
                        {
                            invalid++;
                            problems += found.Count;
                            progress.Clear();
                            foreach (var problem in found)
                            {
                                await console.Out.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                            }
                        }
                    }
                }
            }
        }

        var summary = $"checked {Plural.Of(events, "event")} in {Plural.Of(inputs.Count, "file")}: {invalid:N0} invalid";
        if (problems > 0)
        {
            summary += $" ({Plural.Of(problems, "problem")})";
        }

        await console.Error.WriteLineAsync(summary).ConfigureAwait(false);
        return problems == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }

    /// <summary>
    /// The problems of one record: why it could not be read, or what <see cref="ConflictEvent.Validate"/> finds (values
    /// kept as not understood included), and an id already used.
    /// </summary>
    private static List<Diagnostic> Check(Input input, EventRecord record, Dictionary<string, string> firstSeen)
    {
        var found = new List<Diagnostic>();
        if (record.Error is { } error)
        {
            found.Add(error);
            return found;
        }

        var value = record.Event!;
        foreach (var problem in value.Validate())
        {
            found.Add(new Diagnostic(input.DisplayName, record.Line, problem.Path, problem.Message));
        }

        var here = $"{input.DisplayName}:{record.Line}";
        if (!string.IsNullOrWhiteSpace(value.Id) && !firstSeen.TryAdd(value.Id, here))
        {
            found.Add(new Diagnostic(input.DisplayName, record.Line, "$.id", $"'{value.Id}' is also the id of the event at {firstSeen[value.Id]}; ids must be unique"));
        }

        return found;
    }
}
