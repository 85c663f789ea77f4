using System;
using System.Threading;

namespace ConflictModel.Serialization;

/// <summary>
/// Bounds on what a reader accepts, so a malformed or hostile file fails with a clear error instead of exhausting
/// the stack or memory. Pass an instance to <see cref="ConflictJson.Deserialize(ReadOnlySpan{byte}, string?, ConflictJsonLimits?)"/>
/// or <see cref="JsonLines.ReadRecordsAsync"/>; <see cref="Default"/> applies otherwise.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ConflictJsonLimits
{
    [ThreadStatic]
    private static ConflictJsonLimits? t_current;

    // The smallest string and list limits any read has made current, in any thread. A string or list within them is
    // within every thread's limits, so the hot path checks a static field instead of the thread's current limits.
    private static int s_stringFloor = 1024 * 1024;
    private static int s_arrayFloor = 100_000;

    private readonly int _maxDepth = 64;
    private readonly int _maxStringLength = 1024 * 1024;
    private readonly int _maxArrayLength = 100_000;
    private readonly int _maxLineLength = 16 * 1024 * 1024;

    /// <summary>The defaults: depth 64, strings and kept values of 1 MiB, lists of 100,000 items, lines of 16 MiB.</summary>
    public static ConflictJsonLimits Default { get; } = new();

    /// <summary>The deepest nesting of objects and arrays accepted (1 to 1,000; default 64).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..1000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = InRange(value, 1, 1000, nameof(MaxDepth));
    }

    /// <summary>The longest string, in UTF-8 bytes as written, and the largest value kept verbatim (default 1 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = InRange(value, 1, int.MaxValue, nameof(MaxStringLength));
    }

    /// <summary>The most items a list may hold (default 100,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxArrayLength
    {
        get => _maxArrayLength;
        init => _maxArrayLength = InRange(value, 1, int.MaxValue, nameof(MaxArrayLength));
    }

    /// <summary>The longest line of a JSON Lines file, in bytes (default 16 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2.</exception>
    public int MaxLineLength
    {
        get => _maxLineLength;
        init => _maxLineLength = InRange(value, 2, int.MaxValue - 2, nameof(MaxLineLength));
    }

    /// <summary>The limits of the read in progress on this thread; generated readers consult them.</summary>
    internal static ConflictJsonLimits Current => t_current ?? Default;

    /// <summary>Makes <paramref name="limits"/> current on this thread until the returned scope is disposed.</summary>
    internal static Scope Use(ConflictJsonLimits? limits)
    {
        var previous = t_current;
        limits ??= Default;
        LowerFloor(ref s_stringFloor, limits.MaxStringLength);
        LowerFloor(ref s_arrayFloor, limits.MaxArrayLength);
        t_current = limits;
        return new Scope(previous);
    }

    /// <summary>Whether a string or kept value of <paramref name="length"/> bytes is within the current limit.</summary>
    internal static bool StringFits(long length) => length <= Volatile.Read(ref s_stringFloor) || length <= Current.MaxStringLength;

    /// <summary>Whether a list of <paramref name="count"/> items is within the current limit.</summary>
    internal static bool ListFits(int count) => count <= Volatile.Read(ref s_arrayFloor) || count <= Current.MaxArrayLength;

    private static void LowerFloor(ref int floor, int limit)
    {
        var seen = Volatile.Read(ref floor);
        while (limit < seen)
        {
            var was = Interlocked.CompareExchange(ref floor, limit, seen);
            if (was == seen)
            {
                return;
            }

            seen = was;
        }
    }

    private static int InRange(int value, int min, int max, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, name);
        return value;
    }

    /// <summary>Restores the limits that were current before <see cref="Use"/>.</summary>
    internal readonly struct Scope(ConflictJsonLimits? previous) : IDisposable
    {
        public void Dispose() => t_current = previous;
    }
}
