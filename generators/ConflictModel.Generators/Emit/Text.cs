using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace ConflictModel.Generators.Emit;

/// <summary>Escaping for what emitters write: XML doc text and C# string literals, culture-invariant.</summary>
internal static class Text
{
    [MethodImpl(Hot.Optimized)]
    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A C# regular string literal, quotes included.</summary>
    [MethodImpl(Hot.Optimized)]
    public static string Literal(string value)
    {
        // Most literals are names and wire values with nothing to escape: one string, no builder.
        var first = FirstToEscape(value);
        if (first < 0)
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 8);
        builder.Append('"').Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (!IsEscaped(c))
            {
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        return builder.Append('"').ToString();
    }

    // What a regular literal cannot hold as it is: quotes, backslashes, control characters and what C# takes as a line end.
    private static bool IsEscaped(char c) => c is '"' or '\\' or < ' ' or '\u2028' or '\u2029' or '\u0085';

    private static int FirstToEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (IsEscaped(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
