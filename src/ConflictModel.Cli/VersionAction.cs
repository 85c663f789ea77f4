using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ConflictModel.Cli;

/// <summary>
/// Prints the tool's informational version for <c>--version</c>. It replaces System.CommandLine's own action, which
/// reports the entry assembly's version (that of a test host, when the CLI runs in process).
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The version of this tool, e.g. <c>1.0.0+4addedc</c>.</summary>
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        System.ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
