using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConflictModel.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Resolving;

/// <summary>
/// Reads the enum and record names that referenced assemblies' schemas declare, from their
/// <c>[assembly: ConflictModel.SchemaType(...)]</c> attributes. Returns plain strings, so the pipeline
/// downstream stays cached when the compilation changes.
/// </summary>
internal static class ExternalTypes
{
    private static readonly ReferencesCache<EquatableArray<DeclaredType>> Cache = new();

    public static EquatableArray<DeclaredType> Read(Compilation compilation, CancellationToken cancellationToken) =>
        Cache.Get(compilation, string.Empty, c => ReadAll(c, cancellationToken));

    private static EquatableArray<DeclaredType> ReadAll(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new List<DeclaredType>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!MayDeclareSchemaTypes(assembly))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "SchemaTypeAttribute", ContainingNamespace: { Name: "ConflictModel", ContainingNamespace.IsGlobalNamespace: true } }
                    && attribute.ConstructorArguments.Length == 3
                    && attribute.ConstructorArguments[0].Value is string name
                    && attribute.ConstructorArguments[1].Value is string fullName
                    && attribute.ConstructorArguments[2].Value is bool isEnum)
                {
                    found.Add(new DeclaredType(name, fullName, isEnum, assembly.Identity.Name));
                }
            }
        }

        return found.OrderBy(t => t.Name, System.StringComparer.Ordinal).ThenBy(t => t.FilePath, System.StringComparer.Ordinal).ToEquatableArray();
    }

    // The attribute's type lives in the runtime library, so only an assembly that references it (or is it) can carry the
    // attribute. The assembly references are a table read; decoding every reference's attributes, as a project's
    // framework references have hundreds, took a fifth of a cold run over 500 schemas.
    private static bool MayDeclareSchemaTypes(IAssemblySymbol assembly)
    {
        if (assembly.Identity.Name == RuntimeAssembly)
        {
            return true;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == RuntimeAssembly)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const string RuntimeAssembly = "ConflictModel";
}
