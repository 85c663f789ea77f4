using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ConflictModel.Interop.Plover;

/// <summary>
/// CAMEO event codes of the event kinds, from each kind's schema <c>maps.cameo</c> (<see cref="EventKind.CodesIn"/>), and the
/// reverse lookups from a CAMEO code or root code to kinds.
/// </summary>
/// <remarks>
/// CAMEO codes are hierarchical: a two-digit root (cue category, e.g. <c>19</c> FIGHT), three-digit codes under it (<c>194</c>
/// fight with artillery and tanks) and four-digit codes under those (<c>1951</c>). A kind that lists a code covers every code
/// under it. The lookups read <see cref="EventCatalog.Kinds"/> each time, so kinds registered later take part. Thread-safe.
/// </remarks>
public static class CameoCodes
{
    /// <summary>The CAMEO codes a kind maps to, in its schema's order; empty when it has none.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The codes, e.g. <c>194</c>, <c>195</c> for <c>Strike</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static ValueList<string> For(EventKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.CodesIn("cameo");
    }

    /// <summary>The kinds that cover a CAMEO code: those listing the code itself or a code above it (<c>1951</c> is covered by
    /// <c>195</c>). A two-digit root is covered only by kinds listing exactly that root; for every kind under a root use
    /// <see cref="KindsUnderRoot"/>.</summary>
    /// <param name="code">A CAMEO code of two to four digits.</param>
    /// <returns>The kinds, ordered by wire type; empty when none covers the code or it is not a CAMEO code.</returns>
    public static IReadOnlyList<EventKind> KindsFor(string? code)
    {
        var kinds = new List<EventKind>();
        if (!IsCode(code))
        {
            return kinds;
        }

        foreach (var kind in EventCatalog.Kinds)
        {
            foreach (var mapped in kind.CodesIn("cameo"))
            {
                if (code.StartsWith(mapped, StringComparison.Ordinal))
                {
                    kinds.Add(kind);
                    break;
                }
            }
        }

        return kinds;
    }

    /// <summary>The kinds with any code under a CAMEO root (cue category), e.g. <c>19</c> → armed clash, ground assault,
    /// strike.</summary>
    /// <param name="root">The two-digit root; a longer code is cut to its root.</param>
    /// <returns>The kinds, ordered by wire type; empty when none or when <paramref name="root"/> is not a CAMEO code.</returns>
    public static IReadOnlyList<EventKind> KindsUnderRoot(string? root)
    {
        var kinds = new List<EventKind>();
        if (!IsCode(root))
        {
            return kinds;
        }

        string prefix = root[..2];
        foreach (var kind in EventCatalog.Kinds)
        {
            foreach (var mapped in kind.CodesIn("cameo"))
            {
                if (mapped.StartsWith(prefix, StringComparison.Ordinal))
                {
                    kinds.Add(kind);
                    break;
                }
            }
        }

        return kinds;
    }

    /// <summary>Whether a text is a CAMEO event code: two to four ASCII digits.</summary>
    /// <param name="code">The text.</param>
    /// <returns>True for e.g. <c>19</c>, <c>194</c>, <c>1951</c>.</returns>
    public static bool IsCode([NotNullWhen(true)] string? code)
    {
        if (code is null || code.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
