using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ConflictModel.Serialization;

/// <summary>
/// One-item arrays made last on this thread, by a hash of their item, so that lists read with the same single item
/// (an event's one source, shared by <see cref="RecentValues{T}"/>; one weapon kind) share one array.
/// </summary>
/// <remarks>
/// Only for arrays that nobody writes to after they are made: the arrays behind <see cref="ValueList{T}"/>. Reference
/// items match only the same instance, so no comparison can call user code or be fooled by a mutable item; value items
/// match by their default equality.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal static class SingleItemArrays<T>
{
    private const int Slots = 16;

    [ThreadStatic]
    private static T[]?[]? t_slots;

    /// <summary>An array holding just the item: the one made last for an equal item on this thread, or a new one.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The array, which must never be written to.</returns>
    public static T[] Of(T item)
    {
        var slots = t_slots ??= new T[Slots][];
        var hash = item is null ? 0 : typeof(T).IsValueType ? EqualityComparer<T>.Default.GetHashCode(item) : RuntimeHelpers.GetHashCode(item);
        ref var slot = ref slots[(int)((uint)hash * 0x9E3779B1u >> 28)];
        if (slot is { } known && Same(known[0], item))
        {
            return known;
        }

        return slot = [item];
    }

    private static bool Same(T known, T item) =>
        typeof(T).IsValueType ? EqualityComparer<T>.Default.Equals(known, item) : ReferenceEquals(known, item);
}
