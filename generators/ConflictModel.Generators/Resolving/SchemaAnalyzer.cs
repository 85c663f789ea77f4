using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ConflictModel.Generators.Checking;
using ConflictModel.Generators.Diagnostics;
using ConflictModel.Generators.Model;
using ConflictModel.Generators.Naming;

namespace ConflictModel.Generators.Resolving;

/// <summary>Runs resolve and check over one parsed file and, when it has no errors, builds the unit to emit.</summary>
internal static class SchemaAnalyzer
{
    public static AnalyzedSchema Analyze(SchemaFile file, TypeIndex index, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
        try
        {
            diagnostics.AddRange(SchemaChecker.Check(file, index));
            cancellationToken.ThrowIfCancellationRequested();
            var hasErrors = diagnostics.Any(d => Descriptors.ById[d.Id].DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            if (hasErrors || (file.Event is null && file.Enums.Count == 0 && file.Records.Count == 0))
            {
                return new AnalyzedSchema(null, diagnostics.ToEquatableArray(), SchemaExports.None);
            }

            var unit = Build(file, index);
            return new AnalyzedSchema(unit, diagnostics.ToEquatableArray(), ExportsOf(unit));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InternalError.Id, null, $"{Path.GetFileName(file.Path)}: {e.GetType().Name}: {e.Message}"));
            return new AnalyzedSchema(null, diagnostics.ToEquatableArray(), SchemaExports.None);
        }
    }

    private static SchemaUnit Build(SchemaFile file, TypeIndex index)
    {
        var ns = Declarations.NamespaceOf(file, index.DefaultNamespace);
        EventUnit? ev = null;
        if (file.Event is { } e)
        {
            ev = new EventUnit(e.Name.Value, e.WireType.Value, e.Version.Value, e.Doc, e.Maps, Fields(e.Fields, index));
        }

        var enums = file.Enums.Select(en => new EnumUnit(
            Names.ToPascalCase(en.Name),
            en.Doc,
            en.Values.Select(v => new EnumMemberUnit(Names.ToPascalCase(v.WireName), v.WireName, v.Doc)).ToEquatableArray()));
        var records = file.Records.Select(r => new RecordUnit(Names.ToPascalCase(r.Name), r.Doc, Fields(r.Fields, index)));
        var stem = ev?.Name ?? StemOf(file.Path);
        return new SchemaUnit($"{ns}.{stem}.g.cs", ns, ev, enums.ToEquatableArray(), records.ToEquatableArray());
    }

    private static EquatableArray<FieldUnit> Fields(EquatableArray<FieldModel> fields, TypeIndex index) =>
        fields.Select(f =>
        {
            var c = f.Constraints;
            return new FieldUnit(
                f.WireName,
                Names.ToPascalCase(f.WireName),
                TypeResolver.Resolve(f.Type.Value, index)!,
                f.Required,
                f.Since?.Value ?? 1,
                f.RenamedFrom,
                f.Doc,
                c.Min?.Value,
                c.Max?.Value,
                c.Pattern?.Value,
                c.MinItems?.Value,
                c.MaxItems?.Value,
                c.MinLength?.Value,
                c.MaxLength?.Value);
        }).ToEquatableArray();

    private static SchemaExports ExportsOf(SchemaUnit unit)
    {
        var kinds = unit.Event is { } e
            ? new EquatableArray<KindRef>([new KindRef(unit.Namespace + "." + e.Name, e.WireType)])
            : EquatableArray<KindRef>.Empty;
        var types = unit.Enums.Select(en => new DeclaredType(en.Name, unit.Namespace + "." + en.Name, true, string.Empty))
            .Concat(unit.Records.Select(r => new DeclaredType(r.Name, unit.Namespace + "." + r.Name, false, string.Empty)));
        return new SchemaExports(kinds, types.ToEquatableArray());
    }

    private static string StemOf(string path)
    {
        var name = Path.GetFileName(path);
        var cut = name.IndexOf('.');
        var stem = cut > 0 ? name.Substring(0, cut) : name;
        return Names.ToPascalCase(stem) + "Types";
    }
}
