using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Interop.Parquet;

/// <summary>A growable array of one column's values in the current row group, reused from one row group to the next.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ValueBuffer<T>
{
    private T[] _items;

    public ValueBuffer(int capacity) => _items = new T[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public ReadOnlyMemory<T> Memory => _items.AsMemory(0, Count);

    public void Add(T value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = value;
    }

    /// <summary>Empties the buffer, dropping references so the previous row group's strings can be collected.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }
}

/// <summary>
/// A <c>list&lt;string&gt;</c> column of the current row group in Dremel form: the present values, and a definition and a
/// repetition level per slot. The list is optional and so are its elements, so the definition level is 0 for a null list,
/// 1 for an empty one, 2 for a null element and 3 for a present one; the repetition level is 0 at a row's first slot and
/// 1 at the others.
/// </summary>
internal sealed class StringListBuffer
{
    private const int NullList = 0;
    private const int EmptyList = 1;
    private const int NullElement = 2;
    private const int PresentElement = 3;

    private bool _inRow;
    private bool _rowHasElements;

    public StringListBuffer(int rows)
    {
        Values = new ValueBuffer<ReadOnlyMemory<char>>(rows);
        Definitions = new ValueBuffer<int>(rows);
        Repetitions = new ValueBuffer<int>(rows);
    }

    public ValueBuffer<ReadOnlyMemory<char>> Values { get; }

    public ValueBuffer<int> Definitions { get; }

    public ValueBuffer<int> Repetitions { get; }

    public void AddNull()
    {
        Definitions.Add(NullList);
        Repetitions.Add(0);
    }

    public void StartRow()
    {
        _inRow = true;
        _rowHasElements = false;
    }

    public void Add(string? value) => Add(value?.AsMemory());

    public void Add(ReadOnlyMemory<char>? value)
    {
        if (!_inRow)
        {
            throw new InvalidOperationException("StartRow was not called.");
        }

        Repetitions.Add(_rowHasElements ? 1 : 0);
        _rowHasElements = true;
        if (value is { } present)
        {
            Definitions.Add(PresentElement);
            Values.Add(present);
        }
        else
        {
            Definitions.Add(NullElement);
        }
    }

    public void EndRow()
    {
        if (!_rowHasElements)
        {
            Definitions.Add(EmptyList);
            Repetitions.Add(0);
        }

        _inRow = false;
    }

    public void Clear()
    {
        Values.Clear();
        Definitions.Clear();
        Repetitions.Clear();
        _inRow = false;
    }
}

/// <summary>
/// Text decoded from UTF-8 into large reused blocks of characters, for the strings an export makes itself (the
/// <c>fields_json</c> objects, actor names, weapons). The rows of a row group point into the blocks until the group is
/// written; then the blocks are reused, so these strings cost the garbage collector nothing.
/// </summary>
internal sealed class CharArena
{
    private const int BlockSize = 1 << 20;

    private readonly List<char[]> _blocks = [];
    private int _block;
    private int _used;

    /// <summary>Decodes UTF-8 into the arena.</summary>
    public ReadOnlyMemory<char> Add(ReadOnlySpan<byte> utf8)
    {
        var destination = Reserve(Encoding.UTF8.GetMaxCharCount(utf8.Length), out var block, out var start);
        var length = Encoding.UTF8.GetChars(utf8, destination);
        _used += length;
        return block.AsMemory(start, length);
    }

    /// <summary>Copies the unescaped string the reader is on into the arena.</summary>
    public ReadOnlyMemory<char> AddString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Add(reader.ValueSpan);
        }

        var text = reader.GetString() ?? string.Empty;
        var destination = Reserve(text.Length, out var block, out var start);
        text.AsSpan().CopyTo(destination);
        _used += text.Length;
        return block.AsMemory(start, text.Length);
    }

    /// <summary>Forgets every string, keeping the blocks for the next row group.</summary>
    public void Clear()
    {
        _block = 0;
        _used = 0;
    }

    private Span<char> Reserve(int length, out char[] block, out int start)
    {
        if (_blocks.Count == 0)
        {
            _blocks.Add(new char[Math.Max(BlockSize, length)]);
        }

        if (_blocks[_block].Length - _used < length)
        {
            _block++;
            _used = 0;
            if (_block == _blocks.Count)
            {
                _blocks.Add(new char[Math.Max(BlockSize, length)]);
            }
            else if (_blocks[_block].Length < length)
            {
                _blocks[_block] = new char[length];
            }
        }

        block = _blocks[_block];
        start = _used;
        return block.AsSpan(start, length);
    }
}
