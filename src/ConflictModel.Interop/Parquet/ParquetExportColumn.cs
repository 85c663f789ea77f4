namespace ConflictModel.Interop.Parquet;

/// <summary>One column of the file <see cref="ParquetExport.WriteAsync"/> writes, for documentation and tooling.</summary>
/// <param name="Name">The column name, e.g. <c>date_start</c>.</param>
/// <param name="Type">The column's logical type as an engine such as DuckDB sees it: <c>string</c>, <c>int32</c>, <c>int64</c>,
/// <c>double</c>, <c>date</c>, <c>timestamp(us, UTC)</c> or <c>list&lt;string&gt;</c>.</param>
/// <param name="IsNullable">Whether the column may hold nulls (a list column's elements may be null only where its description says so).</param>
/// <param name="Description">What the column holds and where it comes from.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ParquetExportColumn(string Name, string Type, bool IsNullable, string Description);
