using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Tests;

/// <summary>Compiles schemas with the generator into a real assembly and loads it, sharing the runtime library.</summary>
internal static class CompiledSchemas
{
    public static Assembly Load(string assemblyName, params (string Path, string Json)[] schemas)
    {
        var driver = GeneratorHarness.Driver(schemas.Select(s => (AdditionalText)new TestAdditionalText(s.Path, s.Json)), assemblyName);
        var compilation = GeneratorHarness.Compilation().WithAssemblyName(assemblyName);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;

        // A context of its own, so two versions of one schema can live side by side; ConflictModel itself is shared.
        return new AssemblyLoadContext(assemblyName, isCollectible: true).LoadFromStream(image);
    }

    /// <summary>The kinds an assembly declares, from its generated <c>EventKinds.All</c>.</summary>
    public static IReadOnlyList<EventKind> Kinds(Assembly assembly, string rootNamespace) =>
        (IReadOnlyList<EventKind>)assembly.GetType(rootNamespace + ".EventKinds")!.GetProperty("All")!.GetValue(null)!;

    /// <summary>Reads one event with a kind's own handler, as code compiled against that kind would.</summary>
    public static ConflictEvent Read(EventKind kind, string json)
    {
        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return kind.Json!.Read(ref reader);
    }

    /// <summary>Writes one event with a kind's own handler.</summary>
    public static string Write(EventKind kind, ConflictEvent value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            kind.Json!.Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A property of an event of a compiled kind, by its C# name (the type is not known at compile time).</summary>
    public static object? Get(ConflictEvent value, string property) => value.GetType().GetProperty(property)!.GetValue(value);
}
