using System;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>
/// Shares the string of a short value that repeats from event to event (an actor, a place, an outlet, a role), so a
/// reader allocates and decodes it once per thread instead of once per event.
/// </summary>
/// <remarks>
/// A small direct-mapped table per thread, keyed by the value's UTF-8 bytes. A value is stored the second time its hash
/// lands on a slot, so values seen once (ids, free text) cost a hash and never an allocation. Each slot keeps its key
/// in its own fixed stretch of one per-thread byte array, so storing a value copies bytes and allocates nothing.
/// Strings are immutable: sharing one between events is invisible to callers.
/// </remarks>
internal static class StringCache
{
    /// <summary>The longest value, in UTF-8 bytes, the cache considers.</summary>
    public const int MaxBytes = 48;

    private const int Slots = 512;

    // One thread-static for both arrays: each thread-static access is a TLS lookup on the hot path.
    [ThreadStatic]
    private static Table? t_table;

    /// <summary>The current string token's text, shared when the same bytes were read before on this thread.</summary>
    /// <param name="reader">The reader, on a string token that is not escaped, not split across segments and at most <see cref="MaxBytes"/> long.</param>
    /// <returns>The text.</returns>
    public static string Get(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        var mixed = Hash(bytes);
        var hash = (int)mixed | 1; // Never 0, the hash of an empty slot.
        var table = t_table ??= new Table();
        var slot = (int)(mixed >> 48) & (Slots - 1);
        ref var entry = ref table.Entries[slot];
        var key = table.Keys.AsSpan(slot * MaxBytes, bytes.Length);
        if (entry.Hash == hash && entry.Value is { } value && entry.Length == bytes.Length && bytes.SequenceEqual(key))
        {
            return value;
        }

        var text = JsonValues.GetString(ref reader);
        if (entry.Hash == hash)
        {
            // Seen before (or a collision): worth keeping now.
            bytes.CopyTo(key);
            entry.Length = bytes.Length;
            entry.Value = text;
        }
        else
        {
            entry = new Entry { Hash = hash };
        }

        return text;
    }

    // Whole words only, the last one overlapping the one before, so no value costs a loop over its bytes.
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        ulong hash = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
        if (bytes.Length >= 8)
        {
            var rest = bytes;
            while (rest.Length > 8)
            {
                hash = (hash ^ MemoryMarshal.Read<ulong>(rest)) * 0xFF51AFD7ED558CCDUL;
                rest = rest[8..];
            }

            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes[^8..])) * 0xFF51AFD7ED558CCDUL;
        }
        else if (bytes.Length >= 4)
        {
            var word = MemoryMarshal.Read<uint>(bytes) | ((ulong)MemoryMarshal.Read<uint>(bytes[^4..]) << 32);
            hash = (hash ^ word) * 0xFF51AFD7ED558CCDUL;
        }
        else if (bytes.Length > 0)
        {
            var word = bytes[0] | ((ulong)bytes[bytes.Length / 2] << 8) | ((ulong)bytes[^1] << 16);
            hash = (hash ^ word) * 0xFF51AFD7ED558CCDUL;
        }

        return hash ^ (hash >> 29);
    }

    private sealed class Table
    {
        public readonly Entry[] Entries = new Entry[Slots];

        // Each slot's key lives at slot * MaxBytes.
        public readonly byte[] Keys = new byte[Slots * MaxBytes];
    }

    private struct Entry
    {
        public int Hash;
        public int Length;
        public string? Value;
    }
}
