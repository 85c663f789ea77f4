using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Reliability.Tests.Fuzz;

/// <summary>A ConflictJsonException that does not say where the problem is.</summary>
public sealed class UnlocatedErrorException(ConflictJsonException inner)
    : Exception($"a ConflictJsonException without line, position or path: {inner.Message}", inner)
{
    public ConflictJsonException Error { get; } = inner;
}

/// <summary>Reading what was written gave another event or other JSON.</summary>
public sealed class RoundTripChangedException(string message) : Exception(message);

/// <summary>Writing an event that was read threw.</summary>
public sealed class WriteFailedException(Exception inner) : Exception("writing an event that was read threw: " + inner.Message, inner);

/// <summary>An event written as JSON Lines did not stay on one line.</summary>
public sealed class KeptLineBreakException(string message) : Exception(message);

/// <summary>What the library must do with any input.</summary>
internal static class ReaderProperties
{
    public const string Source = "fuzz.json";

    /// <summary>
    /// Deserialize either returns an event or throws a located ConflictJsonException; an event it returns validates,
    /// writes, reads back equal (at the current schema version) and writes the same JSON again, on one line.
    /// </summary>
    public static void Check(byte[] input)
    {
        ConflictEvent value;
        try
        {
            value = ConflictJson.Deserialize(input, Source);
        }
        catch (ConflictJsonException e)
        {
            CheckError(e, input);
            return;
        }

        CheckAccepted(value);
    }

    public static void CheckError(ConflictJsonException e, ReadOnlySpan<byte> input, string? source = Source)
    {
        if (string.IsNullOrWhiteSpace(e.Problem))
        {
            throw new InvalidOperationException("a ConflictJsonException without a problem", e);
        }

        if (e.Message.Contains("   at ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("a ConflictJsonException whose message holds a stack trace", e);
        }

        if (e.File != source)
        {
            throw new InvalidOperationException($"the exception names file {e.File}, not {source}", e);
        }

        if (e.LineNumber is null || e.Path is null || e.BytePositionInLine is null)
        {
            throw new UnlocatedErrorException(e);
        }

        var lines = 1 + input.Count((byte)'\n');
        if (e.LineNumber < 1 || e.LineNumber > lines || e.BytePositionInLine < 0 || !e.Path.StartsWith('$'))
        {
            throw new InvalidOperationException($"an impossible location: line {e.LineNumber} of {lines}, byte {e.BytePositionInLine}, path {e.Path}", e);
        }
    }

    public static void CheckAccepted(ConflictEvent value)
    {
        _ = value.Validate();
        string written;
        try
        {
            written = ConflictJson.Serialize(value);
        }
        catch (InvalidOperationException e)
        {
            throw new WriteFailedException(e);
        }

        ConflictEvent back;
        try
        {
            back = ConflictJson.Deserialize(written);
        }
        catch (ConflictJsonException e)
        {
            throw new RoundTripChangedException($"what was written does not read: {e.Message}\nwritten: {written}");
        }

        if (Support.EventNormal.Difference(value, back) is { } difference)
        {
            throw new RoundTripChangedException($"what was written reads as another event ({difference})\nwritten: {written}\nread:    {ConflictJson.Serialize(back)}");
        }

        if (ConflictJson.Serialize(back) != written)
        {
            throw new RoundTripChangedException($"writing what was read back gives other JSON\nfirst:  {written}\nsecond: {ConflictJson.Serialize(back)}");
        }

        if (written.Contains('\n', StringComparison.Ordinal) || written.Contains('\r', StringComparison.Ordinal))
        {
            throw new KeptLineBreakException("the compact JSON of an event holds a line break, so JSON Lines cannot hold it: " + written);
        }
    }
}
