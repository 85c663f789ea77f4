using System;

namespace ConflictModel.Generators.Json;

/// <summary>Malformed JSON at a position; caught by the parser and turned into a diagnostic.</summary>
internal sealed class JsonSyntaxException(int position, string message) : Exception(message)
{
    public int Position { get; } = position;
}
