using System;

namespace ConflictModel.Cli;

/// <summary>
/// A mistake in how the tool was called that the parser cannot see: a file that does not exist, a format that cannot
/// be inferred. <see cref="CliApplication"/> prints its message as <c>conflictmodel: message</c> and exits with 2.
/// </summary>
internal sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for the user.</param>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception (for serializers and analyzers; prefer the message constructor).</summary>
    public UsageException()
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">What is wrong, for the user.</param>
    /// <param name="innerException">The cause.</param>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The error for a path that names no file.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The exception.</returns>
    public static UsageException FileNotFound(string path) => new("file not found: " + path);
}
