using System;
using System.Globalization;
// The Quantifier property hides the Quantifier type in expressions inside this class (its type is
// nullable, so C#'s "Color Color" rule does not apply); this alias reaches the type.
using QuantifierWord = ConflictModel.Quantifier;

namespace ConflictModel;

/// <summary>
/// A count as a report states it, which is often uncertain: "48 cruise missiles", "between 10 and 20",
/// "at least 17", "up to 30", "about 50", "hundreds of civilians".
/// </summary>
/// <remarks>
/// <para>The properties a value has depend on its <see cref="Kind"/>; all numbers are non-negative and bounds are inclusive:</para>
/// <list type="table">
/// <listheader><term>Kind</term><description>Value, Low, High, Quantifier</description></listheader>
/// <item><term><see cref="EstimateKind.Exact"/></term><description>Value = Low = High = the number; no quantifier.</description></item>
/// <item><term><see cref="EstimateKind.Range"/></term><description>Low ≤ High; no value or quantifier.</description></item>
/// <item><term><see cref="EstimateKind.AtLeast"/></term><description>Value = Low = the bound; High is null (unbounded).</description></item>
/// <item><term><see cref="EstimateKind.AtMost"/></term><description>Value = High = the bound; Low = 0.</description></item>
/// <item><term><see cref="EstimateKind.Approximate"/></term><description>Value = the stated number; Low and High null
/// (see <see cref="ImpliedRange"/> for the range it is taken to imply).</description></item>
/// <item><term><see cref="EstimateKind.Qualifier"/></term><description>Quantifier set; Value, Low and High null
/// (see <see cref="RangeOf"/>).</description></item>
/// </list>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Estimate
{
    // The exact counts 0 to 255, made when first asked for.
    private static readonly Estimate?[] SmallCounts = new Estimate?[256];

    // Only the factories call this, after validating; it trusts its arguments.
    private Estimate(EstimateKind kind, long? value, long? low, long? high, QuantifierWord? quantifier)
    {
        Kind = kind;
        Value = value;
        Low = low;
        High = high;
        Quantifier = quantifier;
    }

    /// <summary>
    /// Gets the form in which the count was stated.
    /// </summary>
    public EstimateKind Kind { get; }

    /// <summary>
    /// Gets the inclusive lower bound: the number for <see cref="EstimateKind.Exact"/>, the lower end of a
    /// <see cref="EstimateKind.Range"/>, the bound of <see cref="EstimateKind.AtLeast"/>, 0 for <see cref="EstimateKind.AtMost"/>;
    /// null for <see cref="EstimateKind.Approximate"/> and <see cref="EstimateKind.Qualifier"/>.
    /// </summary>
    public long? Low { get; }

    /// <summary>
    /// Gets the inclusive upper bound: the number for <see cref="EstimateKind.Exact"/>, the upper end of a
    /// <see cref="EstimateKind.Range"/>, the bound of <see cref="EstimateKind.AtMost"/>; null for
    /// <see cref="EstimateKind.AtLeast"/> (unbounded), <see cref="EstimateKind.Approximate"/> and <see cref="EstimateKind.Qualifier"/>.
    /// </summary>
    public long? High { get; }

    /// <summary>
    /// Gets the number the report states, for <see cref="EstimateKind.Exact"/>, <see cref="EstimateKind.Approximate"/>,
    /// <see cref="EstimateKind.AtLeast"/> and <see cref="EstimateKind.AtMost"/>; null for <see cref="EstimateKind.Range"/>
    /// and <see cref="EstimateKind.Qualifier"/>.
    /// </summary>
    public long? Value { get; }

    /// <summary>
    /// Gets the word the report uses instead of a number ("hundreds"); set only for <see cref="EstimateKind.Qualifier"/>.
    /// </summary>
    public QuantifierWord? Quantifier { get; }

    /// <summary>
    /// Creates an exact count, for example "48 cruise missiles".
    /// </summary>
    /// <param name="value">The count; zero or more.</param>
    /// <returns>An <see cref="EstimateKind.Exact"/> estimate with Value, Low and High all equal to <paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate Exactly(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value < SmallCounts.Length)
        {
            // Most reported counts are small, and an estimate is immutable: one instance per small count serves every
            // event (a feed of casualty counts reads without allocating one). A race makes an equal spare, harmlessly.
            return SmallCounts[value] ??= new Estimate(EstimateKind.Exact, value, value, value, quantifier: null);
        }

        return new Estimate(EstimateKind.Exact, value, value, value, quantifier: null);
    }

    /// <summary>
    /// Creates an inclusive range, for example "between 10 and 20".
    /// </summary>
    /// <param name="low">The lower bound, inclusive; zero or more.</param>
    /// <param name="high">The upper bound, inclusive; at least <paramref name="low"/>.</param>
    /// <returns>A <see cref="EstimateKind.Range"/> estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> or <paramref name="high"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="low"/> is greater than <paramref name="high"/>.</exception>
    public static Estimate Between(long low, long high)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(low);
        ArgumentOutOfRangeException.ThrowIfNegative(high);
        if (low > high)
        {
            throw new ArgumentException($"The lower bound ({low}) of a range must not exceed its upper bound ({high}).", nameof(low));
        }

        return new Estimate(EstimateKind.Range, value: null, low, high, quantifier: null);
    }

    /// <summary>
    /// Creates a lower bound, for example "at least 17".
    /// </summary>
    /// <param name="value">The bound, inclusive; zero or more.</param>
    /// <returns>An <see cref="EstimateKind.AtLeast"/> estimate with Value and Low equal to <paramref name="value"/> and no High.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate AtLeast(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new Estimate(EstimateKind.AtLeast, value, value, high: null, quantifier: null);
    }

    /// <summary>
    /// Creates an upper bound, for example "up to 30".
    /// </summary>
    /// <param name="value">The bound, inclusive; zero or more.</param>
    /// <returns>An <see cref="EstimateKind.AtMost"/> estimate with Value and High equal to <paramref name="value"/> and Low 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate AtMost(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new Estimate(EstimateKind.AtMost, value, low: 0, value, quantifier: null);
    }

    /// <summary>
    /// Creates an approximate count, for example "about 50" or "some 50".
    /// </summary>
    /// <param name="value">The stated number; zero or more.</param>
    /// <returns>An <see cref="EstimateKind.Approximate"/> estimate with Value set and no Low or High.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Estimate About(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new Estimate(EstimateKind.Approximate, value, low: null, high: null, quantifier: null);
    }

    /// <summary>
    /// Creates a count stated in words, for example "hundreds of civilians".
    /// </summary>
    /// <param name="q">The word used.</param>
    /// <returns>A <see cref="EstimateKind.Qualifier"/> estimate with <see cref="Quantifier"/> set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> is not a defined <see cref="ConflictModel.Quantifier"/> value.</exception>
    public static Estimate Approximately(QuantifierWord q)
    {
        CheckQuantifier(q, nameof(q));
        return new Estimate(EstimateKind.Qualifier, value: null, low: null, high: null, q);
    }

    /// <summary>
    /// Creates an estimate from its parts, checking that they are consistent with <paramref name="kind"/> as described
    /// on <see cref="Estimate"/>. This is the factory for deserializers.
    /// </summary>
    /// <remarks>
    /// Parts that follow from the kind may be omitted (for example Low and High of an exact count, or Low of an
    /// <see cref="EstimateKind.AtMost"/>); the result is the same as the corresponding specific factory gives.
    /// Parts that contradict the kind are rejected.
    /// </remarks>
    /// <param name="kind">The form of the count.</param>
    /// <param name="value">The stated number; required for Exact, AtLeast, AtMost and Approximate, otherwise null.</param>
    /// <param name="low">The inclusive lower bound; required for Range; for Exact and AtLeast null or equal to <paramref name="value"/>;
    /// for AtMost null or 0; otherwise null.</param>
    /// <param name="high">The inclusive upper bound; required for Range; for Exact and AtMost null or equal to <paramref name="value"/>;
    /// otherwise null.</param>
    /// <param name="quantifier">The word used; required for Qualifier, otherwise null.</param>
    /// <returns>The validated estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or <paramref name="kind"/> or <paramref name="quantifier"/>
    /// is not a defined enum value.</exception>
    /// <exception cref="ArgumentException">A required part is missing, a part is present that the kind does not take, a bound
    /// contradicts the value, or the range's low exceeds its high.</exception>
    public static Estimate Create(EstimateKind kind, long? value, long? low, long? high, QuantifierWord? quantifier)
    {
        if (kind is < EstimateKind.Exact or > EstimateKind.Qualifier)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Kind is not a defined EstimateKind value.");
        }

        if (value is { } v)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(v, nameof(value));
        }

        if (low is { } l)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(l, nameof(low));
        }

        if (high is { } h)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(h, nameof(high));
        }

        if (kind != EstimateKind.Qualifier && quantifier is not null)
        {
            throw new ArgumentException($"An estimate of kind {kind} takes no quantifier, but {quantifier} was given.", nameof(quantifier));
        }

        switch (kind)
        {
            case EstimateKind.Exact:
                long exact = Require(kind, value, nameof(value));
                RequireNullOrEqual(kind, low, exact, nameof(low));
                RequireNullOrEqual(kind, high, exact, nameof(high));
                return Exactly(exact);
            case EstimateKind.Range:
                RequireNull(kind, value, nameof(value));
                return Between(Require(kind, low, nameof(low)), Require(kind, high, nameof(high)));
            case EstimateKind.AtLeast:
                long atLeast = Require(kind, value, nameof(value));
                RequireNullOrEqual(kind, low, atLeast, nameof(low));
                RequireNull(kind, high, nameof(high));
                return AtLeast(atLeast);
            case EstimateKind.AtMost:
                long atMost = Require(kind, value, nameof(value));
                RequireNullOrEqual(kind, low, 0, nameof(low));
                RequireNullOrEqual(kind, high, atMost, nameof(high));
                return AtMost(atMost);
            case EstimateKind.Approximate:
                long about = Require(kind, value, nameof(value));
                RequireNull(kind, low, nameof(low));
                RequireNull(kind, high, nameof(high));
                return About(about);
            default:
                RequireNull(kind, value, nameof(value));
                RequireNull(kind, low, nameof(low));
                RequireNull(kind, high, nameof(high));
                if (quantifier is not { } word)
                {
                    throw new ArgumentException("An estimate of kind Qualifier requires a quantifier.", nameof(quantifier));
                }

                CheckQuantifier(word, nameof(quantifier));
                return Approximately(word);
        }
    }

    /// <summary>
    /// Returns the numeric range, inclusive at both ends, that the conventions of this library take a quantifier to imply.
    /// </summary>
    /// <remarks>
    /// <para>A plural quantifier is read as "at least two of the unit, fewer than ten of the next":</para>
    /// <list type="table">
    /// <listheader><term>Quantifier</term><description>Range</description></listheader>
    /// <item><term><see cref="ConflictModel.Quantifier.Few"/></term><description>2 – 4</description></item>
    /// <item><term><see cref="ConflictModel.Quantifier.Several"/></term><description>3 – 9</description></item>
    /// <item><term><see cref="ConflictModel.Quantifier.Dozens"/></term><description>24 – 99</description></item>
    /// <item><term><see cref="ConflictModel.Quantifier.Hundreds"/></term><description>200 – 999</description></item>
    /// <item><term><see cref="ConflictModel.Quantifier.Thousands"/></term><description>2,000 – 9,999</description></item>
    /// <item><term><see cref="ConflictModel.Quantifier.TensOfThousands"/></term><description>20,000 – 99,999</description></item>
    /// <item><term><see cref="ConflictModel.Quantifier.HundredsOfThousands"/></term><description>200,000 – 999,999</description></item>
    /// <item><term><see cref="ConflictModel.Quantifier.Millions"/></term><description>2,000,000 – 9,999,999</description></item>
    /// </list>
    /// </remarks>
    /// <param name="q">The quantifier.</param>
    /// <returns>The inclusive range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="q"/> is not a defined <see cref="ConflictModel.Quantifier"/> value.</exception>
    public static (long Low, long High) RangeOf(QuantifierWord q) => q switch
    {
        QuantifierWord.Few => (2, 4),
        QuantifierWord.Several => (3, 9),
        QuantifierWord.Dozens => (24, 99),
        QuantifierWord.Hundreds => (200, 999),
        QuantifierWord.Thousands => (2_000, 9_999),
        QuantifierWord.TensOfThousands => (20_000, 99_999),
        QuantifierWord.HundredsOfThousands => (200_000, 999_999),
        QuantifierWord.Millions => (2_000_000, 9_999_999),
        _ => throw new ArgumentOutOfRangeException(nameof(q), q, "Quantifier is not a defined Quantifier value."),
    };

    /// <summary>
    /// Returns the numeric range, inclusive at both ends, that this estimate implies.
    /// </summary>
    /// <remarks>
    /// An exact count n implies (n, n); a range its bounds; "at least n" implies (n, unbounded); "at most n" implies (0, n);
    /// "about n" implies (⌊0.9 n⌋, ⌈1.1 n⌉), that is ±10 % rounded outwards (the upper end saturates at <see cref="long.MaxValue"/>);
    /// a quantifier implies <see cref="RangeOf"/> of it.
    /// </remarks>
    /// <returns>The lower bound and the upper bound, or null as the upper bound when there is none.</returns>
    public (long Low, long? High) ImpliedRange()
    {
        switch (Kind)
        {
            case EstimateKind.Approximate:
                long value = Value!.Value;
                // Integer arithmetic: in floating point 10 * 1.1 is 11.000000000000002, whose ceiling is 12.
                long tenth = (value / 10) + (value % 10 == 0 ? 0 : 1);
                return (value - tenth, value > long.MaxValue - tenth ? long.MaxValue : value + tenth);
            case EstimateKind.Qualifier:
                (long low, long high) = RangeOf(Quantifier!.Value);
                return (low, high);
            default:
                // Exact, Range, AtLeast and AtMost store their implied bounds as Low and High.
                return (Low!.Value, High);
        }
    }

    /// <summary>
    /// Returns a short, culture-invariant description: "48", "10–20", "≥ 17", "≤ 30", "≈ 50" or "hundreds".
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        EstimateKind.Exact => Number(Value),
        EstimateKind.Range => Number(Low) + "\u2013" + Number(High),   // en dash
        EstimateKind.AtLeast => "\u2265 " + Number(Value),              // ≥
        EstimateKind.AtMost => "\u2264 " + Number(Value),               // ≤
        EstimateKind.Approximate => "\u2248 " + Number(Value),          // ≈
        _ => Quantifier switch
        {
            QuantifierWord.Few => "a few",
            QuantifierWord.Several => "several",
            QuantifierWord.Dozens => "dozens",
            QuantifierWord.Hundreds => "hundreds",
            QuantifierWord.Thousands => "thousands",
            QuantifierWord.TensOfThousands => "tens of thousands",
            QuantifierWord.HundredsOfThousands => "hundreds of thousands",
            _ => "millions",
        },
    };

    private static string Number(long? number) => number!.Value.ToString(CultureInfo.InvariantCulture);

    private static void CheckQuantifier(QuantifierWord q, string paramName)
    {
        if (q is < QuantifierWord.Few or > QuantifierWord.Millions)
        {
            throw new ArgumentOutOfRangeException(paramName, q, "Quantifier is not a defined Quantifier value.");
        }
    }

    private static long Require(EstimateKind kind, long? part, string paramName) =>
        part ?? throw new ArgumentException($"An estimate of kind {kind} requires {paramName}.", paramName);

    private static void RequireNull(EstimateKind kind, long? part, string paramName)
    {
        if (part is not null)
        {
            throw new ArgumentException($"An estimate of kind {kind} takes no {paramName}, but {part} was given.", paramName);
        }
    }

    private static void RequireNullOrEqual(EstimateKind kind, long? part, long expected, string paramName)
    {
        if (part is not null && part != expected)
        {
            throw new ArgumentException($"For an estimate of kind {kind}, {paramName} must be omitted or {expected}, but was {part}.", paramName);
        }
    }
}
