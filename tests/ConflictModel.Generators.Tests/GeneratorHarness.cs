using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Generators.Tests;

/// <summary>Runs the generator over in-memory schemas and C# against .NET 8 reference assemblies and the runtime library.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static IEnumerable<MetadataReference> References { get; } =
    [
        .. Net80.References.All,
        MetadataReference.CreateFromFile(typeof(ConflictEvent).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
    ];

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> schemas, string? rootNamespace = "Consumer") =>
        CSharpGeneratorDriver.Create(
            [new ConflictModelGenerator().AsSourceGenerator()],
            schemas,
            ParseOptions,
            new OptionsProvider(rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs once and returns the result, the output compilation and its diagnostics.</summary>
    public static Run RunOnce(params (string Path, string Json)[] schemas)
    {
        var driver = Driver(schemas.Select(s => (AdditionalText)new TestAdditionalText(s.Path, s.Json)));
        driver = driver.RunGeneratorsAndUpdateCompilation(Compilation(), out var output, out _);
        return new Run(driver.GetRunResult(), output);
    }

    internal sealed record Run(GeneratorDriverRunResult Result, Compilation Output)
    {
        public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

        public ImmutableArray<Diagnostic> CompileErrors =>
            Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

        public string Source(string hintName) =>
            Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

        public IEnumerable<string> HintNames => Result.Results.Single().GeneratedSources.Select(s => s.HintName);
    }

    private sealed class OptionsProvider(string? rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(rootNamespace);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options(string? rootNamespace) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(null);

        public override bool TryGetValue(string key, out string value)
        {
            value = rootNamespace ?? string.Empty;
            return key == "build_property.RootNamespace" && rootNamespace is not null;
        }
    }
}

/// <summary>An in-memory <c>*.event.json</c> file.</summary>
internal sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
}
