using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Resolving;

/// <summary>
/// Reads referenced assemblies' metadata tables directly. Asking the compilation for its referenced assembly symbols
/// binds every reference first, which in a compiler process (a build) the generator was the first to ask for and so
/// paid for: a quarter of a cold run over 500 schemas. The tables answer the few questions the generator has (which
/// schema types an assembly declares, whether it has a namespace or type of a given name) without that.
/// </summary>
internal static class ReferenceMetadata
{
    /// <summary>The runtime library: the only assembly schema types can come from, or that their assemblies reference.</summary>
    public const string RuntimeAssembly = "ConflictModel";

    /// <summary>The metadata readers of a referenced assembly's modules; none when it is not in the global alias or cannot be read (the compiler reports that itself).</summary>
    public static IReadOnlyList<MetadataReader> Readers(PortableExecutableReference reference)
    {
        if (!InGlobalAlias(reference))
        {
            return [];
        }

        try
        {
            switch (reference.GetMetadata())
            {
                case AssemblyMetadata assembly:
                    var modules = assembly.GetModules();
                    var readers = new MetadataReader[modules.Length];
                    for (var i = 0; i < readers.Length; i++)
                    {
                        readers[i] = modules[i].GetMetadataReader();
                    }

                    return readers;
                case ModuleMetadata module:
                    return [module.GetMetadataReader()];
                default:
                    return [];
            }
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or InvalidOperationException)
        {
            return [];
        }
    }

    /// <summary>True when code refers to the reference's types without an extern alias, as schemas' generated code does.</summary>
    public static bool InGlobalAlias(MetadataReference reference)
    {
        var aliases = reference.Properties.Aliases;
        return aliases.IsDefaultOrEmpty || aliases.Contains(MetadataReferenceProperties.GlobalAlias);
    }

    /// <summary>The assembly's simple name, or the module's name for a module without an assembly manifest.</summary>
    public static string AssemblyName(MetadataReader reader) =>
        reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : reader.GetString(reader.GetModuleDefinition().Name);

    /// <summary>True when the module references the runtime library (so it may carry schema type attributes) or is it.</summary>
    public static bool MayDeclareSchemaTypes(MetadataReader reader)
    {
        if (reader.IsAssembly && reader.StringComparer.Equals(reader.GetAssemblyDefinition().Name, RuntimeAssembly))
        {
            return true;
        }

        foreach (var handle in reader.AssemblyReferences)
        {
            if (reader.StringComparer.Equals(reader.GetAssemblyReference(handle).Name, RuntimeAssembly))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The assembly's attributes of the given type, each as a reader of its arguments blob positioned after the prolog.</summary>
    public static IEnumerable<BlobReader> AssemblyAttributes(MetadataReader reader, string ns, string name)
    {
        if (!reader.IsAssembly)
        {
            yield break;
        }

        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsAttributeOf(reader, attribute, ns, name))
            {
                continue;
            }

            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.Length >= 2 && blob.ReadUInt16() == 1)
            {
                yield return blob;
            }
        }
    }

    /// <summary>True when <paramref name="assemblyName"/> may see the assembly's internal types (<c>InternalsVisibleTo</c>, by simple name).</summary>
    public static bool GivesInternalsTo(MetadataReader reader, string? assemblyName)
    {
        if (assemblyName is null)
        {
            return false;
        }

        foreach (var blob in AssemblyAttributes(reader, "System.Runtime.CompilerServices", "InternalsVisibleToAttribute"))
        {
            var value = blob;
            if (NamesAssembly(value.ReadSerializedString(), assemblyName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an <c>InternalsVisibleTo</c> argument ("Name" or "Name, PublicKey=…") names <paramref name="assemblyName"/>.</summary>
    public static bool NamesAssembly(string? friend, string assemblyName)
    {
        if (friend is null)
        {
            return false;
        }

        var comma = friend.IndexOf(',');
        var simple = (comma >= 0 ? friend.Substring(0, comma) : friend).Trim();
        return string.Equals(simple, assemblyName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a namespace holds a type definition, itself or below: a namespace with only forwarded types is not the assembly's.</summary>
    public static bool HasTypes(MetadataReader reader, NamespaceDefinition ns)
    {
        if (ns.TypeDefinitions.Length > 0)
        {
            return true;
        }

        foreach (var child in ns.NamespaceDefinitions)
        {
            if (HasTypes(reader, reader.GetNamespaceDefinition(child)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The accessibility of a top-level type definition, as far as another assembly sees it.</summary>
    public static bool IsPublic(TypeDefinition type) =>
        (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public;

    private static bool IsAttributeOf(MetadataReader reader, CustomAttribute attribute, string ns, string name)
    {
        StringHandle typeNamespace;
        StringHandle typeName;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                if (parent.Kind != HandleKind.TypeReference)
                {
                    return false;
                }

                var reference = reader.GetTypeReference((TypeReferenceHandle)parent);
                (typeNamespace, typeName) = (reference.Namespace, reference.Name);
                break;
            case HandleKind.MethodDefinition:
                var definition = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType());
                (typeNamespace, typeName) = (definition.Namespace, definition.Name);
                break;
            default:
                return false;
        }

        return reader.StringComparer.Equals(typeName, name) && reader.StringComparer.Equals(typeNamespace, ns);
    }
}
