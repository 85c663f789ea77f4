namespace ConflictModel.Cli.Text;

/// <summary>How a column of a <see cref="TextTable"/> is laid out.</summary>
/// <param name="Header">The header, or null when the table has no header row.</param>
/// <param name="AlignRight">Whether cells are right-aligned (counts).</param>
/// <param name="MinWidth">How narrow the column may become when the table is too wide; 0 drops it, null never shrinks it.</param>
/// <param name="ShrinkOrder">Columns that may shrink do so in this order, lowest first.</param>
/// <param name="EllipsisInMiddle">Whether a cut cell keeps its start and end (identifiers) rather than its start.</param>
internal sealed record TextColumn(string? Header = null, bool AlignRight = false, int? MinWidth = null, int ShrinkOrder = 0, bool EllipsisInMiddle = false);
