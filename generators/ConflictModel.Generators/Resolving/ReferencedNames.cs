using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConflictModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Resolving;

/// <summary>
/// Finds which of the full names the schemas would declare a referenced assembly already has. C# prefers what the
/// project declares over a referenced type or namespace of the same full name (CS0436, CS0437), so a schema type named
/// <c>System.Uri</c> or <c>ConflictModel.Actor</c> would take the place of the type every generated file refers to, and
/// no <c>global::</c> qualification can reach the referenced one again. Returns plain strings, as <see cref="ExternalTypes"/>.
/// </summary>
internal static class ReferencedNames
{
    private static readonly ReferencesCache<EquatableArray<ReferencedName>> Cache = new();

    public static EquatableArray<ReferencedName> Find(Compilation compilation, EquatableArray<string> fullNames, CancellationToken cancellationToken) =>
        fullNames.Count == 0 ? EquatableArray<ReferencedName>.Empty : Cache.Get(compilation, fullNames, c => FindAll(c, fullNames, cancellationToken));

    private static EquatableArray<ReferencedName> FindAll(Compilation compilation, EquatableArray<string> fullNames, CancellationToken cancellationToken)
    {
        // The names as a tree of their dotted parts, so each assembly is asked once per part its namespaces have:
        // most names share a few namespaces that most assemblies do not have, which ends the walk at the first part.
        var root = new Part(null);
        foreach (var fullName in fullNames)
        {
            var part = root;
            foreach (var name in fullName.Split('.'))
            {
                if (!part.Children.TryGetValue(name, out var child))
                {
                    child = new Part(null);
                    part.Children.Add(name, child);
                }

                part = child;
            }

            part.FullName = fullName;
        }

        var found = new List<ReferencedName>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Visit(compilation, assembly, assembly.GlobalNamespace, root, found);
        }

        // One entry per name and kind, the same whatever order the references come in.
        return found
            .OrderBy(n => n.FullName, System.StringComparer.Ordinal)
            .ThenBy(n => n.IsNamespace)
            .ThenBy(n => n.Assembly, System.StringComparer.Ordinal)
            .GroupBy(n => (n.FullName, n.IsNamespace))
            .Select(g => g.First())
            .ToEquatableArray();
    }

    private static void Visit(Compilation compilation, IAssemblySymbol assembly, INamespaceSymbol ns, Part part, List<ReferencedName> found)
    {
        foreach (var child in part.Children)
        {
            foreach (var member in ns.GetMembers(child.Key))
            {
                if (member is INamespaceSymbol inner)
                {
                    if (child.Value.FullName is { } fullName)
                    {
                        found.Add(new ReferencedName(fullName, true, assembly.Identity.Name));
                    }

                    Visit(compilation, assembly, inner, child.Value, found);
                }
                else if (child.Value.FullName is { } fullName && member is INamedTypeSymbol { Arity: 0 } type
                    && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                {
                    found.Add(new ReferencedName(fullName, false, assembly.Identity.Name));
                }
            }
        }
    }

    // One dotted part of the names looked up: the full name when a name ends here, and the parts that follow it.
    private sealed class Part(string? fullName)
    {
        public string? FullName { get; set; } = fullName;

        public Dictionary<string, Part> Children { get; } = new(System.StringComparer.Ordinal);
    }
}
