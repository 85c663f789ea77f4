using System;

namespace ConflictModel.Serialization;

/// <summary>
/// The primitive values read last on this thread, by a hash of their contents, so that a reader meeting an equal value
/// again (the same outlet and channel on every event of a feed, the same actor across a day's events) returns the
/// instance it made before instead of allocating another.
/// </summary>
/// <remarks>
/// A reader compares the slot's value with what it has just read, field by field, before making a new instance; a miss
/// stores the new one. The records are immutable, so sharing an instance between events is invisible to callers, and
/// fewer objects is less for the collector to copy when a whole batch is kept.
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
internal static class RecentValues<T>
    where T : class
{
    private const int SlotBits = 7;

    [ThreadStatic]
    private static T?[]? t_slots;

    /// <summary>The slot for a hash: the value stored last under it on this thread, or null.</summary>
    /// <param name="hash">A hash of the value's contents, e.g. from <see cref="RecentValues.Of(string?)"/>.</param>
    /// <returns>A reference to the slot, to read and to store into.</returns>
    public static ref T? Slot(int hash)
    {
        var slots = t_slots ??= new T?[1 << SlotBits];
        // Fibonacci hashing: the top bits of the product depend on every bit of the hash.
        return ref slots[(int)(((uint)hash * 0x9E3779B1u) >> (32 - SlotBits))];
    }
}

/// <summary>Hashes for <see cref="RecentValues{T}"/> slots, cheap enough to take for every value read.</summary>
internal static class RecentValues
{
    /// <summary>A hash of a string that costs the same for any length: its length and its first, middle and last characters.</summary>
    /// <param name="text">The string, or null.</param>
    /// <returns>The hash.</returns>
    public static int Of(string? text) =>
        text is not { Length: > 0 } ? 0 : (text.Length * 31) ^ text[0] ^ (text[^1] << 7) ^ (text[text.Length / 2] << 3);

    /// <summary>Mixes hashes so that equal parts in different fields land on different slots.</summary>
    /// <param name="a">The first part.</param>
    /// <param name="b">The second part.</param>
    /// <returns>The mix.</returns>
    public static int Mix(int a, int b) => (a * 31) + b;
}
