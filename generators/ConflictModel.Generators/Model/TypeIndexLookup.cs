using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ConflictModel.Generators.Model;

/// <summary>
/// Dictionaries over a <see cref="TypeIndex"/>, built once per index and shared by every schema checked or resolved
/// against it: with hundreds of schemas, scanning the index's arrays per name made checking quadratic.
/// </summary>
/// <remarks>
/// Kept beside the index rather than in it, so the index's equality (which decides what the generator may reuse) stays
/// its content's. Each lookup gives what a scan in the arrays' order would find first.
/// </remarks>
internal sealed class TypeIndexLookup
{
    private static readonly ConditionalWeakTable<TypeIndex, TypeIndexLookup> Cache = new();

    private readonly Dictionary<string, List<int>> _localByName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _localByDeclaredName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, DeclaredType> _externalByName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _wireTypesByFullName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _referencedByFullName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _referencedTypesByFullName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _namespacesByPrefix = new(System.StringComparer.Ordinal);

    private TypeIndexLookup(TypeIndex index)
    {
        Index = index;
        for (var i = 0; i < index.Local.Count; i++)
        {
            var t = index.Local[i];
            Add(_localByName, t.Name, i);
            Add(_localByDeclaredName, t.FullName, i);
            if (t.IsEnum)
            {
                Add(_localByDeclaredName, Resolving.Declarations.WireClassOf(t.FullName), i);
            }
        }

        foreach (var t in index.External)
        {
            if (!_externalByName.ContainsKey(t.Name))
            {
                _externalByName[t.Name] = t;
            }
        }

        for (var i = 0; i < index.WireTypes.Count; i++)
        {
            Add(_wireTypesByFullName, index.WireTypes[i].FullName, i);
        }

        for (var i = 0; i < index.Referenced.Count; i++)
        {
            var name = index.Referenced[i];
            if (!_referencedByFullName.ContainsKey(name.FullName))
            {
                _referencedByFullName[name.FullName] = i;
            }

            if (!name.IsNamespace && !_referencedTypesByFullName.ContainsKey(name.FullName))
            {
                _referencedTypesByFullName[name.FullName] = i;
            }
        }

        for (var i = 0; i < index.Namespaces.Count; i++)
        {
            var ns = index.Namespaces[i].Namespace;
            foreach (var prefix in SelfAndEnclosing(ns))
            {
                if (!_namespacesByPrefix.ContainsKey(prefix))
                {
                    _namespacesByPrefix[prefix] = i;
                }
            }
        }
    }

    /// <summary>The index the lookups are over.</summary>
    public TypeIndex Index { get; }

    /// <summary>The lookups for <paramref name="index"/>, built on first use.</summary>
    public static TypeIndexLookup For(TypeIndex index) => Cache.GetValue(index, i => new TypeIndexLookup(i));

    /// <summary>The positions in <see cref="TypeIndex.Local"/> of the enums and records named <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<int> LocalNamed(string name) => _localByName.TryGetValue(name, out var found) ? found : [];

    /// <summary>The first local enum or record named <paramref name="name"/>, else the first external one; null when none.</summary>
    public DeclaredType? Find(string name) =>
        _localByName.TryGetValue(name, out var local) ? Index.Local[local[0]]
        : _externalByName.TryGetValue(name, out var external) ? external
        : null;

    /// <summary>The positions in <see cref="TypeIndex.Local"/> of the enums and records that declare the C# type <paramref name="fullName"/> (an enum also declares its wire-name class), in order.</summary>
    public IReadOnlyList<int> LocalDeclaring(string fullName) => _localByDeclaredName.TryGetValue(fullName, out var found) ? found : [];

    /// <summary>The positions in <see cref="TypeIndex.WireTypes"/> of the events whose C# type is <paramref name="fullName"/>, in order.</summary>
    public IReadOnlyList<int> WireTypesNamed(string fullName) => _wireTypesByFullName.TryGetValue(fullName, out var found) ? found : [];

    /// <summary>The first referenced name equal to <paramref name="fullName"/>, or null.</summary>
    public ReferencedName? Referenced(string fullName) =>
        _referencedByFullName.TryGetValue(fullName, out var i) ? Index.Referenced[i] : null;

    /// <summary>The first referenced type (not namespace) that is <paramref name="ns"/> or encloses it, or null.</summary>
    public ReferencedName? ReferencedTypeAtOrAround(string ns)
    {
        var best = -1;
        foreach (var prefix in SelfAndEnclosing(ns))
        {
            if (_referencedTypesByFullName.TryGetValue(prefix, out var i) && (best < 0 || i < best))
            {
                best = i;
            }
        }

        return best < 0 ? null : Index.Referenced[best];
    }

    /// <summary>The first declared namespace that is <paramref name="fullName"/> or lies inside it, or null.</summary>
    public DeclaredNamespace? NamespaceAtOrInside(string fullName) =>
        _namespacesByPrefix.TryGetValue(fullName, out var i) ? Index.Namespaces[i] : null;

    private static IEnumerable<string> SelfAndEnclosing(string ns)
    {
        yield return ns;
        for (var dot = ns.LastIndexOf('.'); dot > 0; dot = ns.LastIndexOf('.', dot - 1))
        {
            yield return ns.Substring(0, dot);
        }
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int position)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(position);
    }
}
