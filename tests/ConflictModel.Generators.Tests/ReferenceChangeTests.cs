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
    private const string LibrarySource = """
        [assembly: global::ConflictModel.SchemaType("Shelter", "Lib.Shelter", false)]
        namespace Lib { public sealed partial record Shelter { } }
        """;

    private static CSharpCompilation LibraryCompilation(string source = LibrarySource) =>
        CSharpCompilation.Create(
            "Lib",
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)],
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static PortableExecutableReference Library(string source = LibrarySource)
    {
        var library = LibraryCompilation(source);
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

    [Fact]
    public void A_referenced_project_handed_over_as_a_compilation_gives_its_schema_types_and_names()
    {
        // The IDE may pass a project reference as the project's compilation rather than as metadata.
        var project = LibraryCompilation().ToMetadataReference();
        var uses = GeneratorHarness.Driver([new TestAdditionalText("/s/visit.event.json", UsesShelter)])
            .RunGenerators(GeneratorHarness.Compilation("namespace Consumer; public class Program { }").AddReferences(project));
        Assert.DoesNotContain("CM0003", Ids(uses));

        const string DeclaresShelter = """{"namespace":"Lib","records":{"Shelter":{"fields":{"beds":{"type":"int"}}}}}""";
        var declares = GeneratorHarness.Driver([new TestAdditionalText("/s/shelter.event.json", DeclaresShelter)])
            .RunGenerators(GeneratorHarness.Compilation("namespace Consumer; public class Program { }").AddReferences(project));
        Assert.Contains("CM0027", Ids(declares));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]", true)]
    [InlineData("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Someone.Else\")]", false)]
    public void An_internal_type_of_a_reference_takes_its_name_only_where_the_reference_gives_access(string attribute, bool taken)
    {
        const string DeclaresShelter = """{"namespace":"Lib","records":{"Shelter":{"fields":{"beds":{"type":"int"}}}}}""";
        var library = Library(attribute + "\nnamespace Lib { internal sealed class Shelter { } public sealed class Open { } }");
        var driver = GeneratorHarness.Driver([new TestAdditionalText("/s/shelter.event.json", DeclaresShelter)])
            .RunGenerators(GeneratorHarness.Compilation("namespace Consumer; public class Program { }").AddReferences(library));

        // The namespace Lib is the library's either way: a type name is what access decides.
        var messages = driver.GetRunResult().Diagnostics.Where(d => d.Id == "CM0027").Select(d => d.GetMessage()).ToList();
        Assert.Equal(taken, messages.Any(m => m.Contains("'Lib.Shelter'")));
    }

    [Fact]
    public void A_reference_under_an_extern_alias_neither_gives_schema_types_nor_takes_names()
    {
        var aliased = Library().WithAliases(["other"]);
        var driver = GeneratorHarness.Driver([new TestAdditionalText("/s/visit.event.json", UsesShelter)])
            .RunGenerators(GeneratorHarness.Compilation("namespace Consumer; public class Program { }").AddReferences(aliased));
        Assert.Contains("CM0003", Ids(driver));
    }
}
