using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ConflictModel.Generators;

namespace ConflictModel.Benchmarks.Generator;

/// <summary>
/// The generator as a build without the build server runs it: the SDK's own compiler (csc.dll, ReadyToRun) in a fresh
/// process, the 500 synthetic schemas as additional files, our generator as its only analyzer, and the generator time
/// the compiler itself reports (<c>/reportanalyzer</c>). <c>/refonly</c> keeps the compile after generation short; it
/// does not change what the generator does. Full runs only: the compiler process takes 10–20 s on 2 cores.
/// </summary>
public static partial class CompilerTiming
{
    /// <summary>Generator milliseconds as the compiler reports them, or NaN (with a note) when the SDK's compiler is not found.</summary>
    public static double Run(int schemaCount, TextWriter log)
    {
        var csc = FindCompiler();
        if (csc is null)
        {
            log.WriteLine("# generator in csc: the SDK's csc.dll was not found; generator-cold-500-csc is NaN");
            return double.NaN;
        }

        var folder = Path.Combine(Path.GetTempPath(), "conflictmodel-csc-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            var arguments = new List<string>
            {
                "/noconfig", "/nologo", "/nostdlib+", "/target:library", "/refonly", "/reportanalyzer", "/nullable:enable", "/langversion:12",
                "/out:" + Path.Combine(folder, "Bench.dll"),
                "/analyzer:" + typeof(ConflictModelGenerator).Assembly.Location,
                "/reference:" + typeof(ConflictEvent).Assembly.Location,
                "/reference:" + typeof(NodaTime.Instant).Assembly.Location,
            };
            // The running runtime's own assemblies stand in for reference assemblies: what the generator reads is the same.
            var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            arguments.AddRange(Directory.GetFiles(runtime, "System*.dll").Concat([Path.Combine(runtime, "netstandard.dll"), Path.Combine(runtime, "mscorlib.dll")])
                .Where(IsManaged)
                .Select(f => "/reference:" + f));
            foreach (var schema in SyntheticSchemas.Create(schemaCount))
            {
                var path = Path.Combine(folder, Path.GetFileName(schema.Path));
                File.WriteAllText(path, schema.Json);
                arguments.Add("/additionalfile:" + path);
            }

            var program = Path.Combine(folder, "Program.cs");
            File.WriteAllText(program, "namespace Bench; public static class Program { }");
            arguments.Add(program);
            var rsp = Path.Combine(folder, "csc.rsp");
            File.WriteAllLines(rsp, arguments.Select(a => "\"" + a + "\""));

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(csc);
            start.ArgumentList.Add("@" + rsp);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var wall = clock.Elapsed.TotalSeconds;
            var match = GeneratorTime().Match(output);
            if (!match.Success)
            {
                throw new InvalidOperationException($"csc ({process.ExitCode}) reported no generator time: {output}{error.Result}");
            }

            var milliseconds = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 1000;
            log.WriteLine($"# generator in csc: {schemaCount} schemas, generator {milliseconds:F0} ms as csc reports it (fresh process, no build server; the whole csc run {wall:F1} s with /refonly; exit code {process.ExitCode})");
            return milliseconds;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>csc.dll of the newest SDK <c>dotnet --list-sdks</c> names.</summary>
    private static string? FindCompiler()
    {
        try
        {
            var start = new ProcessStartInfo("dotnet", "--list-sdks") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            process.WaitForExit();
            // Each line: "10.0.401 [/usr/share/dotnet/sdk]".
            return lines
                .Select(l => SdkLine().Match(l))
                .Where(m => m.Success)
                .Select(m => Path.Combine(m.Groups[2].Value, m.Groups[1].Value, "Roslyn", "bincore", "csc.dll"))
                .LastOrDefault(File.Exists);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"Total generator execution time: ([0-9.]+) seconds")]
    private static partial Regex GeneratorTime();

    [GeneratedRegex(@"^(\S+) \[(.+)\]\s*$")]
    private static partial Regex SdkLine();
}
