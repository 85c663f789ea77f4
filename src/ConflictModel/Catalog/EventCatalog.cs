using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ConflictModel;

/// <summary>
/// The event kinds known to the process: the built-in ones and those generated in any loaded assembly that
/// declares schemas of its own. Generated code registers its kinds when its assembly initialises; nothing is
/// discovered by reflection.
/// </summary>
/// <remarks>Thread-safe. A kind registered with the wire type of an earlier one replaces it.</remarks>
public static class EventCatalog
{
    private static ImmutableDictionary<string, EventKind> s_byType = ImmutableDictionary<string, EventKind>.Empty.WithComparers(StringComparer.Ordinal);
    private static ImmutableDictionary<Type, EventKind> s_byClr = ImmutableDictionary<Type, EventKind>.Empty;

    // The hot lookup of readers: wire types as UTF-8, compared with the bytes of the data, so no string is made per event.
    private static (byte[] Utf8, EventKind Kind)[] s_byUtf8 = [];

    /// <summary>Every registered kind, ordered by wire type.</summary>
    public static IReadOnlyList<EventKind> Kinds
    {
        get
        {
            var kinds = new List<EventKind>(Volatile.Read(ref s_byType).Values);
            kinds.Sort(static (a, b) => string.CompareOrdinal(a.Type, b.Type));
            return kinds;
        }
    }

    /// <summary>Registers kinds; called by generated module initialisers.</summary>
    /// <param name="kinds">The kinds to add.</param>
    /// <exception cref="ArgumentNullException">A kind is null.</exception>
    public static void Register(params EventKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        foreach (var kind in kinds)
        {
            ArgumentNullException.ThrowIfNull(kind);
            ImmutableInterlocked.Update(ref s_byType, static (map, k) => map.SetItem(k.Type, k), kind);
            ImmutableInterlocked.Update(ref s_byClr, static (map, k) => map.SetItem(k.ClrType, k), kind);
        }

        lock (s_byUtf8Lock)
        {
            var table = new List<(byte[], EventKind)>();
            foreach (var kind in Volatile.Read(ref s_byType).Values)
            {
                table.Add((System.Text.Encoding.UTF8.GetBytes(kind.Type), kind));
            }

            Volatile.Write(ref s_byUtf8, [.. table]);
        }
    }

    private static readonly object s_byUtf8Lock = new();

    /// <summary>Finds a kind by its wire type given as UTF-8 bytes, as they stand in the data.</summary>
    /// <param name="utf8Type">The wire type's bytes (unescaped).</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether the wire type is registered.</returns>
    internal static bool TryFind(ReadOnlySpan<byte> utf8Type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EventKind? kind)
    {
        foreach (var (utf8, candidate) in Volatile.Read(ref s_byUtf8))
        {
            if (utf8Type.SequenceEqual(utf8))
            {
                kind = candidate;
                return true;
            }
        }

        kind = null;
        return false;
    }

    /// <summary>Finds a kind by its wire type. Only registered wire types resolve; a .NET type name never does.</summary>
    /// <param name="type">The wire type, e.g. <c>strike</c> (case-sensitive).</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether the wire type is registered.</returns>
    public static bool TryFind(string type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EventKind? kind) =>
        Volatile.Read(ref s_byType).TryGetValue(type, out kind);

    /// <summary>Finds the kind of a generated record type.</summary>
    /// <param name="clrType">The record type, e.g. <c>typeof(Strike)</c>.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether the type is a registered kind.</returns>
    public static bool TryFind(Type clrType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EventKind? kind) =>
        Volatile.Read(ref s_byClr).TryGetValue(clrType, out kind);
}
