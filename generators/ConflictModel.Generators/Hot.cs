using System.Runtime.CompilerServices;

namespace ConflictModel.Generators;

/// <summary>
/// For the small methods every schema runs thousands of times (writing lines, escaping literals, reading JSON):
/// compiled optimized at once instead of starting in the JIT's unoptimized tier, which a cold compiler process (a build
/// without the build server) otherwise runs most of a 500-schema generation in. Not on the emitters themselves: since
/// their lines are interpolated straight into the writer (<see cref="Emit.CodeLine"/>) they are large, and compiling them
/// optimized up front cost a cold run more than their optimized code saved. Measured on the parser, checker and
/// resolvers too, where it bought nothing.
/// </summary>
internal static class Hot
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; runtimes that do not know it ignore it.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
