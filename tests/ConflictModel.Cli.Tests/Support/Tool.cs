using System.Text;

namespace ConflictModel.Cli.Tests.Support;

/// <summary>What one in-process run of the CLI did.</summary>
public sealed record CliResult(int ExitCode, string Out, string Err)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>Runs the CLI in process through <c>Program.RunAsync</c>.</summary>
public static class Tool
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Program.RunAsync(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public static async Task<CliResult> RunWithInputAsync(string stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Program.RunAsync(args, input, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
