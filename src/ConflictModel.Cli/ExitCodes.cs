namespace ConflictModel.Cli;

/// <summary>The exit codes of <c>conflictmodel</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and is valid.</summary>
    public const int Success = 0;

    /// <summary>Some data is invalid or could not be read (and was reported), or the run failed unexpectedly.</summary>
    public const int Problems = 1;

    /// <summary>The command line is wrong, a file does not exist, or input or output failed.</summary>
    public const int Usage = 2;

    /// <summary>The run was cancelled (Ctrl+C), as shells report a SIGINT.</summary>
    public const int Cancelled = 130;
}
