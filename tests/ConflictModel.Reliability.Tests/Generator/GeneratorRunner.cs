using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using ConflictModel.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Reliability.Tests.Generator;

/// <summary>Runs the schema generator in memory over schema files, against .NET 8 reference assemblies and the runtime library.</summary>
internal static class GeneratorRunner
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly MetadataReference[] References =
    [
        .. Net80.References.All,
        MetadataReference.CreateFromFile(typeof(ConflictEvent).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
    ];

    /// <summary>An empty consumer compilation, shared (compilations are immutable).</summary>
    public static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "Consumer",
        [],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public sealed record Run(
        GeneratorDriverRunResult Result,
        ImmutableArray<Diagnostic> DriverDiagnostics,
        Compilation Output)
    {
        public GeneratorRunResult Single => Result.Results.Single();

        public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

        public IReadOnlyDictionary<string, string> Sources =>
            Single.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        public ImmutableArray<Diagnostic> CompileErrors() =>
            [.. Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    public static Run RunOnce(IEnumerable<(string Path, string Text)> files, CancellationToken cancellationToken = default)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new ConflictModelGenerator().AsSourceGenerator()],
            files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)),
            ParseOptions,
            new OptionsProvider("Consumer"));
        var ran = driver.RunGeneratorsAndUpdateCompilation(Empty, out var output, out var diagnostics, cancellationToken);
        return new Run(ran.GetRunResult(), diagnostics, output);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class OptionsProvider(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(null);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(rootNamespace);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
    }

    private sealed class Options(string? rootNamespace) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            value = rootNamespace ?? string.Empty;
            return key == "build_property.RootNamespace" && rootNamespace is not null;
        }
    }
}
