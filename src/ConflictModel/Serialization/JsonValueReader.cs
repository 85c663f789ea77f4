using System.ComponentModel;
using System.Text.Json;

namespace ConflictModel.Serialization;

/// <summary>Reads one value (a list's item, a primitive); the reader is on the value's first token and ends on its last.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="reader">The reader.</param>
/// <returns>The value.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonValueReader<T>(ref Utf8JsonReader reader);
