using System.Diagnostics;
using System.Reflection;

namespace ConflictModel.Benchmarks;

/// <summary>Starts this program again as a child process, for a measurement that needs a fresh process of its own.</summary>
public static class ChildProcess
{
    /// <summary>A start for this program with <paramref name="arguments"/>, its output redirected.</summary>
    public static ProcessStartInfo Of(params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var self = Environment.ProcessPath!;
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // Started as `dotnet X.dll`: the child is started the same way.
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs this program with <paramref name="arguments"/> and waits for it to end.</summary>
    /// <returns>Its exit code and its standard output, trimmed.</returns>
    public static (int ExitCode, string Output) Run(params string[] arguments) => Run(Of(arguments));

    /// <summary>Runs the child <paramref name="start"/> describes (made by <see cref="Of"/>) and waits for it to end.</summary>
    /// <returns>Its exit code and its standard output, trimmed.</returns>
    public static (int ExitCode, string Output) Run(ProcessStartInfo start)
    {
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        return (child.ExitCode, output);
    }
}
