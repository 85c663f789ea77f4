using Microsoft.CodeAnalysis.CSharp;

namespace ConflictModel.Generators.Naming;

/// <summary>Turns wire names into C# names and checks them.</summary>
internal static class Names
{
    /// <summary>
    /// kebab-case, snake_case and camelCase become PascalCase: <c>munitions</c> → <c>Munitions</c>,
    /// <c>cruise-missile</c> → <c>CruiseMissile</c>, <c>renamedFrom</c> → <c>RenamedFrom</c>.
    /// </summary>
    public static string ToPascalCase(string wireName)
    {
        // Called for every name of every schema in several stages: one array and one string, no builder.
        var chars = new char[wireName.Length];
        var length = 0;
        var upperNext = true;
        foreach (var c in wireName)
        {
            if (c is '-' or '_' or ' ' or '.' or '/')
            {
                upperNext = true;
                continue;
            }

            chars[length++] = upperNext ? char.ToUpperInvariant(c) : c;
            upperNext = false;
        }

        return new string(chars, 0, length);
    }

    /// <summary>True when <paramref name="name"/> is a usable C# identifier: valid and not a keyword.</summary>
    public static bool IsValidIdentifier(string name) =>
        name.Length > 0
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>Event wire types: lower-case words of letters and digits joined by '-', '_' or '.'.</summary>
    public static bool IsValidWireType(string wireType)
    {
        if (wireType.Length == 0 || wireType[0] is < 'a' or > 'z')
        {
            return false;
        }

        var previousSeparator = false;
        foreach (var c in wireType)
        {
            var separator = c is '-' or '_' or '.';
            if (separator ? previousSeparator : c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }

            previousSeparator = separator;
        }

        return !previousSeparator;
    }
}
