using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>Throw helpers shared by hand-written and generated readers. Kept out of line so hot paths stay small.</summary>
public static class JsonErrors
{
    /// <summary>Throws a <see cref="ConflictJsonException"/> at the reader's current token.</summary>
    /// <param name="reader">The reader, positioned on the offending token.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    /// <exception cref="ConflictJsonException">Always.</exception>
    [DoesNotReturn]
    public static void Fail(ref Utf8JsonReader reader, string problem, Exception? inner = null) =>
        throw new ConflictJsonException(problem, reader.TokenStartIndex, inner);

    /// <summary>Throws because an object has a property twice.</summary>
    /// <param name="reader">The reader, positioned on the second occurrence's name.</param>
    /// <param name="wireName">The property's wire name.</param>
    /// <exception cref="ConflictJsonException">Always.</exception>
    [DoesNotReturn]
    public static void Duplicate(ref Utf8JsonReader reader, string wireName) =>
        Fail(ref reader, $"duplicate property '{wireName}'");

    /// <summary>Throws because the token is not of the expected JSON type.</summary>
    /// <param name="reader">The reader, positioned on the offending token.</param>
    /// <param name="expected">What was expected, e.g. "a string".</param>
    /// <exception cref="ConflictJsonException">Always.</exception>
    [DoesNotReturn]
    public static void Expected(ref Utf8JsonReader reader, string expected) =>
        throw new ConflictJsonException($"expected {expected}, found {Describe(reader.TokenType)}", reader.TokenStartIndex);

    /// <summary>Throws the signal that a property is not known to this version.</summary>
    /// <param name="reader">The reader, positioned on the property name.</param>
    /// <param name="owner">The type being read, e.g. "Place".</param>
    /// <exception cref="UnknownJsonContentException">Always.</exception>
    [DoesNotReturn]
    public static void UnknownProperty(ref Utf8JsonReader reader, string owner) =>
        throw new UnknownJsonContentException($"property '{reader.GetString()}' of {owner}");

    /// <summary>Throws the signal that an enum value is not known to this version.</summary>
    /// <param name="value">The wire value.</param>
    /// <param name="enumName">The enum, e.g. "WeaponKind".</param>
    /// <exception cref="UnknownJsonContentException">Always.</exception>
    [DoesNotReturn]
    public static void UnknownEnumValue(string? value, string enumName) =>
        throw new UnknownJsonContentException($"enum value '{value}' of {enumName}");

    /// <summary>A short description of a token type for messages: "a string", "a number", …</summary>
    /// <param name="tokenType">The token type.</param>
    /// <returns>The description.</returns>
    public static string Describe(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        _ => "nothing",
    };
}
