using System;
using System.Text.Json;

using static ConflictModel.Serialization.PrimitiveReading;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="Verification"/> as <c>{"status":"unverified","by":"…","note":"…"}</c>; <c>status</c> is
/// required, the other properties are written only when they have a value.
/// </summary>
/// <remarks>
/// <para>
/// Like a <c>System.Text.Json</c> converter, <see cref="Read"/> expects the reader to be positioned on the first token of
/// the value, with the whole value in the reader's buffer, and leaves it on the last token. JSON null is never passed:
/// callers handle it. <see cref="Write"/> writes the value only.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class VerificationJson
{
    /// <summary>The JSON Schema (draft 2020-12) of a <see cref="Verification"/>.</summary>
    public const string Schema =
        """{"description":"How far a reported fact has been verified, and by whom.","type":"object","properties":{"status":"""
        + PrimitiveEnumsJson.VerificationStatusSchema
        + ""","by":{"description":"Who confirmed, claimed, could not verify, disputed or denied the fact, for example Reuters.","type":"string"},"note":{"description":"A free-text note, for example the wording of a denial.","type":"string"}},"required":["status"],"additionalProperties":false}""";

    private const int StatusBit = 1;

    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText ByName = JsonEncodedText.Encode("by");
    private static readonly JsonEncodedText NoteName = JsonEncodedText.Encode("note");

    // The index of each property in the switch of Read; its bit in seen is 1 << index.
    private static readonly JsonNameTable Properties = new("status", "by", "note");

    /// <summary>Reads a verification.</summary>
    /// <param name="reader">The reader, positioned on the StartObject token; left on the matching EndObject.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="ConflictJsonException">The value is not an object, <c>status</c> is missing, or a property is repeated
    /// or of the wrong type.</exception>
    /// <exception cref="UnknownJsonContentException">The object has a property, or the status a value, this version does not know.</exception>
    public static Verification Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonErrors.Expected(ref reader, "an object");
        }

        VerificationStatus status = default;
        string? by = null;
        string? note = null;
        int seen = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            switch (Property(ref reader, Properties, ref seen, "Verification"))
            {
                case 0:
                    status = PrimitiveEnumsJson.ReadVerificationStatus(ref reader);
                    break;
                case 1:
                    by = ReadString(ref reader);
                    break;
                case 2:
                    note = ReadString(ref reader);
                    break;
            }
        }

        if ((seen & StatusBit) == 0)
        {
            JsonErrors.Fail(ref reader, "missing required property 'status'");
        }

        // A feed repeats its verifications (the same outlet unable to verify, the same party denying): share the
        // instance made when it was last read.
        var hash = RecentValues.Mix(RecentValues.Mix((int)status, RecentValues.Of(by)), RecentValues.Of(note));
        ref var recent = ref RecentValues<Verification>.Slot(hash);
        if (recent is { } known && known.Status == status && known.By == by && known.Note == note)
        {
            return known;
        }

        // The status was read from a known wire name, so the constructor cannot reject it.
        return recent = new Verification(status) { By = by, Note = note };
    }

    /// <summary>Writes a verification; <c>by</c> and <c>note</c> only when they have a value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The verification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Verification value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName(StatusName);
        PrimitiveEnumsJson.Write(writer, value.Status);
        if (value.By is { } by)
        {
            writer.WriteString(ByName, by);
        }

        if (value.Note is { } note)
        {
            writer.WriteString(NoteName, note);
        }

        writer.WriteEndObject();
    }
}
