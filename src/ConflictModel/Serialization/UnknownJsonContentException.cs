using System;

namespace ConflictModel.Serialization;

/// <summary>
/// Signals that a value holds a property or an enum value this version of the model does not know. Readers of
/// primitives and generated records throw it; the enclosing event catches it and keeps the whole field verbatim
/// in <see cref="ConflictEvent.UnknownFields"/>, so data from a newer producer is not lost. It never escapes
/// <c>ConflictJson</c>.
/// </summary>
public sealed class UnknownJsonContentException : Exception
{
    /// <summary>Creates the signal.</summary>
    /// <param name="what">What was not understood, e.g. "enum value 'laser' of WeaponKind".</param>
    public UnknownJsonContentException(string what)
        : base(what)
    {
    }
}
