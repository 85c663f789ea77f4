using System;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// Tells the 1-based line of byte offsets in data read chunk by chunk: counts line feeds once, moving forward only,
/// and carries the count over when the consumed front of the buffer is dropped.
/// </summary>
internal sealed class LineCounter
{
    private long _line = 1;
    private int _position;

    /// <summary>The line of the byte at <paramref name="index"/>; indexes must not go backwards.</summary>
    /// <param name="data">The buffer.</param>
    /// <param name="index">The offset within the buffer.</param>
    /// <returns>The 1-based line.</returns>
    public long LineAt(ReadOnlySpan<byte> data, int index)
    {
        if (index > _position)
        {
            _line += data[_position..index].Count((byte)'\n');
            _position = index;
        }

        return _line;
    }

    /// <summary>Records that the first <paramref name="dropped"/> bytes of the buffer are removed.</summary>
    /// <param name="data">The buffer before the removal.</param>
    /// <param name="dropped">How many bytes are removed from its front.</param>
    public void Drop(ReadOnlySpan<byte> data, int dropped)
    {
        LineAt(data, dropped);
        _position -= dropped;
    }
}
