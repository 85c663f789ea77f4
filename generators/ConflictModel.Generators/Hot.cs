using System.Runtime.CompilerServices;

namespace ConflictModel.Generators;

/// <summary>
/// For the emitters and the small methods every schema runs thousands of times (writing lines, escaping literals,
/// reading JSON): compiled optimized at once instead of starting in the JIT's unoptimized tier, which a cold compiler
/// process (a build without the build server) otherwise runs most of a 500-schema generation in. Measured on the
/// parser, checker and resolvers too, where it bought nothing, so they are left to tiered compilation.
/// </summary>
internal static class Hot
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; runtimes that do not know it ignore it.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
