using System;
using NodaTime;

namespace ConflictModel.Serialization;

/// <summary>
/// The common forms of ISO dates and instants read and written as UTF-8 bytes without allocating: <c>yyyy-MM-dd</c>
/// and <c>yyyy-MM-ddTHH:mm:ss[.fffffffff]Z</c> for years 0000–9999. Each method does only what NodaTime's own ISO
/// patterns do for the same text (those patterns allocate a string and more per call), and declines anything else, so
/// that callers fall back to the patterns for the rare forms and for the error message.
/// </summary>
internal static class IsoText
{
    /// <summary>The longest instant written here: <c>yyyy-MM-ddTHH:mm:ss.fffffffffZ</c>.</summary>
    public const int MaxInstantLength = 30;

    /// <summary>Parses <c>yyyy-MM-dd</c>; false for any other text, including dates that do not exist.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || !TryParseDay(text, out var year, out var month, out var day))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>
    /// Parses <c>yyyy-MM-ddTHH:mm:ssZ</c> with an optional fraction of one to nine digits after a period; false for any
    /// other text, including times that do not exist (hour 24, second 60).
    /// </summary>
    public static bool TryParseInstant(ReadOnlySpan<byte> text, out Instant instant)
    {
        instant = default;
        if (text.Length < 20 || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':' || text[^1] != (byte)'Z'
            || !TryParseDay(text, out var year, out var month, out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var nanoseconds = 0;
        if (text.Length != 20)
        {
            var fraction = text[20..^1];
            if (text[19] != (byte)'.' || fraction.Length is 0 or > 9 || !TryDigits(fraction, out nanoseconds))
            {
                return false;
            }

            for (var i = fraction.Length; i < 9; i++)
            {
                nanoseconds *= 10;
            }
        }
        else if (text[19] != (byte)'Z')
        {
            return false;
        }

        instant = Instant.FromUtc(year, month, day, hour, minute, second).PlusNanoseconds(nanoseconds);
        return true;
    }

    /// <summary>Writes an ISO-calendar date as <c>yyyy-MM-dd</c> into 10 bytes; false, writing nothing, outside years 0000–9999.</summary>
    public static bool TryFormatDate(LocalDate date, Span<byte> target)
    {
        if (date.Year is < 0 or > 9999)
        {
            return false;
        }

        WriteDay(date, target);
        return true;
    }

    /// <summary>
    /// Writes an instant as <c>yyyy-MM-ddTHH:mm:ss[.fffffffff]Z</c>, with as many fractional digits as it needs, into
    /// <see cref="MaxInstantLength"/> bytes; false, writing nothing, outside years 0000–9999.
    /// </summary>
    public static bool TryFormatInstant(Instant instant, Span<byte> target, out int written)
    {
        written = 0;
        var utc = instant.InUtc();
        var date = utc.Date;
        if (date.Year is < 0 or > 9999)
        {
            return false;
        }

        WriteDay(date, target);
        target[10] = (byte)'T';
        Digits(target.Slice(11, 2), utc.Hour);
        target[13] = (byte)':';
        Digits(target.Slice(14, 2), utc.Minute);
        target[16] = (byte)':';
        Digits(target.Slice(17, 2), utc.Second);
        var length = 19;
        var nanoseconds = utc.NanosecondOfSecond;
        if (nanoseconds != 0)
        {
            // Trailing zeros are left out, as the pattern's FFFFFFFFF leaves them out.
            var digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            target[19] = (byte)'.';
            Digits(target.Slice(20, digits), nanoseconds);
            length = 20 + digits;
        }

        target[length] = (byte)'Z';
        written = length + 1;
        return true;
    }

    private static bool TryParseDay(ReadOnlySpan<byte> text, out int year, out int month, out int day)
    {
        month = 0;
        day = 0;
        return TryDigits(text[..4], out year) && text[4] == (byte)'-' && text[7] == (byte)'-'
            && TryDigits(text.Slice(5, 2), out month) && TryDigits(text.Slice(8, 2), out day)
            && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
    }

    private static void WriteDay(LocalDate date, Span<byte> target)
    {
        Digits(target[..4], date.Year);
        target[4] = (byte)'-';
        Digits(target.Slice(5, 2), date.Month);
        target[7] = (byte)'-';
        Digits(target.Slice(8, 2), date.Day);
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static void Digits(Span<byte> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
