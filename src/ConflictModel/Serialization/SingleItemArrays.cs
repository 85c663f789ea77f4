using System;
using System.Collections.Generic;

namespace ConflictModel.Serialization;

/// <summary>
/// The one-item array made last on this thread for each item type, so that consecutive lists read with the same single
/// item (an event's one source, shared by <see cref="RecentValues{T}"/>; one weapon kind) share one array.
/// </summary>
/// <remarks>
/// Only for arrays that nobody writes to after they are made: the arrays behind <see cref="ValueList{T}"/>. Reference
/// items match only the same instance, so no comparison can call user code or be fooled by a mutable item; value items
/// match by their default equality. One slot and no hash: hashing an object for a table cost more (a runtime call to
/// give it an identity hash) than sharing saved on the items that are new on every event.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal static class SingleItemArrays<T>
{
    [ThreadStatic]
    private static T[]? t_last;

    /// <summary>An array holding just the item: the one made last on this thread when its item is the same, or a new one.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The array, which must never be written to.</returns>
    public static T[] Of(T item)
    {
        if (t_last is { } last && Same(last[0], item))
        {
            return last;
        }

        return t_last = [item];
    }

    private static bool Same(T known, T item) =>
        typeof(T).IsValueType ? EqualityComparer<T>.Default.Equals(known, item) : ReferenceEquals(known, item);
}
