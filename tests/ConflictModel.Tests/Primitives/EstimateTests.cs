using System;
using ConflictModel;

namespace ConflictModel.Tests.Primitives;

public class EstimateTests
{
    [Fact]
    public void ExactlyFortyEightCruiseMissiles()
    {
        Estimate missiles = Estimate.Exactly(48);

        Assert.Equal(EstimateKind.Exact, missiles.Kind);
        Assert.Equal(48, missiles.Value);
        Assert.Equal(48, missiles.Low);
        Assert.Equal(48, missiles.High);
        Assert.Null(missiles.Quantifier);
        Assert.Equal((48L, (long?)48L), missiles.ImpliedRange());
        Assert.Equal("48", missiles.ToString());
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("3", 3)]
    [InlineData("""{"kind":"exact","value":255}""", 255)]
    public void A_small_exact_count_is_one_instance_however_it_is_made(string json, long count)
    {
        var read = ConflictModel.Tests.Serialization.PrimitiveJsonIO.Read(ConflictModel.Serialization.EstimateJson.Read, json);

        Assert.Same(Estimate.Exactly(count), read);
        Assert.Same(Estimate.Exactly(count), Estimate.Create(EstimateKind.Exact, count, count, count, null));
        Assert.Equal(count, read.Value);
    }

    [Fact]
    public void A_large_exact_count_is_a_value_of_its_own()
    {
        Assert.NotSame(Estimate.Exactly(256), Estimate.Exactly(256));
        Assert.Equal(Estimate.Exactly(256), Estimate.Exactly(256));
        Assert.Equal(256, Estimate.Exactly(256).High);
    }

    [Fact]
    public void SeventeenPeopleEvacuated()
    {
        Estimate evacuated = Estimate.Exactly(17);

        Assert.Equal(17, evacuated.Value);
        Assert.NotEqual(Estimate.Exactly(48), evacuated);
    }

    [Fact]
    public void HundredsOfCiviliansImpliesTwoHundredToNineHundredNinetyNine()
    {
        Estimate civilians = Estimate.Approximately(Quantifier.Hundreds);

        Assert.Equal(EstimateKind.Qualifier, civilians.Kind);
        Assert.Equal(Quantifier.Hundreds, civilians.Quantifier);
        Assert.Null(civilians.Value);
        Assert.Null(civilians.Low);
        Assert.Null(civilians.High);
        Assert.Equal((200L, (long?)999L), civilians.ImpliedRange());
        Assert.Equal("hundreds", civilians.ToString());
    }

    [Fact]
    public void BetweenTenAndTwenty()
    {
        Estimate range = Estimate.Between(10, 20);

        Assert.Equal(EstimateKind.Range, range.Kind);
        Assert.Null(range.Value);
        Assert.Equal(10, range.Low);
        Assert.Equal(20, range.High);
        Assert.Equal((10L, (long?)20L), range.ImpliedRange());
        Assert.Equal("10\u201320", range.ToString());
    }

    [Fact]
    public void BetweenEqualBoundsIsAllowed()
    {
        Assert.Equal((5L, (long?)5L), Estimate.Between(5, 5).ImpliedRange());
    }

    [Fact]
    public void BetweenWithLowAboveHighThrows()
    {
        var ex = Assert.Throws<ArgumentException>("low", () => Estimate.Between(20, 10));

        Assert.Contains("20", ex.Message, StringComparison.Ordinal);
        Assert.Contains("10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AtLeastSeventeenIsUnboundedAbove()
    {
        Estimate atLeast = Estimate.AtLeast(17);

        Assert.Equal(EstimateKind.AtLeast, atLeast.Kind);
        Assert.Equal(17, atLeast.Value);
        Assert.Equal(17, atLeast.Low);
        Assert.Null(atLeast.High);
        Assert.Equal((17L, (long?)null), atLeast.ImpliedRange());
        Assert.Equal("\u2265 17", atLeast.ToString());
    }

    [Fact]
    public void AtMostThirtyStartsAtZero()
    {
        Estimate atMost = Estimate.AtMost(30);

        Assert.Equal(EstimateKind.AtMost, atMost.Kind);
        Assert.Equal(30, atMost.Value);
        Assert.Equal(0, atMost.Low);
        Assert.Equal(30, atMost.High);
        Assert.Equal((0L, (long?)30L), atMost.ImpliedRange());
        Assert.Equal("\u2264 30", atMost.ToString());
    }

    [Fact]
    public void AboutFiftyKeepsTheValueWithoutBounds()
    {
        Estimate about = Estimate.About(50);

        Assert.Equal(EstimateKind.Approximate, about.Kind);
        Assert.Equal(50, about.Value);
        Assert.Null(about.Low);
        Assert.Null(about.High);
        Assert.Equal("\u2248 50", about.ToString());
    }

    [Theory]
    [InlineData(50, 45, 55)]
    [InlineData(17, 15, 19)] // 15.3 rounds down, 18.7 rounds up
    [InlineData(10, 9, 11)]  // floating point would give ceil(11.000000000000002) = 12
    [InlineData(1, 0, 2)]
    [InlineData(0, 0, 0)]
    public void AboutImpliesTenPercentEitherSideRoundedOutwards(long value, long low, long high)
    {
        Assert.Equal((low, (long?)high), Estimate.About(value).ImpliedRange());
    }

    [Fact]
    public void AboutNearLongMaxValueSaturates()
    {
        (long low, long? high) = Estimate.About(long.MaxValue).ImpliedRange();

        Assert.Equal(long.MaxValue, high);
        Assert.True(low < long.MaxValue);
    }

    [Fact]
    public void NegativeNumbersThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Estimate.Exactly(-1));
        Assert.Throws<ArgumentOutOfRangeException>("low", () => Estimate.Between(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>("high", () => Estimate.Between(0, -10));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Estimate.AtLeast(-17));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Estimate.AtMost(-30));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Estimate.About(-50));
    }

    [Theory]
    [InlineData(Quantifier.Few, 2, 4)]
    [InlineData(Quantifier.Several, 3, 9)]
    [InlineData(Quantifier.Dozens, 24, 99)]
    [InlineData(Quantifier.Hundreds, 200, 999)]
    [InlineData(Quantifier.Thousands, 2_000, 9_999)]
    [InlineData(Quantifier.TensOfThousands, 20_000, 99_999)]
    [InlineData(Quantifier.HundredsOfThousands, 200_000, 999_999)]
    [InlineData(Quantifier.Millions, 2_000_000, 9_999_999)]
    public void RangeOfFollowsTheDocumentedConventions(Quantifier q, long low, long high)
    {
        Assert.Equal((low, high), Estimate.RangeOf(q));
        Assert.Equal((low, (long?)high), Estimate.Approximately(q).ImpliedRange());
    }

    [Fact]
    public void UndefinedQuantifierThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>("q", () => Estimate.RangeOf((Quantifier)8));
        Assert.Throws<ArgumentOutOfRangeException>("q", () => Estimate.Approximately((Quantifier)(-1)));
    }

    [Theory]
    [InlineData(Quantifier.Few, "a few")]
    [InlineData(Quantifier.TensOfThousands, "tens of thousands")]
    [InlineData(Quantifier.Millions, "millions")]
    public void QualifierToStringIsTheWord(Quantifier q, string expected)
    {
        Assert.Equal(expected, Estimate.Approximately(q).ToString());
    }

    [Fact]
    public void EqualEstimatesAreEqualAndHaveEqualHashCodes()
    {
        Assert.Equal(Estimate.Exactly(48), Estimate.Exactly(48));
        Assert.Equal(Estimate.Exactly(48).GetHashCode(), Estimate.Exactly(48).GetHashCode());
        Assert.Equal(Estimate.Approximately(Quantifier.Hundreds), Estimate.Approximately(Quantifier.Hundreds));
    }

    [Fact]
    public void SameNumberInDifferentFormsIsNotEqual()
    {
        Assert.NotEqual(Estimate.Exactly(48), Estimate.About(48));
        Assert.NotEqual(Estimate.AtLeast(48), Estimate.AtMost(48));
        Assert.NotEqual(Estimate.Exactly(48), Estimate.Between(48, 48));
    }

    [Fact]
    public void CreateFillsInImpliedBounds()
    {
        Assert.Equal(Estimate.Exactly(48), Estimate.Create(EstimateKind.Exact, 48, null, null, null));
        Assert.Equal(Estimate.Exactly(48), Estimate.Create(EstimateKind.Exact, 48, 48, 48, null));
        Assert.Equal(Estimate.Between(10, 20), Estimate.Create(EstimateKind.Range, null, 10, 20, null));
        Assert.Equal(Estimate.AtLeast(17), Estimate.Create(EstimateKind.AtLeast, 17, null, null, null));
        Assert.Equal(Estimate.AtMost(30), Estimate.Create(EstimateKind.AtMost, 30, 0, 30, null));
        Assert.Equal(Estimate.AtMost(30), Estimate.Create(EstimateKind.AtMost, 30, null, null, null));
        Assert.Equal(Estimate.About(50), Estimate.Create(EstimateKind.Approximate, 50, null, null, null));
        Assert.Equal(
            Estimate.Approximately(Quantifier.Hundreds),
            Estimate.Create(EstimateKind.Qualifier, null, null, null, Quantifier.Hundreds));
    }

    [Fact]
    public void CreateRejectsInconsistentParts()
    {
        Assert.Throws<ArgumentException>("low", () => Estimate.Create(EstimateKind.Exact, 48, 47, null, null));
        Assert.Throws<ArgumentException>("value", () => Estimate.Create(EstimateKind.Exact, null, 48, 48, null));
        Assert.Throws<ArgumentException>("value", () => Estimate.Create(EstimateKind.Range, 15, 10, 20, null));
        Assert.Throws<ArgumentException>("high", () => Estimate.Create(EstimateKind.Range, null, 10, null, null));
        Assert.Throws<ArgumentException>("low", () => Estimate.Create(EstimateKind.Range, null, 20, 10, null));
        Assert.Throws<ArgumentException>("high", () => Estimate.Create(EstimateKind.AtLeast, 17, 17, 20, null));
        Assert.Throws<ArgumentException>("low", () => Estimate.Create(EstimateKind.AtMost, 30, 5, 30, null));
        Assert.Throws<ArgumentException>("low", () => Estimate.Create(EstimateKind.Approximate, 50, 45, null, null));
        Assert.Throws<ArgumentException>("value", () => Estimate.Create(EstimateKind.Qualifier, 300, null, null, Quantifier.Hundreds));
        Assert.Throws<ArgumentException>("quantifier", () => Estimate.Create(EstimateKind.Qualifier, null, null, null, null));
        Assert.Throws<ArgumentException>("quantifier", () => Estimate.Create(EstimateKind.Exact, 48, null, null, Quantifier.Dozens));
    }

    [Fact]
    public void CreateRejectsNegativeNumbersAndUndefinedEnums()
    {
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Estimate.Create(EstimateKind.Exact, -1, null, null, null));
        Assert.Throws<ArgumentOutOfRangeException>("low", () => Estimate.Create(EstimateKind.Range, null, -1, 5, null));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => Estimate.Create((EstimateKind)6, 1, null, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(
            "quantifier", () => Estimate.Create(EstimateKind.Qualifier, null, null, null, (Quantifier)99));
    }
}
