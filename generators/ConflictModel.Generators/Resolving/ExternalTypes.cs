using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConflictModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Resolving;

/// <summary>
/// Reads the enum and record names that referenced assemblies' schemas declare, from their
/// <c>[assembly: ConflictModel.SchemaType(...)]</c> attributes: from the references' metadata (see
/// <see cref="ReferenceMetadata"/>), or from the symbols of a referenced project the IDE hands over as a compilation.
/// Returns plain strings, so the pipeline downstream stays cached when the references do not change.
/// </summary>
internal static class ExternalTypes
{
    private const string AttributeNamespace = "ConflictModel";
    private const string AttributeName = "SchemaTypeAttribute";

    public static EquatableArray<DeclaredType> Read(ImmutableArray<MetadataReference> references, CancellationToken cancellationToken)
    {
        var found = new List<DeclaredType>();
        foreach (var reference in references)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (reference)
            {
                case PortableExecutableReference pe:
                    foreach (var reader in ReferenceMetadata.Readers(pe))
                    {
                        if (ReferenceMetadata.MayDeclareSchemaTypes(reader))
                        {
                            ReadAttributes(reader, found);
                        }
                    }

                    break;
                case CompilationReference project when ReferenceMetadata.InGlobalAlias(project):
                    ReadAttributes(project.Compilation.Assembly, found);
                    break;
            }
        }

        return found.OrderBy(t => t.Name, System.StringComparer.Ordinal).ThenBy(t => t.FilePath, System.StringComparer.Ordinal).ToEquatableArray();
    }

    private static void ReadAttributes(System.Reflection.Metadata.MetadataReader reader, List<DeclaredType> found)
    {
        var assembly = ReferenceMetadata.AssemblyName(reader);
        foreach (var blob in ReferenceMetadata.AssemblyAttributes(reader, AttributeNamespace, AttributeName))
        {
            // (string schemaName, string fullName, bool isEnum): a blob of another shape is not the attribute we emit.
            var value = blob;
            try
            {
                if (value.ReadSerializedString() is { } name && value.ReadSerializedString() is { } fullName && value.RemainingBytes >= 1)
                {
                    found.Add(new DeclaredType(name, fullName, value.ReadBoolean(), assembly));
                }
            }
            catch (System.BadImageFormatException)
            {
            }
        }
    }

    private static void ReadAttributes(IAssemblySymbol assembly, List<DeclaredType> found)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: AttributeName, ContainingNamespace: { Name: AttributeNamespace, ContainingNamespace.IsGlobalNamespace: true } }
                && attribute.ConstructorArguments.Length == 3
                && attribute.ConstructorArguments[0].Value is string name
                && attribute.ConstructorArguments[1].Value is string fullName
                && attribute.ConstructorArguments[2].Value is bool isEnum)
            {
                found.Add(new DeclaredType(name, fullName, isEnum, assembly.Identity.Name));
            }
        }
    }
}
