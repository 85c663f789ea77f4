using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>
/// A fixed set of wire names (property names or enum values) and the index of each, matched against the reader's
/// current token without allocating; used by generated code and the primitive readers.
/// </summary>
/// <remarks>
/// Names are grouped by their UTF-8 length, and each is kept as two machine words read from its start and its end
/// (overlapping when it is shorter than 16 bytes), which together with the length identify a name of up to 16 bytes
/// exactly. A lookup reads the same two words from the token and compares integers: no call per candidate, as a chain
/// of <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> calls makes, each checking the token again.
/// Longer names are compared byte by byte after their words match. This type is immutable and thread-safe.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonNameTable
{
    // Escaped tokens up to this size are unescaped on the stack, longer ones into a rented array.
    private const int StackBytes = 256;

    // An escape (\u0069) stands for a byte in at most six, so a token longer than six times the longest name is none of them.
    private readonly long _maxEscapedBytes;

    private readonly Entry[]?[] _byLength;
    private readonly string[] _names;

    /// <summary>Creates a table of names; a name's index is its position.</summary>
    /// <param name="names">The names, distinct; the empty name may be one of them, as JSON allows it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A name is repeated.</exception>
    public JsonNameTable(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var encoded = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(names[i], nameof(names));
            encoded[i] = Encoding.UTF8.GetBytes(names[i]);
        }

        _byLength = Build(encoded);
        _maxEscapedBytes = 6L * (_byLength.Length - 1);
        _names = (string[])names.Clone();
    }

    /// <summary>The number of names.</summary>
    public int Count => _names.Length;

    /// <summary>The name at <paramref name="index"/>.</summary>
    /// <param name="index">A name's index, from 0 to <see cref="Count"/> - 1.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public string this[int index] => _names[index];

    /// <summary>The index of the name that the reader's current token (a property name or a string) spells, or -1.</summary>
    /// <param name="reader">The reader, on a property name or string token.</param>
    /// <returns>The name's index, or -1 when the token is none of the names.</returns>
    public int IndexOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return IndexOfCopied(ref reader);
        }

        return IndexOf(reader.ValueSpan);
    }

    /// <summary>The index of a name given as UTF-8 bytes, or -1.</summary>
    /// <param name="utf8">The name's UTF-8 bytes, unescaped.</param>
    /// <returns>The name's index, or -1 when the bytes are none of the names.</returns>
    public int IndexOf(ReadOnlySpan<byte> utf8)
    {
        var byLength = _byLength;
        if ((uint)utf8.Length >= (uint)byLength.Length || byLength[utf8.Length] is not { } bucket)
        {
            return -1;
        }

        var (first, last) = Words(utf8);
        foreach (ref readonly var entry in bucket.AsSpan())
        {
            if (entry.First == first && entry.Last == last && (entry.Long is null || utf8.SequenceEqual(entry.Long)))
            {
                return entry.Index;
            }
        }

        return -1;
    }

    private int IndexOfCopied(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > _maxEscapedBytes)
        {
            return -1;
        }

        byte[]? rented = null;
        Span<byte> scratch = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent((int)length));
        try
        {
            return IndexOf(scratch[..reader.CopyString(scratch)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static Entry[]?[] Build(byte[][] names)
    {
        var longest = 0;
        foreach (var name in names)
        {
            longest = Math.Max(longest, name.Length);
        }

        var lists = new List<Entry>?[longest + 1];
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var (first, last) = Words(name);
            var list = lists[name.Length] ??= [];
            foreach (var other in list)
            {
                if (other.First == first && other.Last == last && (other.Long is null || other.Long.AsSpan().SequenceEqual(name)))
                {
                    throw new ArgumentException($"The wire name '{Encoding.UTF8.GetString(name)}' is repeated.", nameof(names));
                }
            }

            list.Add(new Entry(first, last, name.Length > 16 ? name : null, i));
        }

        var byLength = new Entry[]?[longest + 1];
        for (var length = 0; length < lists.Length; length++)
        {
            byLength[length] = lists[length]?.ToArray();
        }

        return byLength;
    }

    // Two words from the start and the end, overlapping for short names; with the length they are the name itself up to
    // 16 bytes, and a filter before the byte comparison beyond.
    private static (ulong First, ulong Last) Words(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= 8)
        {
            return (MemoryMarshal.Read<ulong>(utf8), MemoryMarshal.Read<ulong>(utf8[^8..]));
        }

        if (utf8.Length >= 4)
        {
            return (MemoryMarshal.Read<uint>(utf8), MemoryMarshal.Read<uint>(utf8[^4..]));
        }

        ulong word = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            word |= (ulong)utf8[i] << (8 * i);
        }

        return (word, 0);
    }

    private readonly record struct Entry(ulong First, ulong Last, byte[]? Long, int Index);
}
