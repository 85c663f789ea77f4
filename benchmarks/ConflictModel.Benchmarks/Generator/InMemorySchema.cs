using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Benchmarks.Generator;

/// <summary>An in-memory <c>*.event.json</c> file, as the generator tests feed them.</summary>
public sealed class InMemorySchema(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>The one MSBuild property the generator reads: the project's RootNamespace.</summary>
public sealed class RootNamespaceOptions(string rootNamespace) : AnalyzerConfigOptionsProvider
{
    private readonly Options _global = new(rootNamespace);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

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
