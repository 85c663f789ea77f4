using System;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>
/// Turns text that does not decode (bytes that are not UTF-8, a <c>\u</c> escape of a lone surrogate) into a
/// <see cref="ConflictJsonException"/> at the token that holds it. System.Text.Json reports such text with an
/// <see cref="InvalidOperationException"/> that says nothing of where, from <c>GetString</c>, <c>ValueTextEquals</c>
/// or <c>JsonElement.GetRawText</c>; these helpers find the token.
/// </summary>
internal static class TextDecoding
{
    /// <summary>The problem reported for text that does not decode.</summary>
    public const string Problem = "the text is not valid UTF-8 or holds an invalid escape";

    /// <summary>Whether the current string or property name decodes to text.</summary>
    public static bool Decodes(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return System.Text.Unicode.Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The located error for <paramref name="failure"/>, thrown while reading an event whose reader stopped where
    /// <paramref name="reader"/> is: on a string or name that does not decode, or at the end of a value kept whole
    /// that holds such text (<see cref="ConflictJsonException.TextInsideValue"/>: the locator finds which).
    /// </summary>
    public static ConflictJsonException At(ref Utf8JsonReader reader, Exception failure)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String or JsonTokenType.PropertyName when !Decodes(ref reader):
                return new ConflictJsonException(Problem, reader.TokenStartIndex, failure);
            case JsonTokenType.EndObject or JsonTokenType.EndArray when failure.InnerException is DecoderFallbackException:
                return new ConflictJsonException(Problem, reader.TokenStartIndex, failure) { TextInsideValue = true };
            default:
                return new ConflictJsonException(FirstLine(failure.Message), reader.TokenStartIndex, failure);
        }
    }

    /// <summary>
    /// Fails at the first string or property name in the value <paramref name="scan"/> starts on whose bytes are not
    /// UTF-8, or, when <paramref name="names"/>, at the first name of the value's own properties that does not decode.
    /// Returns when there is neither.
    /// </summary>
    /// <param name="scan">A copy of the reader, on the value's first token.</param>
    /// <param name="names">Whether the names of the value's own properties must decode, escapes included.</param>
    /// <param name="failure">The underlying exception, if any.</param>
    public static void FailAtFirstInvalid(Utf8JsonReader scan, bool names, Exception? failure)
    {
        var depth = scan.CurrentDepth;
        do
        {
            if (scan.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                && (!JsonLocator.IsValidUtf8(ref scan) || (names && scan.TokenType == JsonTokenType.PropertyName && scan.CurrentDepth == depth + 1 && !Decodes(ref scan))))
            {
                JsonErrors.Fail(ref scan, Problem, failure);
            }

            if (scan.CurrentDepth == depth && scan.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return; // the value's last token
            }
        }
        while (scan.Read());
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline >= 0 ? message[..newline] : message).TrimEnd('\r');
    }
}
