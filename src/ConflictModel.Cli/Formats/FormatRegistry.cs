using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConflictModel.Cli.Formats;

/// <summary>The formats the CLI knows, found by name or by a path's extension.</summary>
internal sealed class FormatRegistry
{
    private readonly List<IFormat> _formats;

    /// <summary>Creates a registry of the given formats; an earlier format wins a shared name or extension.</summary>
    /// <param name="formats">The formats.</param>
    public FormatRegistry(params IFormat[] formats) => _formats = [.. formats];

    /// <summary>
    /// The formats of the CLI: <c>json</c>, <c>jsonl</c>, and the field's exchange formats <c>acled</c>, <c>ucdp</c>,
    /// <c>plover</c>, <c>cloudevents</c> and <c>parquet</c>.
    /// </summary>
    public static FormatRegistry Default { get; } = new(
        new JsonArrayFormat(),
        new JsonLinesFormat(),
        new AcledFormat(),
        new UcdpFormat(),
        new PloverFormat(),
        new CloudEventsFormat(),
        new ParquetFormat());

    /// <summary>The formats, in registration order.</summary>
    public IReadOnlyList<IFormat> Formats => _formats;

    /// <summary>The names of the formats, comma-separated, for messages.</summary>
    public string Names => string.Join(", ", _formats.Select(f => f.Name));

    /// <summary>Finds a format by name (case-insensitive).</summary>
    /// <param name="name">The name, e.g. <c>jsonl</c>.</param>
    /// <returns>The format, or null.</returns>
    public IFormat? Find(string name) => _formats.Find(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Finds the format a path's ending implies (case-insensitive); the longest matching ending wins, so
    /// <c>x.plover.json</c> is PLOVER while <c>x.json</c> is a JSON array.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <returns>The format, or null.</returns>
    public IFormat? ForPath(string path)
    {
        var name = Path.GetFileName(path);
        IFormat? best = null;
        var bestLength = 0;
        foreach (var format in _formats)
        {
            foreach (var ending in format.Extensions)
            {
                if (ending.Length > bestLength && name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                {
                    best = format;
                    bestLength = ending.Length;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The format of a path: the one named by an option when given, else the one its extension implies. A path of
    /// <c>-</c> (standard input or output) needs the option.
    /// </summary>
    /// <param name="path">The path as given, or <c>-</c>.</param>
    /// <param name="name">The option's value, or null.</param>
    /// <param name="option">The option's name for messages, e.g. <c>--from</c>.</param>
    /// <returns>The format.</returns>
    /// <exception cref="UsageException">The name is unknown, or no format can be inferred.</exception>
    public IFormat Resolve(string path, string? name, string option)
    {
        if (name is not null)
        {
            return Find(name) ?? throw new UsageException($"unknown format '{name}' for {option}; known formats: {Names}");
        }

        if (path == "-")
        {
            throw new UsageException($"{option} is required with '-' (known formats: {Names})");
        }

        return ForPath(path) ?? throw new UsageException($"cannot tell the format of '{path}' from its extension; give {option} (known formats: {Names})");
    }
}
