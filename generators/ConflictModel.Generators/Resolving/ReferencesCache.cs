using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Resolving;

/// <summary>
/// The last result computed from a compilation's referenced assemblies, reused while the next compilation has the same
/// ones. An edit in the IDE makes a new compilation but keeps its references, and Roslyn shares the referenced assembly
/// symbols between the two; reading every reference's attributes and namespaces again on each keystroke was most of
/// what an unrelated edit cost.
/// </summary>
/// <typeparam name="T">The result.</typeparam>
/// <remarks>One entry, its assembly symbols held weakly, so it neither grows nor keeps old compilations' symbols alive. Thread-safe: a
/// compilation compares the whole entry, which is replaced, never changed.</remarks>
internal sealed class ReferencesCache<T>
{
    private Entry? _last;

    /// <summary>The result for <paramref name="compilation"/>'s references and <paramref name="key"/>, computed when not cached.</summary>
    public T Get(Compilation compilation, object key, Func<Compilation, T> compute)
    {
        var assemblies = compilation.SourceModule.ReferencedAssemblySymbols;
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Matches(assemblies, compilation.AssemblyName, key))
        {
            return last.Value;
        }

        var value = compute(compilation);
        Volatile.Write(ref _last, new Entry(assemblies, compilation.AssemblyName, key, value));
        return value;
    }

    private sealed class Entry(ImmutableArray<IAssemblySymbol> assemblies, string? assemblyName, object key, T value)
    {
        private readonly WeakReference<IAssemblySymbol[]> _assemblies = new([.. assemblies]);
        // The result holds only strings: kept strongly.
        public T Value { get; } = value;

        public bool Matches(ImmutableArray<IAssemblySymbol> other, string? otherName, object otherKey)
        {
            if (otherName != assemblyName || !key.Equals(otherKey) || !_assemblies.TryGetTarget(out var held) || held.Length != other.Length)
            {
                return false;
            }

            for (var i = 0; i < held.Length; i++)
            {
                if (!ReferenceEquals(held[i], other[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
