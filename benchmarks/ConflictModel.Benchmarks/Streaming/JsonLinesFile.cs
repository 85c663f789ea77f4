using ConflictModel.Serialization;

namespace ConflictModel.Benchmarks.Streaming;

/// <summary>A large JSON Lines file made by repeating the scaled events, one compact event per line.</summary>
public static class JsonLinesFile
{
    public static long Write(string path, IReadOnlyList<ConflictEvent> events, long targetBytes)
    {
        using var block = new MemoryStream();
        JsonLines.WriteAsync(block, events).GetAwaiter().GetResult();
        var bytes = block.GetBuffer().AsSpan(0, (int)block.Length);

        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        long written = 0;
        while (written < targetBytes)
        {
            // Whole blocks only, so the file ends on a line end; the last one may overshoot the target a little.
            file.Write(bytes);
            written += bytes.Length;
        }

        return written;
    }
}
