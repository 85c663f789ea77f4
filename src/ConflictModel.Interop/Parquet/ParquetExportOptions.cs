using System.IO.Compression;
using Parquet;

namespace ConflictModel.Interop.Parquet;

/// <summary>How <see cref="ParquetExport.WriteAsync"/> lays out and compresses the file.</summary>
/// <remarks>Immutable and thread-safe; one instance may serve many exports at once.</remarks>
public sealed record ParquetExportOptions
{
    /// <summary>The default number of rows per row group: 50,000.</summary>
    public const int DefaultRowGroupSize = 50_000;

    /// <summary>
    /// The number of events per row group (the last may hold fewer). The export buffers one row group at a time, so this
    /// bounds its memory whatever the number of events; smaller groups use less memory and let engines skip more precisely,
    /// larger ones compress better. Must be 1 or more; <see cref="DefaultRowGroupSize"/> unless set.
    /// </summary>
    public int RowGroupSize { get; init; } = DefaultRowGroupSize;

    /// <summary>The compression codec of every column; <see cref="CompressionMethod.Snappy"/> (fast, read by every engine) unless set.</summary>
    public CompressionMethod Compression { get; init; } = CompressionMethod.Snappy;

    /// <summary>
    /// The compression level, for codecs that have levels (Gzip, Brotli, Zstd); <see cref="CompressionLevel.Optimal"/> unless set.
    /// Parquet.Net's own default, <see cref="CompressionLevel.SmallestSize"/>, is far slower with Zstd.
    /// </summary>
    public CompressionLevel CompressionLevel { get; init; } = CompressionLevel.Optimal;
}
