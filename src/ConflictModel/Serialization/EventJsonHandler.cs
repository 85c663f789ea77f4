using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads, writes and describes one event kind as JSON without reflection. Generated code provides one per kind
/// through <see cref="EventKind.Json"/>; polymorphic reading dispatches to it by the <c>type</c> discriminator.
/// </summary>
public abstract class EventJsonHandler
{
    /// <summary>Reads one event of the kind; the reader is on the object's start and ends on its end.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The event.</returns>
    public abstract ConflictEvent Read(ref Utf8JsonReader reader);

    /// <summary>Writes one event of the kind as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">An event of the kind.</param>
    public abstract void Write(Utf8JsonWriter writer, ConflictEvent value);

    /// <summary>Creates System.Text.Json metadata for the kind's type, so <see cref="JsonSerializer"/> works without reflection.</summary>
    /// <param name="options">The options the metadata belongs to.</param>
    /// <returns>The type info.</returns>
    public abstract JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options);
}
