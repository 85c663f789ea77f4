using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ConflictModel;

/// <summary>
/// Writes a kind's published shape — its <c>*.event.lock.json</c> file. Kept beside the schema, the lock lets the
/// generator report, as build errors, changes that would break data already written: a field removed, a type
/// changed, an optional field made required, a removed wire name reused, a rename without a version bump.
/// </summary>
public static class SchemaLock
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Creates the lock of <paramref name="kind"/>, carrying forward the names an earlier lock had retired.</summary>
    /// <param name="kind">The kind as it is now.</param>
    /// <param name="previousLock">The lock file's current text, or null for a first publication.</param>
    /// <returns>The lock file's new text, indented, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="JsonException"><paramref name="previousLock"/> is not valid JSON.</exception>
    public static string Create(EventKind kind, string? previousLock = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var removed = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in kind.Fields)
        {
            names.Add(field.Name);
            foreach (var old in field.RenamedFrom)
            {
                names.Add(old);
            }
        }

        if (previousLock is not null)
        {
            using var previous = JsonDocument.Parse(previousLock);
            if (previous.RootElement.TryGetProperty("removed", out var earlier))
            {
                foreach (var name in earlier.EnumerateArray())
                {
                    removed.Add(name.GetString()!);
                }
            }

            if (previous.RootElement.TryGetProperty("fields", out var fields))
            {
                foreach (var field in fields.EnumerateObject())
                {
                    // A published field that is neither kept nor renamed is retired: its name may not come back.
                    if (!names.Contains(field.Name) && !removed.Contains(field.Name))
                    {
                        removed.Add(field.Name);
                    }
                }
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("type", kind.Type);
            writer.WriteNumber("version", kind.Version);
            writer.WriteStartObject("fields");
            foreach (var field in kind.Fields)
            {
                writer.WriteStartObject(field.Name);
                writer.WriteString("type", field.SchemaType);
                writer.WriteBoolean("required", field.Required && field.Since <= kind.Version);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("removed");
            foreach (var name in removed)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
