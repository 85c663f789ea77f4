using Microsoft.CodeAnalysis;

namespace ConflictModel.Reliability.Tests.Generator;

/// <summary>The generator did something it must never do with a schema, however broken.</summary>
public sealed class GeneratorMisbehavedException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>When the output did not compile: the compiler's errors.</summary>
    public IReadOnlyList<Diagnostic> CompileErrors { get; init; } = [];

    /// <summary>When the output did not compile: the generated sources.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
}

/// <summary>What the generator must do with any schema file beside the guard schema.</summary>
internal static class GeneratorProperties
{
    private const string CatalogHint = "Consumer.EventKinds.g.cs";

    /// <summary>What the runs gave, for the campaign report: diagnostic ids, clean runs, compiled outputs.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> Stats = new(StringComparer.Ordinal);

    private static void Count(string key) => Stats.AddOrUpdate(key, 1, (_, n) => n + 1);

    /// <summary>What the guard schema generates on its own: every run must generate exactly this beside anything else.</summary>
    public static readonly Lazy<IReadOnlyDictionary<string, string>> GuardSources = new(() =>
    {
        var run = GeneratorRunner.RunOnce([(SchemaSamples.GuardPath, SchemaSamples.Guard)]);
        if (run.GeneratorDiagnostics.Length > 0 || run.CompileErrors().Length > 0)
        {
            throw new InvalidOperationException("the guard schema is not clean: " + string.Join("; ", run.GeneratorDiagnostics.Concat(run.CompileErrors())));
        }

        return run.Sources.Where(s => s.Key != CatalogHint).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
    });

    /// <summary>
    /// No exception reaches the compiler (no <c>GeneratorRunResult.Exception</c>, no CS8785), only CM diagnostics and
    /// none of them CM9999 (an internal failure), none about the guard schema, and the guard still generates its exact
    /// code. When asked and the generator reports no error, the output compiles.
    /// </summary>
    public static void Check(SchemaGen.SchemaInput input)
    {
        var files = input.Beside.Append((input.Path, input.Text)).Append((SchemaSamples.GuardPath, SchemaSamples.Guard)).ToArray();
        var run = GeneratorRunner.RunOnce(files);
        if (run.Single.Exception is { } exception)
        {
            throw new GeneratorMisbehavedException("the generator threw: " + exception, exception);
        }

        if (run.DriverDiagnostics.FirstOrDefault(d => !d.Id.StartsWith("CM", StringComparison.Ordinal)) is { } driver)
        {
            throw new GeneratorMisbehavedException("the driver reported " + driver);
        }

        if (run.GeneratorDiagnostics.FirstOrDefault(d => !d.Id.StartsWith("CM", StringComparison.Ordinal) || d.Id == "CM9999") is { } odd)
        {
            throw new GeneratorMisbehavedException($"the generator reported {odd.Id}: {odd.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        if (run.GeneratorDiagnostics.FirstOrDefault(d => d.Location.GetLineSpan().Path == SchemaSamples.GuardPath) is { } aboutGuard)
        {
            throw new GeneratorMisbehavedException("a diagnostic about the guard schema: " + aboutGuard);
        }

        foreach (var id in run.GeneratorDiagnostics.Select(d => d.Id).Distinct())
        {
            Count(id);
        }

        Count(run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? "runs with errors" : "runs without errors");
        var sources = run.Sources;
        if (sources.Count > GuardSources.Value.Count + 1)
        {
            Count("runs generating code for the damaged schema");
        }

        foreach (var (hint, text) in GuardSources.Value)
        {
            if (!sources.TryGetValue(hint, out var generated))
            {
                throw new GeneratorMisbehavedException($"the guard schema did not generate {hint}; generated: {string.Join(", ", sources.Keys)}");
            }

            if (generated != text)
            {
                throw new GeneratorMisbehavedException($"the guard schema generated other code for {hint} beside the damaged schema");
            }
        }

        if (!sources.ContainsKey(CatalogHint))
        {
            throw new GeneratorMisbehavedException("no catalog was generated");
        }

        if (input.Compile && !run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            Count("outputs compiled");
            var errors = run.CompileErrors();
            if (errors.Length > 0)
            {
                throw new GeneratorMisbehavedException($"the generator reported no error, but its output does not compile: {string.Join("\n", errors.Take(12))}") { CompileErrors = errors, Sources = sources };
            }
        }
    }
}
