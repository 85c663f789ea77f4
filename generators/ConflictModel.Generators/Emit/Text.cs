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
        if (!NeedsEscape(value))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(string value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\\' or < ' ' or '\u2028' or '\u2029' or '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
