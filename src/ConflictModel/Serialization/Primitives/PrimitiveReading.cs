using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>Small steps every primitive reader takes: advance, refuse a repeated property, read a string, word an error.</summary>
internal static class PrimitiveReading
{
    /// <summary>Moves to the next token, failing if the data ends inside the value.</summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            JsonErrors.Fail(ref reader, "unexpected end of the data inside an object");
        }
    }

    /// <summary>
    /// Steps from a property name onto its value: finds the name's index in <paramref name="properties"/>, refuses a
    /// name the type does not have and a property seen before in the same object (bit <c>1 &lt;&lt; index</c> of
    /// <paramref name="seen"/>), and moves to the value.
    /// </summary>
    /// <returns>The property's index in <paramref name="properties"/>.</returns>
    public static int Property(ref Utf8JsonReader reader, JsonNameTable properties, ref int seen, string owner)
    {
        var index = properties.IndexOf(ref reader);
        if (index < 0)
        {
            JsonErrors.UnknownProperty(ref reader, owner);
        }

        Once(ref reader, ref seen, 1 << index, properties[index]);
        Next(ref reader);
        return index;
    }

    /// <summary>
    /// Where an error from a type's factory points: at the value of the property its <see cref="ArgumentException.ParamName"/>
    /// names (the readers' property names are the factories' parameter names), when the object had that property;
    /// otherwise at the reader's token, the object's closing brace.
    /// </summary>
    /// <param name="e">The factory's exception.</param>
    /// <param name="properties">The object's property names.</param>
    /// <param name="seen">The properties read, bit <c>1 &lt;&lt; index</c> each.</param>
    /// <param name="positions">The offset of each property's value, by index, where it was read.</param>
    /// <param name="reader">The reader, on the closing brace.</param>
    public static long PositionOf(ArgumentException e, JsonNameTable properties, int seen, ReadOnlySpan<long> positions, in Utf8JsonReader reader)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if ((seen & (1 << i)) != 0 && properties[i] == e.ParamName)
            {
                return positions[i];
            }
        }

        return reader.TokenStartIndex;
    }

    // Marks a property as seen, failing when it was seen before in the same object.
    private static void Once(ref Utf8JsonReader reader, ref int seen, int bit, string name)
    {
        if ((seen & bit) != 0)
        {
            JsonErrors.Duplicate(ref reader, name);
        }

        seen |= bit;
    }

    /// <summary>
    /// Fails at the name just read when it is empty or whitespace, which actors and places refuse, with the type's own
    /// exception inside; checked at once so that the reader's position need not be kept for later.
    /// </summary>
    public static void CheckName(ref Utf8JsonReader reader, string name, string what, Action<string> make)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            Refuse(ref reader, $"{what} name '{name}' is empty or whitespace", name, make);
        }
    }

    /// <summary>
    /// Fails at the reader's token with a problem the reader found before the type could: the failure carries the
    /// exception the type itself throws for the value, which <paramref name="make"/> provokes.
    /// </summary>
    [DoesNotReturn]
    public static void Refuse<T>(ref Utf8JsonReader reader, string problem, T value, Action<T> make)
    {
        try
        {
            make(value);
        }
        catch (ArgumentException e)
        {
            JsonErrors.Fail(ref reader, problem, e);
        }

        throw new InvalidOperationException($"The value was accepted where the reader refused it: {problem}");
    }

    /// <summary>Reads a string token.</summary>
    public static string ReadString(ref Utf8JsonReader reader) => JsonValues.ReadString(ref reader);

    /// <summary>A primitive's own message for a value it rejected, without .NET's "(Parameter 'x')" suffix.</summary>
    public static string Reason(ArgumentException e)
    {
        var message = e.Message;
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            message = message[..newline].TrimEnd('\r');
        }

        if (e.ParamName is { } parameter)
        {
            var suffix = " (Parameter '" + parameter + "')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message[..^suffix.Length];
            }
        }

        return message;
    }
}
