using System.CommandLine;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// Creates positional arguments that take paths or names. System.CommandLine passes an unknown option such as
/// <c>--bogus</c> to such an argument as a value; these arguments reject it as the usage error it is.
/// </summary>
internal static class PathArgument
{
    /// <summary>Creates the argument.</summary>
    /// <typeparam name="T">The value: <see cref="string"/>, a nullable one, or an array of them.</typeparam>
    /// <param name="name">The argument's name.</param>
    /// <param name="description">The argument's description.</param>
    /// <param name="arity">How many values it takes.</param>
    /// <returns>The argument.</returns>
    public static Argument<T> Create<T>(string name, string description, ArgumentArity arity)
    {
        var argument = new Argument<T>(name) { Description = description, Arity = arity };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}' (a path that starts with '-' can be given as ./{token.Value}).");
                }
            }
        });
        return argument;
    }
}
