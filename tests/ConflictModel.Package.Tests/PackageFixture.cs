using System.Globalization;
using System.IO.Compression;

namespace ConflictModel.Package.Tests;

/// <summary>
/// Packs the library once, under a version no other run uses (so the NuGet cache can never serve a stale copy), into
/// a local feed that consumer projects restore from beside the normal source.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = FindRoot();
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        Work = Directory.CreateTempSubdirectory("conflictmodel-package-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Work, "feed")).FullName;
        DotNet.Run(Root, "pack", Path.Combine(Root, "src", "ConflictModel", "ConflictModel.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false").ShouldSucceed();
        Package = Path.Combine(Feed, $"ConflictModel.{Version}.nupkg");
    }

    public string Root { get; }

    public string Version { get; }

    public string Work { get; }

    public string Feed { get; }

    public string Package { get; }

    /// <summary>Creates an empty consumer folder whose nuget.config lists the local feed and nuget.org.</summary>
    public string NewConsumer(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Work, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        return folder;
    }

    public ZipArchive OpenPackage() => ZipFile.OpenRead(Package);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
            var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "conflictmodel", Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConflictModel.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageTestGroup : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
