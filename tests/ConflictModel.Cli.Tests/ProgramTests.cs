using System.Diagnostics;
using System.Reflection;
using ConflictModel.Cli.Tests.Support;

namespace ConflictModel.Cli.Tests;

public sealed class ProgramTests
{
    private static readonly string Version =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public async Task Version_prints_the_informational_version_of_the_tool()
    {
        var result = await Tool.RunAsync("--version");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Version, result.Out.Trim());
    }

    [Fact]
    public async Task Help_lists_the_verbs_under_the_tool_s_name()
    {
        var result = await Tool.RunAsync("--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("conflictmodel [command] [options]", result.Out);
        foreach (var verb in new[] { "validate", "convert", "schema", "summarize" })
        {
            Assert.Contains("  " + verb + " ", result.Out);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("parade")]
    [InlineData("--bogus")]
    [InlineData("schema", "strike", "--bogus")]
    [InlineData("convert", "a.jsonl")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var result = await Tool.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("conflictmodel: ", result.Err);
        Assert.Contains("--help", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task The_built_tool_starts_as_a_process()
    {
        var (exitCode, stdout, stderr) = await RunProcessAsync("--version");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(Version, stdout.Trim());
    }

    [Fact]
    public async Task The_built_tool_reports_a_missing_file_without_a_stack_trace()
    {
        var (exitCode, stdout, stderr) = await RunProcessAsync("validate", "/no/such/file.jsonl");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("conflictmodel: file not found: /no/such/file.jsonl", stderr.Trim());
    }

    /// <summary>Runs <c>dotnet ConflictModel.Cli.dll args</c> and waits for it.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(params string[] args)
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
        await process.WaitForExitAsync(timeout.Token);
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

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
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
