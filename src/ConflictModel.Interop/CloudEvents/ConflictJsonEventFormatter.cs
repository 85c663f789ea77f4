using System;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using ConflictModel.Serialization;

namespace ConflictModel.Interop.CloudEvents;

/// <summary>
/// The CloudEvents JSON event format without reflection: JSON data held as a <see cref="JsonElement"/> is copied
/// verbatim, and a <see cref="ConflictEvent"/> set as data is written with <see cref="ConflictJson"/>. The base
/// formatter would hand both to <see cref="JsonSerializer"/> with its default options, which fails where reflection-based
/// serialization is disabled (trimmed and Native AOT applications, and the test projects).
/// </summary>
internal sealed class ConflictJsonEventFormatter : JsonEventFormatter
{
    public ConflictJsonEventFormatter()
        : base(serializerOptions: null, new JsonDocumentOptions { MaxDepth = ConflictJson.MaxDepth })
    {
    }

    protected override void EncodeStructuredModeData(CloudEvent cloudEvent, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        ArgumentNullException.ThrowIfNull(writer);
        if (IsJson(cloudEvent))
        {
            switch (cloudEvent.Data)
            {
                case JsonElement element:
                    writer.WritePropertyName(DataPropertyName);
                    // The raw text keeps the data byte for byte, escapes included; WriteTo would re-escape strings.
                    writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                    return;
                case ConflictEvent conflictEvent:
                    writer.WritePropertyName(DataPropertyName);
                    ConflictJson.Write(writer, conflictEvent);
                    return;
            }
        }

        base.EncodeStructuredModeData(cloudEvent, writer);
    }

    public override ReadOnlyMemory<byte> EncodeBinaryModeEventData(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        if (IsJson(cloudEvent) && IsUtf8(cloudEvent))
        {
            switch (cloudEvent.Data)
            {
                case JsonElement element:
                    return Encoding.UTF8.GetBytes(element.GetRawText());
                case ConflictEvent conflictEvent:
                    return ConflictJson.SerializeToUtf8Bytes(conflictEvent);
            }
        }

        return base.EncodeBinaryModeEventData(cloudEvent);
    }

    private bool IsJson(CloudEvent cloudEvent) =>
        IsJsonMediaType(new ContentType(cloudEvent.DataContentType ?? MediaTypeNames.Application.Json).MediaType);

    private static bool IsUtf8(CloudEvent cloudEvent)
    {
        var charSet = cloudEvent.DataContentType is { } type ? new ContentType(type).CharSet : null;
        return charSet is null || string.Equals(charSet, "utf-8", StringComparison.OrdinalIgnoreCase)
            || string.Equals(charSet, "utf8", StringComparison.OrdinalIgnoreCase);
    }
}
