using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Linq;
using System.Threading;
using ConflictModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Resolving;

/// <summary>
/// Finds which of the full names the schemas would declare a referenced assembly already has. C# prefers what the
/// project declares over a referenced type or namespace of the same full name (CS0436, CS0437), so a schema type named
/// <c>System.Uri</c> or <c>ConflictModel.Actor</c> would take the place of the type every generated file refers to, and
/// no <c>global::</c> qualification can reach the referenced one again. Read from the references' metadata (see
/// <see cref="ReferenceMetadata"/>), or from the symbols of a referenced project the IDE hands over as a compilation.
/// Returns plain strings, as <see cref="ExternalTypes"/>.
/// </summary>
internal static class ReferencedNames
{
    /// <param name="references">The compilation's references.</param>
    /// <param name="assemblyName">The compilation's assembly name: internal types of an assembly that gives it access count too.</param>
    /// <param name="fullNames">The full names the schemas would declare.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public static EquatableArray<ReferencedName> Find(ImmutableArray<MetadataReference> references, string? assemblyName, EquatableArray<string> fullNames, CancellationToken cancellationToken)
    {
        if (fullNames.Count == 0)
        {
            return EquatableArray<ReferencedName>.Empty;
        }

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
        foreach (var reference in references)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (reference)
            {
                case PortableExecutableReference pe:
                    foreach (var reader in ReferenceMetadata.Readers(pe))
                    {
                        var lookup = new MetadataLookup(reader, assemblyName, found);
                        lookup.Visit(reader.GetNamespaceDefinitionRoot(), root);
                    }

                    break;
                case CompilationReference project when ReferenceMetadata.InGlobalAlias(project):
                    var assembly = project.Compilation.Assembly;
                    Visit(assembly, assembly.GlobalNamespace, root, GivesInternalsTo(assembly, assemblyName), found);
                    break;
            }
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

    private static void Visit(IAssemblySymbol assembly, INamespaceSymbol ns, Part part, bool internalsVisible, List<ReferencedName> found)
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

                    Visit(assembly, inner, child.Value, internalsVisible, found);
                }
                else if (child.Value.FullName is { } fullName && member is INamedTypeSymbol { Arity: 0 } type
                    && (type.DeclaredAccessibility == Accessibility.Public || (internalsVisible && type.DeclaredAccessibility == Accessibility.Internal)))
                {
                    found.Add(new ReferencedName(fullName, false, assembly.Identity.Name));
                }
            }
        }
    }

    private static bool GivesInternalsTo(IAssemblySymbol assembly, string? assemblyName) =>
        assemblyName is not null && assembly.GetAttributes().Any(a =>
            a.AttributeClass is { Name: "InternalsVisibleToAttribute" }
            && a.ConstructorArguments.Length == 1
            && ReferenceMetadata.NamesAssembly(a.ConstructorArguments[0].Value as string, assemblyName));

    // The same walk over one module's metadata tables. A type counts when it is public, or internal to an assembly that
    // gives this one access; a namespace when it holds types of its own (a namespace of only forwarded types does not).
    private sealed class MetadataLookup(MetadataReader reader, string? assemblyName, List<ReferencedName> found)
    {
        private readonly string _assembly = ReferenceMetadata.AssemblyName(reader);
        private bool? _internalsVisible;

        public void Visit(NamespaceDefinition ns, Part part)
        {
            foreach (var child in part.Children)
            {
                foreach (var handle in ns.NamespaceDefinitions)
                {
                    var inner = reader.GetNamespaceDefinition(handle);
                    if (!reader.StringComparer.Equals(inner.Name, child.Key) || !ReferenceMetadata.HasTypes(reader, inner))
                    {
                        continue;
                    }

                    if (child.Value.FullName is { } fullName)
                    {
                        found.Add(new ReferencedName(fullName, true, _assembly));
                    }

                    Visit(inner, child.Value);
                }

                if (child.Value.FullName is { } typeName)
                {
                    foreach (var handle in ns.TypeDefinitions)
                    {
                        var type = reader.GetTypeDefinition(handle);
                        if (reader.StringComparer.Equals(type.Name, child.Key) && (ReferenceMetadata.IsPublic(type) || InternalsVisible()))
                        {
                            found.Add(new ReferencedName(typeName, false, _assembly));
                            break;
                        }
                    }
                }
            }
        }

        private bool InternalsVisible() => _internalsVisible ??= ReferenceMetadata.GivesInternalsTo(reader, assemblyName);
    }

    // One dotted part of the names looked up: the full name when a name ends here, and the parts that follow it.
    private sealed class Part(string? fullName)
    {
        public string? FullName { get; set; } = fullName;

        public Dictionary<string, Part> Children { get; } = new(System.StringComparer.Ordinal);
    }
}
