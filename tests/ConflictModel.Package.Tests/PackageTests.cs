using System.Xml.Linq;

namespace ConflictModel.Package.Tests;

[Collection(PackageTestGroup.Name)]
public class PackageTests(PackageFixture package)
{
    [Fact]
    public void The_package_holds_the_library_its_docs_the_generator_and_the_props()
    {
        using var zip = package.OpenPackage();
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/net8.0/ConflictModel.dll", entries);
        Assert.Contains("lib/net8.0/ConflictModel.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/ConflictModel.Generators.dll", entries);
        Assert.Contains("buildTransitive/ConflictModel.props", entries);
        Assert.Contains("build/ConflictModel.props", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && e.Contains("CodeAnalysis", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.ChangeExtension(package.Package, ".snupkg")));
    }

    [Fact]
    public void The_nuspec_declares_dependencies_licence_readme_and_repository()
    {
        using var zip = package.OpenPackage();
        using var stream = zip.GetEntry("ConflictModel.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        var dependencies = metadata.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToList();
        Assert.Contains("NodaTime", dependencies);
        Assert.Contains("System.Text.Json", dependencies);
        Assert.Equal("Apache-2.0", (string?)metadata.Element(ns + "license"));
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        Assert.Equal("git", (string?)metadata.Element(ns + "repository")?.Attribute("type"));
        Assert.Equal(package.Version, (string?)metadata.Element(ns + "version"));
    }

    [Fact]
    public void A_new_console_project_mixes_its_own_kind_with_built_in_kinds_in_polymorphic_json()
    {
        var folder = ConsumerSources.Write(package.NewConsumer("console"), package.Version, aot: false);

        var run = DotNet.Run(folder, "run", "-c", "Release", "-nodeReuse:false").ShouldSucceed();

        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var expected in ConsumerSources.ExpectedOutput)
        {
            Assert.Contains(expected, lines);
        }
    }

    [Fact]
    public void A_native_aot_consumer_publishes_without_trim_or_aot_warnings_and_round_trips()
    {
        var folder = ConsumerSources.Write(package.NewConsumer("aot"), package.Version, aot: true);

        var publish = DotNet.Run(folder, "publish", "-c", "Release", "-r", "linux-x64", "-o", "out", "-nodeReuse:false").ShouldSucceed();

        Assert.DoesNotContain("warning IL", publish.Output);
        Assert.DoesNotContain("AOT analysis warning", publish.Output);
        Assert.DoesNotContain("Trim analysis warning", publish.Output);
        var native = Path.Combine(folder, "out", "Field.Reports");
        Assert.True(File.Exists(native), publish.Output);
        var run = DotNet.Exec(native, folder).ShouldSucceed();
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var expected in ConsumerSources.ExpectedOutput)
        {
            Assert.Contains(expected, lines);
        }
    }

    [Fact]
    public void A_schema_mistake_is_a_build_error_at_its_line_and_the_opt_out_property_turns_schemas_off()
    {
        var folder = ConsumerSources.Write(package.NewConsumer("mistake"), package.Version, aot: false);
        File.WriteAllText(Path.Combine(folder, "Schemas", "roadblock.event.json"), ConsumerSources.Schema.Replace("\"type\": \"int\"", "\"type\": \"integer\""));

        var broken = DotNet.Run(folder, "build", "-nodeReuse:false");
        var optedOut = DotNet.Run(folder, "build", "-nodeReuse:false", "-p:ConflictModelIncludeSchemas=false");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(@"roadblock\.event\.json\(8,27\): error CM0003: Unknown type 'integer' for field 'lanes'", broken.Output);
        Assert.NotEqual(0, optedOut.ExitCode);
        Assert.DoesNotContain("CM0003", optedOut.Output);
        Assert.Contains("error CS0246", optedOut.Output); // nothing generated: the program's own types are missing
    }
}
