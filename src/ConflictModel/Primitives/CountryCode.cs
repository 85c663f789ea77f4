using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel;

/// <summary>
/// A country identified by its ISO 3166-1 alpha-2 code, such as "UA" or "RU".
/// </summary>
/// <remarks>
/// <para>
/// Only the format is checked: a code is exactly two ASCII letters and is normalised to upper case.
/// Whether the code is actually assigned to a country by ISO 3166-1 is <em>not</em> checked, so that
/// user-assigned and newly assigned codes (for example "XK") can be represented.
/// </para>
/// <para>
/// The default value has an empty <see cref="Value"/> and does not denote a country; code that needs to
/// distinguish "no country" should use <c>CountryCode?</c>.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct CountryCode
{
    // Null only in default(CountryCode); the Value getter hides that from callers.
    private readonly string? _value;

    /// <summary>
    /// Creates a country code from its ISO 3166-1 alpha-2 form.
    /// </summary>
    /// <param name="value">Exactly two ASCII letters, in either case (for example "ua" or "UA").</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not exactly two ASCII letters.</exception>
    public CountryCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = Normalize(value)
            ?? throw new ArgumentException($"A country code must be exactly two ASCII letters (ISO 3166-1 alpha-2), but was \"{value}\".", nameof(value));
    }

    // Readers make the same few codes over and over: one string per code, made once (676 at most).
    private static readonly string?[] s_interned = new string?[26 * 26];

    // For codes already known to be two upper-case ASCII letters.
    private CountryCode(string normalized, bool trusted)
    {
        _ = trusted;
        _value = normalized;
    }

    /// <summary>
    /// Gets the upper-case two-letter code, or an empty string for the default value.
    /// </summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// Parses an ISO 3166-1 alpha-2 code; equivalent to the constructor.
    /// </summary>
    /// <param name="text">Exactly two ASCII letters, in either case.</param>
    /// <returns>The country code, normalised to upper case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not exactly two ASCII letters.</exception>
    public static CountryCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string normalized = Normalize(text)
            ?? throw new ArgumentException($"A country code must be exactly two ASCII letters (ISO 3166-1 alpha-2), but was \"{text}\".", nameof(text));
        return new CountryCode(normalized);
    }

    /// <summary>
    /// Attempts to parse an ISO 3166-1 alpha-2 code without throwing.
    /// </summary>
    /// <param name="text">The text to parse; null and anything other than exactly two ASCII letters fail.</param>
    /// <param name="code">The parsed code on success; the default value on failure.</param>
    /// <returns><see langword="true"/> if <paramref name="text"/> was a well-formed code; otherwise <see langword="false"/>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CountryCode code)
    {
        string? normalized = text is null ? null : Normalize(text);
        code = normalized is null ? default : new CountryCode(normalized);
        return normalized is not null;
    }

    /// <summary>Reads a code from its UTF-8 bytes without allocating after the first time a code is seen.</summary>
    /// <param name="utf8">The bytes, e.g. <c>UA</c> or <c>ua</c>.</param>
    /// <param name="code">The code on success.</param>
    /// <returns>Whether the bytes are exactly two ASCII letters.</returns>
    internal static bool TryFromUtf8(ReadOnlySpan<byte> utf8, out CountryCode code)
    {
        if (utf8.Length != 2 || !char.IsAsciiLetter((char)utf8[0]) || !char.IsAsciiLetter((char)utf8[1]))
        {
            code = default;
            return false;
        }

        var first = (utf8[0] | 0x20) - 'a';
        var second = (utf8[1] | 0x20) - 'a';
        var index = (first * 26) + second;
        // A race here only makes two equal strings; either is correct.
        var text = s_interned[index] ??= string.Create(2, (first, second), static (span, letters) =>
        {
            span[0] = (char)('A' + letters.first);
            span[1] = (char)('A' + letters.second);
        });
        code = new CountryCode(text, trusted: true);
        return true;
    }

    /// <summary>
    /// Returns the two-letter code (the same as <see cref="Value"/>).
    /// </summary>
    /// <returns>The upper-case code, or an empty string for the default value.</returns>
    public override string ToString() => Value;

    // Returns the upper-case form, or null when the text is not two ASCII letters.
    // Char.IsLetter would admit non-ASCII letters such as "ÜA", which are never ISO codes.
    private static string? Normalize(string text)
    {
        if (text.Length != 2 || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1]))
        {
            return null;
        }

        // Both characters are ASCII letters here, so invariant upper-casing is exact.
        return text.ToUpperInvariant();
    }
}
