using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ConflictModel.Serialization;

/// <summary>
/// The array of one to <see cref="MaxCount"/> items made last on this thread for each item type and length, so that
/// consecutive lists read with the same items (an event's sources, shared by <see cref="RecentValues{T}"/>; the same
/// protesters in a day's events; one weapon kind) share one array.
/// </summary>
/// <remarks>
/// Only for arrays that nobody writes to after they are made: the arrays behind <see cref="ValueList{T}"/>. Reference
/// items match only the same instance, so no comparison can call user code or be fooled by a mutable item; value items
/// match when their bits do, which is stricter than their equality (see <see cref="Same"/>). One slot per length and no hash: hashing an object for a table cost more (a
/// runtime call to give it an identity hash) than sharing saved on the items that are new on every event.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal static class RecentArrays<T>
{
    /// <summary>The longest list whose array is shared.</summary>
    public const int MaxCount = 4;

    // The last array of each length, at its length - 1.
    [ThreadStatic]
    private static T[]?[]? t_last;

    /// <summary>
    /// Whether an item of this type can ever be <see cref="Same"/> as another: not for values that hold references (a
    /// country code, an origin cell), whose arrays are then not worth keeping in a slot only to be replaced.
    /// </summary>
    public static bool CanMatch => !typeof(T).IsValueType || !RuntimeHelpers.IsReferenceOrContainsReferences<T>();

    /// <summary>The last array of <paramref name="count"/> items made on this thread, to compare and to replace.</summary>
    /// <param name="count">The length, from 1 to <see cref="MaxCount"/>.</param>
    /// <returns>A reference to the slot, null until an array of that length was made.</returns>
    public static ref T[]? Slot(int count) => ref (t_last ??= new T[]?[MaxCount])[count - 1];

    /// <summary>
    /// Whether an item in a known array is the item read: the same instance, or a value of the same bits. Not equality:
    /// a decimal 1.0 equals 1.00 and a coordinate 0 equals -0, yet each is written as read. Values that hold references
    /// never match.
    /// </summary>
    /// <param name="known">The item in the array.</param>
    /// <param name="item">The item read.</param>
    /// <returns>Whether the array can stand for the item.</returns>
    public static bool Same(T known, T item) =>
        !typeof(T).IsValueType ? ReferenceEquals(known, item)
        : CanMatch && Bits(ref known).SequenceEqual(Bits(ref item));

    // A value's bytes (padding, if any, can only make equal values differ: the safe way).
    private static ReadOnlySpan<byte> Bits(ref T value) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, byte>(ref value), Unsafe.SizeOf<T>());
}
