using System;
using System.Collections.Generic;
using System.Text;
using ConflictModel.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The byte-level ISO forms agree with NodaTime's own patterns, which the readers and writers fall back to: each text
/// the fast path takes reads to the pattern's value, each it declines is left to the pattern, and each value it writes
/// is the pattern's text.
/// </summary>
public sealed class IsoTextTests
{
    public static TheoryData<string> InstantTexts =>
    [
        "2022-06-24T21:00:00Z",
        "2022-06-24T21:00:05.123456789Z",
        "2022-06-24T21:00:05.5Z",
        "2022-06-24T21:00:05.500Z",
        "2022-06-24T21:00:05.000000001Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
        "2024-02-29T12:30:00Z",
        "2023-02-29T12:30:00Z",
        "2022-06-24T24:00:00Z",
        "2022-06-24T23:60:00Z",
        "2022-06-24T23:59:60Z",
        "2022-06-24T21:00:05,5Z",
        "2022-06-24T21:00:05.Z",
        "2022-06-24T21:00:05.1234567890Z",
        "2022-06-24T21:00:05",
        "2022-06-24T21:00:05+00:00",
        "2022-06-24 21:00:05Z",
        "2022-6-24T21:00:05Z",
        "+2022-06-24T21:00:05Z",
        "2022-06-24T21:00Z",
        "2022-06-24T21:00:0xZ",
    ];

    public static TheoryData<string> DateTexts =>
    [
        "2022-06-24",
        "0000-01-01",
        "9999-12-31",
        "2024-02-29",
        "2023-02-29",
        "2022-13-01",
        "2022-00-10",
        "2022-06-00",
        "2022-06-31",
        "22-06-24",
        "2022/06/24",
        "-0001-01-01",
    ];

    [Theory]
    [MemberData(nameof(InstantTexts))]
    public void AnInstantTheFastPathTakesIsTheOneThePatternReads(string text)
    {
        AssertTakenAsThePatternReads(text, InstantPattern.ExtendedIso, IsoText.TryParseInstant);
    }

    [Theory]
    [InlineData("2022-06-24T21:00:00Z")]
    [InlineData("2022-06-24T21:00:05.123456789Z")]
    [InlineData("2022-06-24T21:00:05.500Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.999999999Z")]
    public void TheCommonFormOfAnInstantIsReadWithoutThePattern(string text)
    {
        Assert.True(IsoText.TryParseInstant(Encoding.UTF8.GetBytes(text), out var fast));
        Assert.Equal(InstantPattern.ExtendedIso.Parse(text).Value, fast);
    }

    [Theory]
    [MemberData(nameof(DateTexts))]
    public void ADateTheFastPathTakesIsTheOneThePatternReads(string text)
    {
        var taken = AssertTakenAsThePatternReads(text, LocalDatePattern.Iso, IsoText.TryParseDate);

        // Declined: the reader hands the text to the pattern, so every well-formed yyyy-MM-dd must be taken.
        Assert.False(!taken && text.Length == 10 && LocalDatePattern.Iso.Parse(text).Success, $"the fast path declined '{text}', which the pattern reads");
    }

    [Fact]
    public void InstantsAreWrittenAsThePatternFormatsThem()
    {
        // Whole seconds, every number of fractional digits, the ends of the range and a spread of values between.
        var random = new Random(20221128);
        var instants = new List<Instant>
        {
            Instant.FromUtc(2022, 6, 24, 21, 0),
            Instant.FromUtc(0, 1, 1, 0, 0),
            Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999),
            Instant.FromUtc(-1, 12, 31, 23, 59, 59),
            Instant.MinValue,
            Instant.MaxValue,
        };
        for (var digits = 1; digits <= 9; digits++)
        {
            instants.Add(Instant.FromUtc(2022, 6, 24, 21, 0, 5).PlusNanoseconds((long)Math.Pow(10, 9 - digits) * 7));
        }

        for (var i = 0; i < 500; i++)
        {
            instants.Add(Instant.FromUnixTimeTicks(random.NextInt64(Instant.FromUtc(0, 1, 1, 0, 0).ToUnixTimeTicks(), Instant.FromUtc(9999, 12, 31, 0, 0).ToUnixTimeTicks())).PlusNanoseconds(random.Next(100)));
        }

        foreach (var instant in instants)
        {
            Assert.Equal("\"" + InstantPattern.ExtendedIso.Format(instant) + "\"", PrimitiveJsonIO.Write(NodaJson.Write, instant));
        }
    }

    [Fact]
    public void DatesAreWrittenAsThePatternFormatsThem()
    {
        var random = new Random(20221128);
        var dates = new List<LocalDate> { new(0, 1, 1), new(9999, 12, 31), new(-1, 12, 31), new(2024, 2, 29) };
        for (var i = 0; i < 500; i++)
        {
            dates.Add(new LocalDate(0, 1, 1).PlusDays(random.Next(3_652_000)));
        }

        foreach (var date in dates)
        {
            Assert.Equal("\"" + LocalDatePattern.Iso.Format(date) + "\"", PrimitiveJsonIO.Write(NodaJson.Write, date));
        }
    }

    private delegate bool FastParse<T>(ReadOnlySpan<byte> text, out T value);

    // Whether the fast path took the text; when it did, the pattern reads the same text to the same value.
    private static bool AssertTakenAsThePatternReads<T>(string text, IPattern<T> pattern, FastParse<T> fastParse)
    {
        var parsed = pattern.Parse(text);
        if (!fastParse(Encoding.UTF8.GetBytes(text), out var fast))
        {
            return false;
        }

        Assert.True(parsed.Success, $"the fast path took '{text}', which the pattern refuses");
        Assert.Equal(parsed.Value, fast);
        return true;
    }
}
