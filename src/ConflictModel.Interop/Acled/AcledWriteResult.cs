using System.Collections.Generic;

namespace ConflictModel.Interop.Acled;

/// <summary>What <see cref="AcledWriter"/> wrote: how many rows, and the problems with the events it skipped or could not write whole.</summary>
/// <param name="Written">The number of rows written, not counting the header.</param>
/// <param name="Problems">One message per problem, naming the event's position (1-based) and id: an event of a kind ACLED has
/// no category for, which was skipped, or an extra column the header lacks, whose value was not written. Empty when none.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AcledWriteResult(int Written, IReadOnlyList<string> Problems);
