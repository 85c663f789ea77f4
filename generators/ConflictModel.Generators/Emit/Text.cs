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
        AppendEscaped(builder, value, first);
        return builder.ToString();
    }

    /// <summary>
    /// A value for a <see cref="CodeLine"/> to write as a C# string literal straight into the writer, with no string of
    /// its own: a schema fragment or a doc text is written once instead of three times (escaped copy, its builder, the line).
    /// </summary>
    public static QuotedText Quote(string value) => new(value);

    /// <summary>Appends <paramref name="value"/> as a C# regular string literal, quotes included.</summary>
    [MethodImpl(Hot.Optimized)]
    public static void AppendLiteral(StringBuilder builder, string value)
    {
        var first = FirstToEscape(value);
        if (first < 0)
        {
            builder.Append('"').Append(value).Append('"');
            return;
        }

        AppendEscaped(builder, value, first);
    }

    [MethodImpl(Hot.Optimized)]
    private static void AppendEscaped(StringBuilder builder, string value, int first)
    {
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

        builder.Append('"');
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
