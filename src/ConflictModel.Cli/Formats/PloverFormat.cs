using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop.Plover;

namespace ConflictModel.Cli.Formats;

/// <summary>PLOVER event records as a JSON array (<c>.plover.json</c>), older gold-standard records included.</summary>
internal sealed class PloverFormat : IFormat
{
    /// <inheritdoc/>
    public string Name => "plover";

    /// <inheritdoc/>
    public string Description => "PLOVER/POLECAT event records (JSON array or JSON Lines)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".plover.json", ".plover.jsonl"];

    /// <inheritdoc/>
    public bool CanRead => true;

    /// <inheritdoc/>
    public bool CanWrite => true;

    /// <inheritdoc/>
    public async IAsyncEnumerable<EventRecord> ReadAsync(Stream input, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // PLOVER files are small record sets; the reader takes the whole text.
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<PloverRecord> records = [];
        string? malformed = null;
        try
        {
            records = PloverReader.ReadAll(text);
        }
        catch (System.Text.Json.JsonException e)
        {
            malformed = e.Message;
        }

        if (malformed is not null)
        {
            yield return new EventRecord(1, null, new Diagnostic(source, null, null, "not PLOVER JSON: " + malformed));
            yield break;
        }

        foreach (var record in records)
        {
            var position = "record " + record.Position.ToString(CultureInfo.InvariantCulture);
            yield return new EventRecord(record.Position, record.Event, record.Error is { } error ? new Diagnostic(source, null, null, $"{position}: {error}") : null);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> WriteAsync(Stream output, IAsyncEnumerable<ConflictEvent> events, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var writable = new List<ConflictEvent>();
        await foreach (var value in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (PloverWriter.CanWrite(value))
            {
                writable.Add(value);
            }
            else
            {
                problems.Add($"event '{value.Id}' of kind '{value.Type}' has no PLOVER category; not written");
            }
        }

        var bytes = Encoding.UTF8.GetBytes(PloverWriter.SerializeArray(writable) + "\n");
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        return problems;
    }
}
