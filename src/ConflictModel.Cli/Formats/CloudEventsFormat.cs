using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CloudNative.CloudEvents;
using ConflictModel.Interop.CloudEvents;

namespace ConflictModel.Cli.Formats;

/// <summary>A batch of CloudEvents in structured JSON mode (<c>.cloudevents.json</c>), one per event.</summary>
internal sealed class CloudEventsFormat : IFormat
{
    /// <summary>The CloudEvents <c>source</c> of events the CLI wraps.</summary>
    public static readonly Uri Source = new("urn:conflictmodel:cli");

    /// <inheritdoc/>
    public string Name => "cloudevents";

    /// <inheritdoc/>
    public string Description => "CloudEvents JSON batch (structured mode)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".cloudevents.json"];

    /// <inheritdoc/>
    public bool CanRead => true;

    /// <inheritdoc/>
    public bool CanWrite => true;

    /// <inheritdoc/>
    public async IAsyncEnumerable<EventRecord> ReadAsync(Stream input, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<CloudEvent> batch = [];
        string? malformed = null;
        try
        {
            batch = ConflictCloudEvents.DecodeBatch(buffer.ToArray());
        }
        catch (Exception e) when (e is ArgumentException or System.Text.Json.JsonException or FormatException)
        {
            malformed = e.Message;
        }

        if (malformed is not null)
        {
            yield return new EventRecord(1, null, new Diagnostic(source, null, null, "not a CloudEvents JSON batch: " + malformed));
            yield break;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            ConflictEvent? value = null;
            string? problem = null;
            try
            {
                value = ConflictCloudEvents.Unwrap(batch[i]);
            }
            catch (Exception e) when (e is ArgumentException or Serialization.ConflictJsonException)
            {
                problem = e.Message;
            }

            var path = "$[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            yield return new EventRecord(i + 1, value, problem is null ? null : new Diagnostic(source, null, path, problem));
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> WriteAsync(Stream output, IAsyncEnumerable<ConflictEvent> events, CancellationToken cancellationToken)
    {
        var all = new List<ConflictEvent>();
        await foreach (var value in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            all.Add(value);
        }

        await output.WriteAsync(ConflictCloudEvents.ToBatchJson(all, Source), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        return [];
    }
}
