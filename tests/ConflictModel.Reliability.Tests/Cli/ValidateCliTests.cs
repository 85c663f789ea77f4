using System.Diagnostics;
using ConflictModel.Reliability.Tests.Corpus;
using ConflictModel.Reliability.Tests.Support;

namespace ConflictModel.Reliability.Tests.Cli;

/// <summary>
/// <c>conflictmodel validate</c> over the seed file with damaged lines among its events, run as the built tool in its
/// own process: exit code 1, one message per damaged line naming its file, line and path, no stack trace, in seconds.
/// </summary>
public sealed class ValidateCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("conflictmodel-reliability-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_reports_each_damaged_line_once_without_a_stack_trace()
    {
        var lines = JsonLinesCorpus.Lines();
        var path = Path.Combine(_folder, "damaged.jsonl");
        await File.WriteAllBytesAsync(path, JsonLinesCorpus.File(lines));

        var clock = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = await RunAsync("validate", path);
        clock.Stop();

        var context = $"exit {exitCode}\n--- stdout\n{stdout}\n--- stderr\n{stderr}";
        Assert.True(exitCode == 1, context);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"validate took {clock.Elapsed}");

        var messages = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var bad = lines.Select((l, i) => (Line: l, Number: i + 1)).Where(x => x.Line.Expected is Fails or Reads { Unknown: true }).ToList();
        Assert.True(bad.Count == messages.Count, context);
        foreach (var ((line, number), message) in bad.Zip(messages))
        {
            var expectedPath = line.Expected switch
            {
                Fails fails => fails.Path,
                _ => "$.type",
            };
            Assert.StartsWith($"{path}:{number}: {expectedPath}: ", message, StringComparison.Ordinal);
        }

        var events = lines.Count(l => l.Expected is not null);
        Assert.Contains($"checked {events} events in 1 file: {bad.Count} invalid", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_accepts_the_seed_file()
    {
        var (exitCode, stdout, stderr) = await RunAsync("validate", Repo.SeedPath);

        Assert.True(exitCode == 0, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("checked 41 events in 1 file: 0 invalid", stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>dotnet ConflictModel.Cli.dll args</c> and waits for it (a minute at most).</summary>
    internal static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolAssembly());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The tool's assembly with its runtimeconfig: beside the tests, or in the tool's own output folder.</summary>
    private static string ToolAssembly()
    {
        const string name = "ConflictModel.Cli";
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".runtimeconfig.json")))
        {
            return Path.Combine(AppContext.BaseDirectory, name + ".dll");
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
        var path = Path.Combine(Repo.Root, "src", name, "bin", configuration, "net8.0", name + ".dll");
        Assert.True(File.Exists(path), "the tool is not built: " + path);
        return path;
    }

    /// <summary>The dotnet host running the tests (set by the SDK), or the one on the PATH.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
