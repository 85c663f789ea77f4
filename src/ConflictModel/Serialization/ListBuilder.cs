using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace ConflictModel.Serialization;

/// <summary>
/// Gathers the items of a list being read and hands them over as a <see cref="ValueList{T}"/> in one exact-size array;
/// behind <see cref="JsonValues.ReadList{T}"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// Most lists in events hold one to four items: those stay in the builder itself, so reading a list allocates only
/// the array the list keeps. Longer lists spill into an array rented from <see cref="ArrayPool{T}.Shared"/>, returned
/// by <see cref="ToValueList"/>; a read that fails half-way leaves it to the garbage collector, which is safe.
/// A mutable struct: keep it in a local and do not copy it.
/// </remarks>
internal struct ListBuilder<T>
{
    private const int Inline = 4;

    private T _item0;
    private T _item1;
    private T _item2;
    private T _item3;
    private T[]? _spill;
    private int _count;

    /// <summary>The number of items added so far.</summary>
    public readonly int Count => _count;

    /// <summary>Adds an item at the end.</summary>
    /// <param name="item">The item.</param>
    public void Add(T item)
    {
        switch (_count)
        {
            case 0: _item0 = item; break;
            case 1: _item1 = item; break;
            case 2: _item2 = item; break;
            case 3: _item3 = item; break;
            default: AddSpilled(item); break;
        }

        _count++;
    }

    /// <summary>The items as a list; the builder is empty afterwards.</summary>
    /// <returns>The list, empty when no item was added.</returns>
    /// <remarks>
    /// A list of up to four items that are the same as those of the last list of its length on this thread shares its
    /// array: a list never changes its array, so sharing is invisible to callers, and a feed's events mostly cite the
    /// same sources and name the same parties as the event before.
    /// </remarks>
    public ValueList<T> ToValueList()
    {
        if (_count == 0)
        {
            return default;
        }

        if (_spill is not null || !RecentArrays<T>.CanMatch)
        {
            return ValueList<T>.TakeOwnership(ToArray());
        }

        ref var recent = ref RecentArrays<T>.Slot(_count);
        if (recent is not { } known || !Matches(known))
        {
            recent = ToArray();
        }

        this = default;
        return ValueList<T>.TakeOwnership(recent);
    }

    /// <summary>The items in a new array of their exact count, never shared; the builder is empty afterwards.</summary>
    /// <returns>The array, empty when no item was added.</returns>
    public T[] ToArray()
    {
        if (_count == 0)
        {
            return [];
        }

        var items = new T[_count];
        if (_spill is null)
        {
            items[0] = _item0;
            if (_count > 1)
            {
                items[1] = _item1;
            }

            if (_count > 2)
            {
                items[2] = _item2;
            }

            if (_count > 3)
            {
                items[3] = _item3;
            }
        }
        else
        {
            _spill.AsSpan(0, _count).CopyTo(items);
            ArrayPool<T>.Shared.Return(_spill, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        this = default;
        return items;
    }

    // Whether a known array of this builder's length holds the same items (inline items only).
    private readonly bool Matches(T[] known) =>
        RecentArrays<T>.Same(known[0], _item0)
        && (_count < 2 || RecentArrays<T>.Same(known[1], _item1))
        && (_count < 3 || RecentArrays<T>.Same(known[2], _item2))
        && (_count < 4 || RecentArrays<T>.Same(known[3], _item3));

    private void AddSpilled(T item)
    {
        if (_spill is null)
        {
            _spill = ArrayPool<T>.Shared.Rent(Inline * 4);
            _spill[0] = _item0;
            _spill[1] = _item1;
            _spill[2] = _item2;
            _spill[3] = _item3;
            _item0 = _item1 = _item2 = _item3 = default!;
        }
        else if (_count == _spill.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_spill.Length * 2);
            _spill.AsSpan().CopyTo(larger);
            ArrayPool<T>.Shared.Return(_spill, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            _spill = larger;
        }

        _spill[_count] = item;
    }
}
