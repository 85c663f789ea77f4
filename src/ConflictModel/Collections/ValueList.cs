using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ConflictModel;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// Generated records use it for every list field so that record equality includes list contents.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// The default value (<c>default</c> or <c>[]</c>) is the empty list. Instances are immutable and thread-safe: the items are copied on construction.
/// Supports collection expressions: <c>ValueList&lt;int&gt; xs = [1, 2, 3];</c>.
/// </remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? _items;

    private ValueList(T[] items, bool _) => _items = items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public ValueList(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
    }

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when the list holds no item.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index below <see cref="Count"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The items as a read-only span.</summary>
    /// <returns>A span over the items, empty for the empty list.</returns>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Wraps an array the caller will never change again, without copying it.</summary>
    internal static ValueList<T> TakeOwnership(T[] items) => new(items, true);

    /// <summary>Copies an array into a new list.</summary>
    /// <param name="items">The items; null gives the empty list.</param>
    public static implicit operator ValueList<T>(T[]? items) =>
        items is null || items.Length == 0 ? default : new ValueList<T>((T[])items.Clone(), true);

    /// <summary>Returns an enumerator over the items.</summary>
    /// <returns>A struct enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items ?? []);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>True when both lists hold equal items in the same order.</summary>
    /// <param name="other">The list to compare with.</param>
    /// <returns>Whether the lists are equal item by item.</returns>
    public bool Equals(ValueList<T> other) =>
        AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Item-by-item equality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether the lists are equal.</returns>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Item-by-item inequality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether the lists differ.</returns>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", _items ?? []) + "]";

    /// <summary>Enumerates the items of a <see cref="ValueList{T}"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Moves to the next item.</summary>
        /// <returns>False past the last item.</returns>
        public bool MoveNext() => ++_index < _items.Length;
    }
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>, also used by collection expressions.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The new list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? default : ValueList<T>.TakeOwnership(items.ToArray());

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The new list.</returns>
    public static ValueList<T> From<T>(IEnumerable<T> items) => new(items);
}
