using System;
using System.Threading;
using ConflictModel.Generators.Diagnostics;
using ConflictModel.Generators.Emit;
using ConflictModel.Generators.Model;
using ConflictModel.Generators.Parsing;
using ConflictModel.Generators.Resolving;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Generators;

/// <summary>
/// Turns <c>*.event.json</c> schemas given as AdditionalFiles into event records, enums, records and a
/// catalog: read → parse (per file) → index (across files) → resolve and check → emit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConflictModelGenerator : IIncrementalGenerator
{
    /// <summary>The file name suffix of schema files.</summary>
    public const string SchemaSuffix = ".event.json";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var defaultNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) ? ns : null)
            .Combine(context.CompilationProvider.Select(static (c, _) => c.AssemblyName))
            .Select(static (pair, _) => ChooseNamespace(pair.Left, pair.Right));

        // References are read from their metadata, not through the compilation: asking the compilation would bind all
        // of them first, and the provider stays cached while the references are the same ones.
        var references = context.MetadataReferencesProvider.Collect().Select(static (r, _) => new ReferenceList(r));
        var external = references.Select(static (r, ct) => ExternalTypes.Read(r.Items, ct));

        var parsed = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, ct) => SchemaParser.Parse(file.Path, file.GetText(ct), ct))
            .WithTrackingName(TrackingNames.Parse);

        // Every Combine below pairs two classes, never a tuple or an ImmutableArray: see PipelineShapes.
        var declared = parsed.CollectEquatable()
            .CombinePair(defaultNamespace)
            .Combine(external)
            .Select(static (input, _) => Declarations.BuildIndex(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Index);

        // Which declared names referenced assemblies already use: looked up again when the references or the names
        // change, and only for the names the schemas declare.
        var assemblyName = context.CompilationProvider.Select(static (c, _) => c.AssemblyName);
        var referenced = declared
            .Select(static (index, _) => Declarations.NamesToLookUp(index))
            .CombinePair(references)
            .Combine(assemblyName)
            .Select(static (input, ct) => ReferencedNames.Find(input.Left.Right.Items, input.Right, input.Left.Left, ct))
            .WithTrackingName(TrackingNames.Referenced);

        var index = declared.Combine(referenced).Select(static (pair, _) => pair.Left with { Referenced = pair.Right });

        var analyzed = parsed.Combine(index)
            .Select(static (pair, ct) => SchemaAnalyzer.Analyze(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Analyze);

        // Source and diagnostics are separate outputs: a diagnostic that moves regenerates no source.
        context.RegisterSourceOutput(analyzed.Select(static (a, _) => a.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(analyzed.Select(static (a, _) => a.Unit).WithTrackingName(TrackingNames.Units), static (spc, unit) => EmitUnit(spc, unit));

        // Published shapes: a schema's lock file beside it guards data already written against breaking changes.
        var locks = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(LockParser.Suffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, ct) => LockParser.Parse(file.Path, file.GetText(ct), ct))
            .WithTrackingName(TrackingNames.Locks);
        var compatibility = parsed.Combine(locks.CollectEquatable())
            .Select(static (pair, _) => Checking.CompatibilityChecker.Check(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Compatibility);
        context.RegisterSourceOutput(compatibility, static (spc, diagnostics) => Report(spc, diagnostics));

        var exports = analyzed.Select(static (a, _) => a.Exports).CollectEquatable().Combine(defaultNamespace).WithTrackingName(TrackingNames.Exports);
        context.RegisterSourceOutput(exports, static (spc, input) => EmitCatalog(spc, input.Left, input.Right));
    }

    private static string ChooseNamespace(string? rootNamespace, string? assemblyName)
    {
        var ns = !string.IsNullOrWhiteSpace(rootNamespace) ? rootNamespace! : assemblyName;
        return string.IsNullOrWhiteSpace(ns) ? "ConflictModel.Generated" : ns!.Replace('-', '_').Replace(' ', '_');
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var args = new object[d.Args.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = d.Args[i];
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ById[d.Id], d.Location?.ToLocation() ?? Location.None, args));
        }
    }

    private static void EmitUnit(SourceProductionContext context, SchemaUnit? unit)
    {
        if (unit is null)
        {
            return;
        }

        AddSource(context, unit.HintName, () => SchemaEmitter.Emit(unit), context.CancellationToken);
    }

    private static void EmitCatalog(SourceProductionContext context, EquatableArray<SchemaExports> exports, string defaultNamespace) =>
        AddSource(context, defaultNamespace + CatalogEmitter.HintSuffix, () => CatalogEmitter.Emit(exports, defaultNamespace), context.CancellationToken);

    // The generator must never throw into the compiler (CS8785): failures become CM9999.
    private static void AddSource(SourceProductionContext context, string hintName, Func<string?> emit, CancellationToken cancellationToken)
    {
        try
        {
            var text = emit();
            cancellationToken.ThrowIfCancellationRequested();
            if (text is not null)
            {
                context.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.None, $"{hintName}: {e.GetType().Name}: {e.Message}"));
        }
    }
}
