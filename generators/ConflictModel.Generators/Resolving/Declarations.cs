using System.Collections.Generic;
using System.Linq;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Resolving;

/// <summary>What each schema declares for the others, gathered into the compilation-wide <see cref="TypeIndex"/>.</summary>
internal static class Declarations
{
    /// <summary>The namespace a file's types go to: its own <c>namespace</c> key, else the project's default.</summary>
    public static string NamespaceOf(SchemaFile file, string defaultNamespace) =>
        file.Namespace is { Value.Length: > 0 } ns ? ns.Value : defaultNamespace;

    /// <summary>Builds the index from every file's declarations. Holds no positions, so moving text elsewhere keeps it equal.</summary>
    public static TypeIndex BuildIndex(EquatableArray<SchemaFile> files, string defaultNamespace, EquatableArray<DeclaredType> external)
    {
        var local = new List<DeclaredType>();
        var wireTypes = new List<DeclaredWireType>();
        var namespaces = new List<DeclaredNamespace> { new(defaultNamespace, string.Empty) };
        foreach (var file in files)
        {
            var ns = NamespaceOf(file, defaultNamespace);
            if (file.Event is not null || file.Enums.Count > 0 || file.Records.Count > 0)
            {
                namespaces.Add(new DeclaredNamespace(ns, file.Path));
            }

            foreach (var e in file.Enums)
            {
                local.Add(new DeclaredType(e.Name, ns + "." + Naming.Names.ToPascalCase(e.Name), true, file.Path));
            }

            foreach (var r in file.Records)
            {
                local.Add(new DeclaredType(r.Name, ns + "." + Naming.Names.ToPascalCase(r.Name), false, file.Path));
            }

            if (file.Event is { } ev)
            {
                wireTypes.Add(new DeclaredWireType(ev.WireType.Value, ns + "." + ev.Name.Value, file.Path));
            }
        }

        // Order by name and path so the index does not depend on the order files arrive in.
        return new TypeIndex(
            defaultNamespace,
            local.OrderBy(t => t.Name, System.StringComparer.Ordinal).ThenBy(t => t.FilePath, System.StringComparer.Ordinal).ToEquatableArray(),
            external,
            wireTypes.OrderBy(t => t.WireType, System.StringComparer.Ordinal).ThenBy(t => t.FilePath, System.StringComparer.Ordinal).ToEquatableArray(),
            namespaces.OrderBy(n => n.Namespace, System.StringComparer.Ordinal).ThenBy(n => n.FilePath, System.StringComparer.Ordinal).ToEquatableArray(),
            EquatableArray<ReferencedName>.Empty);
    }

    /// <summary>The types an enum adds to its namespace: the enum, and the class of its wire names beside it.</summary>
    public static string WireClassOf(string enumFullName) => enumFullName + "Wire";

    /// <summary>
    /// The full names to look up in the referenced assemblies: every type the schemas declare (an enum's wire-name
    /// class included) and every schema namespace with its enclosing namespaces. Sorted, so it compares by content.
    /// </summary>
    public static EquatableArray<string> NamesToLookUp(TypeIndex index)
    {
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var t in index.Local)
        {
            names.Add(t.FullName);
            if (t.IsEnum)
            {
                names.Add(WireClassOf(t.FullName));
            }
        }

        foreach (var e in index.WireTypes)
        {
            names.Add(e.FullName);
        }

        foreach (var n in index.Namespaces)
        {
            if (n.FilePath.Length == 0)
            {
                continue;
            }

            for (var dot = n.Namespace.IndexOf('.'); dot > 0; dot = n.Namespace.IndexOf('.', dot + 1))
            {
                names.Add(n.Namespace.Substring(0, dot));
            }

            names.Add(n.Namespace);
        }

        return names.ToEquatableArray();
    }
}
