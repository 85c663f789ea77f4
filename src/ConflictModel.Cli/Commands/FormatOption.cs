using System.CommandLine;
using ConflictModel.Cli.Formats;

namespace ConflictModel.Cli.Commands;

/// <summary>Creates the options that name a file format (<c>--format</c>, <c>--from</c>, <c>--to</c>).</summary>
internal static class FormatOption
{
    /// <summary>Creates an option whose value is a format name, completed from the registry.</summary>
    /// <param name="name">The option, e.g. <c>--from</c>.</param>
    /// <param name="description">What the format is of.</param>
    /// <param name="formats">The known formats.</param>
    /// <returns>The option.</returns>
    public static Option<string?> Create(string name, string description, FormatRegistry formats)
    {
        var option = new Option<string?>(name)
        {
            Description = $"{description} ({formats.Names}); inferred from the file extension when omitted, required with '-'",
            HelpName = "FORMAT",
        };
        foreach (var format in formats.Formats)
        {
            option.CompletionSources.Add(format.Name);
        }

        return option;
    }
}
