using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Cli.Summary;

/// <summary>Counts how often each key occurs.</summary>
/// <typeparam name="TKey">The key.</typeparam>
internal sealed class Tally<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, long> _counts;

    /// <summary>Creates an empty tally.</summary>
    /// <param name="comparer">How keys are compared, or null for the default.</param>
    public Tally(IEqualityComparer<TKey>? comparer = null) => _counts = new Dictionary<TKey, long>(comparer);

    /// <summary>The number of distinct keys.</summary>
    public int Count => _counts.Count;

    /// <summary>Counts one occurrence.</summary>
    /// <param name="key">The key.</param>
    public void Add(TKey key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;

    /// <summary>The keys and counts, most frequent first, ties in the order of <paramref name="tieBreak"/>.</summary>
    /// <param name="tieBreak">Orders keys of equal count.</param>
    /// <returns>The entries.</returns>
    public IEnumerable<KeyValuePair<TKey, long>> ByCount(IComparer<TKey> tieBreak) =>
        _counts.OrderByDescending(e => e.Value).ThenBy(e => e.Key, tieBreak);

    /// <summary>The keys and counts in key order.</summary>
    /// <param name="order">Orders the keys.</param>
    /// <returns>The entries.</returns>
    public IEnumerable<KeyValuePair<TKey, long>> ByKey(IComparer<TKey> order) => _counts.OrderBy(e => e.Key, order);

    /// <summary>The count of a key, 0 when it never occurred.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The count.</returns>
    public long this[TKey key] => _counts.GetValueOrDefault(key);
}
