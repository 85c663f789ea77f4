using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Text;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>schema [TYPE] [--out DIR]</c>: prints one kind's JSON Schema, writes every kind's schema to a folder, or
/// lists the kinds.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The suffix of written schema files: <c>strike.schema.json</c>.</summary>
    public const string FileSuffix = ".schema.json";

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where to write.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var type = PathArgument.Create<string?>(
            "type",
            "An event kind's wire type, e.g. strike; without it, every kind is listed (or written with --out)",
            ArgumentArity.ZeroOrOne);
        type.HelpName = "TYPE";
        type.CompletionSources.Add(_ => EventCatalog.Kinds.Select(k => new System.CommandLine.Completions.CompletionItem(k.Type)));
        var output = new Option<string?>("--out")
        {
            Description = "Write <type>.schema.json files to this folder (created if missing) instead of printing",
            HelpName = "DIR",
        };
        var command = new Command("schema", "Print an event kind's JSON Schema (draft 2020-12), write every kind's schema to a folder, or list the kinds")
        {
            type,
            output,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(console, parseResult.GetValue(type), parseResult.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? type, string? directory, CancellationToken cancellationToken)
    {
        if (type is not null)
        {
            if (!EventCatalog.TryFind(type, out var kind))
            {
                throw new UsageException($"unknown event type '{type}'; known types: {string.Join(", ", EventCatalog.Kinds.Select(k => k.Type))}");
            }

            if (directory is null)
            {
                await console.Out.WriteLineAsync(kind.JsonSchema).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(console, directory, [kind], cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }

        if (directory is not null)
        {
            await WriteAsync(console, directory, EventCatalog.Kinds.ToArray(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var table = new TextTable(
            new TextColumn("TYPE"),
            new TextColumn("VERSION", AlignRight: true),
            new TextColumn("NAME"),
            new TextColumn("DESCRIPTION", MinWidth: 0));
        foreach (var kind in EventCatalog.Kinds)
        {
            table.Add(kind.Type, kind.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), kind.Name, FirstSentence(kind.Doc));
        }

        table.WriteTo(console.Out, console.Width);
        return ExitCodes.Success;
    }

    private static async Task WriteAsync(CliConsole console, string directory, EventKind[] kinds, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        foreach (var kind in kinds)
        {
            var path = Path.Combine(directory, kind.Type + FileSuffix);
            await File.WriteAllTextAsync(path, kind.JsonSchema + "\n", cancellationToken).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync($"wrote {Plural.Of(kinds.Length, "schema")} to {directory}").ConfigureAwait(false);
    }

    /// <summary>The first sentence of a kind's documentation (abbreviations such as "e.g." do not end it).</summary>
    /// <param name="doc">The documentation.</param>
    /// <returns>The sentence.</returns>
    internal static string FirstSentence(string doc)
    {
        var text = doc.ReplaceLineEndings(" ").Trim();
        for (var end = text.IndexOf(". ", StringComparison.Ordinal); end >= 0; end = text.IndexOf(". ", end + 1, StringComparison.Ordinal))
        {
            var before = text[..end];
            if (!before.EndsWith("e.g", StringComparison.Ordinal) && !before.EndsWith("i.e", StringComparison.Ordinal) && !before.EndsWith("etc", StringComparison.Ordinal))
            {
                return text[..(end + 1)];
            }
        }

        return text;
    }
}
