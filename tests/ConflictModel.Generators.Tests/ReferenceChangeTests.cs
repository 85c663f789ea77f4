using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConflictModel.Generators.Tests;

/// <summary>
/// What the generator reads from referenced assemblies (their schema types, their type and namespace names) is reused
/// between compilations with the same references, and read again when the references change.
/// </summary>
public class ReferenceChangeTests
{
    private const string UsesShelter = """{"event":"Visit","type":"visit","fields":{"place":{"type":"Shelter"}}}""";

    // A library whose schemas declared a record Shelter in namespace Lib, as the generator marks it.
    private static PortableExecutableReference Library()
    {
        var library = CSharpCompilation.Create(
            "Lib",
            [CSharpSyntaxTree.ParseText("""
                [assembly: global::ConflictModel.SchemaType("Shelter", "Lib.Shelter", false)]
                namespace Lib { public sealed partial record Shelter { } }
                """, GeneratorHarness.ParseOptions)],
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join("; ", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static string[] Ids(GeneratorDriver driver) =>
        [.. driver.GetRunResult().Diagnostics.Select(d => d.Id).Order()];

    [Fact]
    public void A_schema_type_from_a_reference_added_later_is_found_and_lost_when_it_is_removed()
    {
        var compilation = GeneratorHarness.Compilation("namespace Consumer; public class Program { }");
        var driver = GeneratorHarness.Driver([new TestAdditionalText("/s/visit.event.json", UsesShelter)]).RunGenerators(compilation);
        Assert.Contains("CM0003", Ids(driver));

        // An edit with the same references, then the library added: Shelter resolves.
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class A { }", GeneratorHarness.ParseOptions)));
        Assert.Contains("CM0003", Ids(driver));
        var library = Library();
        var withLibrary = compilation.AddReferences(library);
        driver = driver.RunGenerators(withLibrary);
        Assert.DoesNotContain("CM0003", Ids(driver));
        Assert.Contains("global::Lib.Shelter", string.Concat(driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString())));

        // And removed again: unknown again.
        driver = driver.RunGenerators(withLibrary.RemoveReferences(library));
        Assert.Contains("CM0003", Ids(driver));
    }

    [Fact]
    public void A_name_a_reference_added_later_takes_is_reported_then()
    {
        const string DeclaresShelter = """{"namespace":"Lib","records":{"Shelter":{"fields":{"beds":{"type":"int"}}}}}""";
        var compilation = GeneratorHarness.Compilation("namespace Consumer; public class Program { }");
        var driver = GeneratorHarness.Driver([new TestAdditionalText("/s/shelter.event.json", DeclaresShelter)]).RunGenerators(compilation);
        Assert.DoesNotContain("CM0027", Ids(driver));

        driver = driver.RunGenerators(compilation.AddReferences(Library()));
        Assert.Contains("CM0027", Ids(driver));
    }
}
