using System.ComponentModel;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>Reads one item of a list; the reader is on the item's first token and ends on its last.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="reader">The reader.</param>
/// <returns>The item.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonItemReader<T>(ref Utf8JsonReader reader);
