using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Text;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>convert &lt;in&gt; &lt;out&gt;</c>: streams events from one format to another. A record that cannot be read is
/// reported on standard error as <c>file:line: $.path: message</c> and skipped; the exit code is 1 when any was.
/// </summary>
internal static class ConvertCommand
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where to read and write.</param>
    /// <param name="formats">The known formats.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console, FormatRegistry formats)
    {
        var input = PathArgument.Create<string>("in", "The file to read; '-' reads standard input (give --from)", ArgumentArity.ExactlyOne);
        var output = PathArgument.Create<string>("out", "The file to write (replaced if it exists); '-' writes standard output (give --to)", ArgumentArity.ExactlyOne);
        var from = FormatOption.Create("--from", "The format of <in>", formats);
        var to = FormatOption.Create("--to", "The format of <out>", formats);
        var command = new Command("convert", "Convert events between formats, streaming; records that cannot be read are reported and skipped")
        {
            input,
            output,
            from,
            to,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            console,
            formats,
            parseResult.GetRequiredValue(input),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(from),
            parseResult.GetValue(to),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, FormatRegistry formats, string inPath, string outPath, string? from, string? to, CancellationToken cancellationToken)
    {
        var input = Input.Resolve(inPath, from, "--from", formats);
        var target = formats.Resolve(outPath, to, "--to");
        if (!target.CanWrite)
        {
            throw new UsageException($"the format '{target.Name}' cannot be written");
        }

        if (inPath != "-" && outPath != "-" && string.Equals(Path.GetFullPath(inPath), Path.GetFullPath(outPath), StringComparison.Ordinal))
        {
            throw new UsageException("<in> and <out> are the same file: " + inPath);
        }

        var counts = new Counts();
        var source = input.Open(console);
        await using (source.ConfigureAwait(false))
        {
            var destination = outPath == "-"
                ? console.OpenStandardOutput()
                : new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            await using (destination.ConfigureAwait(false))
            {
                using var progress = new ProgressDisplay(console);
                var unwritten = await target.WriteAsync(destination, ReadAsync(console, input, source, counts, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
                progress.Clear();
                foreach (var problem in unwritten)
                {
                    await console.Error.WriteLineAsync($"{outPath}: {problem}").ConfigureAwait(false);
                }

                counts.Written -= unwritten.Count;
                counts.Skipped += unwritten.Count;
            }
        }

        await console.Error.WriteLineAsync(
            $"converted {Plural.Of(counts.Written, "event")} from {input.Format.Name} to {target.Name}: {counts.Skipped:N0} skipped").ConfigureAwait(false);
        return counts.Skipped == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }

    /// <summary>The events of the input; records that cannot be read are reported, counted and left out.</summary>
    private static async IAsyncEnumerable<ConflictEvent> ReadAsync(
        CliConsole console,
        Input input,
        Stream source,
        Counts counts,
        ProgressDisplay progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in input.Format.ReadAsync(source, input.DisplayName, cancellationToken).ConfigureAwait(false))
        {
            progress.Increment();
            if (record.Event is { } value)
            {
                counts.Written++;
                yield return value;
            }
            else
            {
                counts.Skipped++;
                progress.Clear();
                await console.Error.WriteLineAsync(record.Error!.ToString()).ConfigureAwait(false);
            }
        }
    }

    /// <summary>What the conversion did.</summary>
    private sealed class Counts
    {
        public long Written { get; set; }

        public long Skipped { get; set; }
    }
}
