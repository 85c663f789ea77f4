using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace ConflictModel.Serialization;

/// <summary>
/// Collects written UTF-8 in pooled segments of a fixed size and decodes them into one string at the end. A growing
/// contiguous buffer would copy everything at each doubling and allocate arrays on the large-object heap up to the
/// output's size, which for a batch of 100,000 events cost more than writing it.
/// </summary>
/// <remarks>Not thread-safe; dispose to return the segments to the pool.</remarks>
internal sealed class SegmentedBuffer : IBufferWriter<byte>, IDisposable
{
    private const int SegmentSize = 256 * 1024;

    private readonly List<ArraySegment<byte>> _full = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(SegmentSize);
    private int _used;

    /// <inheritdoc/>
    public void Advance(int count) => _used += count;

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        // Reserve first: it may move on to a new segment, which is the one to hand out.
        var start = Reserve(sizeHint);
        return _current.AsMemory(start);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _current.AsSpan(start);
    }

    /// <summary>The written bytes, decoded as UTF-8.</summary>
    public override string ToString()
    {
        // Counted with a decoder that carries a character split between segments over to the next, as decoding does:
        // Decoder.GetCharCount would not.
        var decoder = Encoding.UTF8.GetDecoder();
        Span<char> scratch = stackalloc char[1024];
        var length = 0;
        foreach (var (segment, last) in Segments())
        {
            ReadOnlySpan<byte> bytes = segment;
            bool completed;
            do
            {
                decoder.Convert(bytes, scratch, last, out var used, out var chars, out completed);
                length += chars;
                bytes = bytes[used..];
            }
            while (!completed);
        }

        decoder.Reset();
        return string.Create(length, (Buffer: this, Decoder: decoder), static (chars, state) =>
        {
            foreach (var (segment, last) in state.Buffer.Segments())
            {
                var written = state.Decoder.GetChars(segment, chars, flush: last);
                chars = chars[written..];
            }
        });
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var segment in _full)
        {
            ArrayPool<byte>.Shared.Return(segment.Array!);
        }

        _full.Clear();
        ArrayPool<byte>.Shared.Return(_current);
        _current = [];
    }

    // The start of free space of at least sizeHint bytes in the current segment, moving to a new one when needed.
    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _used < needed)
        {
            // Segments are cut where the writer asked for room; each keeps its used part.
            _full.Add(new ArraySegment<byte>(_current, 0, _used));
            _current = ArrayPool<byte>.Shared.Rent(Math.Max(SegmentSize, needed));
            _used = 0;
        }

        return _used;
    }

    private IEnumerable<(ArraySegment<byte> Segment, bool Last)> Segments()
    {
        foreach (var segment in _full)
        {
            yield return (segment, false);
        }

        yield return (new ArraySegment<byte>(_current, 0, _used), true);
    }
}
