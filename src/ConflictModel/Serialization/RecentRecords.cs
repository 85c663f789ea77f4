using System;
using System.ComponentModel;

namespace ConflictModel.Serialization;

/// <summary>
/// The value of a generated record type read last on this thread, so that a reader meeting an equal value again (the
/// same casualty counts, event after event) hands out that instance and the new one is dropped at once; used by
/// generated readers.
/// </summary>
/// <remarks>
/// Generated records are immutable and compare by value, so sharing an instance between events is invisible to callers;
/// what it saves is the collector keeping a copy per event when a batch is kept. The new value is made first and
/// compared whole: a value dropped at once costs the collector next to nothing, and the comparison is the record's own.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RecentRecords
{
    /// <summary>The value of its type read last on this thread when it equals <paramref name="value"/>, else <paramref name="value"/>, kept as the last.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <param name="value">The value just read.</param>
    /// <returns>An instance equal to <paramref name="value"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static T Share<T>(T value)
        where T : class, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Last<T>.Value is { } last && last.Equals(value))
        {
            return last;
        }

        return Last<T>.Value = value;
    }

    private static class Last<T>
        where T : class
    {
        [ThreadStatic]
        public static T? Value;
    }
}
