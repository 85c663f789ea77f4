using System.Globalization;
using System.Text;
using CsCheck;

namespace ConflictModel.Reliability.Tests.Properties;

/// <summary>A JSON value as the generators build it, before it is written out.</summary>
internal abstract record JNode;

internal sealed record JObject(List<(string Name, JNode Value)> Properties) : JNode;

internal sealed record JArray(List<JNode> Items) : JNode;

internal sealed record JString(string Value) : JNode;

/// <summary>A number, true, false or null, written as is.</summary>
internal sealed record JRaw(string Text) : JNode;

/// <summary>
/// A value written one way in the input and read back another way: shorthand, defaults, lower-case codes, omitted
/// properties. A null side means the property is absent on that side.
/// </summary>
internal sealed record JAlt(JNode? Input, JNode? Expected) : JNode;

/// <summary>Writes <see cref="JNode"/> trees: the canonical form the reader should give back, or a randomly formatted input.</summary>
internal static class JsonRender
{
    /// <summary>The expected JSON: compact, plain escapes, alternatives on their expected side.</summary>
    public static string Expected(JNode node)
    {
        var builder = new StringBuilder();
        WriteExpected(builder, node);
        return builder.ToString();
    }

    /// <summary>
    /// The input JSON: properties shuffled, random whitespace (line breaks only when <paramref name="multiLine"/>),
    /// strings and property names with random escapes, alternatives on their input side.
    /// </summary>
    public static string Input(JNode node, PCG pcg, bool multiLine)
    {
        var builder = new StringBuilder();
        var style = new Style(pcg, multiLine, pcg.Next(4) == 0, pcg.Next(3) == 0);
        WriteInput(builder, node, style);
        return builder.ToString();
    }

    private sealed record Style(PCG Pcg, bool MultiLine, bool Spacious, bool Escapy);

    private static void WriteExpected(StringBuilder b, JNode node)
    {
        switch (node)
        {
            case JAlt alt:
                WriteExpected(b, alt.Expected ?? throw new InvalidOperationException("an omitted value outside an object"));
                break;
            case JObject o:
                b.Append('{');
                var first = true;
                foreach (var (name, value) in o.Properties)
                {
                    if (value is JAlt { Expected: null })
                    {
                        continue;
                    }

                    if (!first)
                    {
                        b.Append(',');
                    }

                    first = false;
                    PlainString(b, name);
                    b.Append(':');
                    WriteExpected(b, value);
                }

                b.Append('}');
                break;
            case JArray a:
                b.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(',');
                    }

                    WriteExpected(b, a.Items[i]);
                }

                b.Append(']');
                break;
            case JString s:
                PlainString(b, s.Value);
                break;
            case JRaw r:
                b.Append(r.Text);
                break;
        }
    }

    private static void WriteInput(StringBuilder b, JNode node, Style style)
    {
        switch (node)
        {
            case JAlt alt:
                WriteInput(b, alt.Input ?? throw new InvalidOperationException("an omitted value outside an object"), style);
                break;
            case JObject o:
                var properties = o.Properties.Where(p => p.Value is not JAlt { Input: null }).ToList();
                Shuffle(properties, style.Pcg);
                b.Append('{');
                for (var i = 0; i < properties.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(',');
                    }

                    Space(b, style);
                    RandomString(b, properties[i].Name, style);
                    Space(b, style);
                    b.Append(':');
                    Space(b, style);
                    WriteInput(b, properties[i].Value, style);
                    Space(b, style);
                }

                b.Append('}');
                break;
            case JArray a:
                b.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(',');
                    }

                    Space(b, style);
                    WriteInput(b, a.Items[i], style);
                    Space(b, style);
                }

                b.Append(']');
                break;
            case JString s:
                RandomString(b, s.Value, style);
                break;
            case JRaw r:
                b.Append(r.Text);
                break;
        }
    }

    private static void Space(StringBuilder b, Style style)
    {
        if (!style.Spacious || style.Pcg.Next(3) != 0)
        {
            return;
        }

        var count = (int)style.Pcg.Next(3) + 1;
        for (var i = 0; i < count; i++)
        {
            b.Append(style.Pcg.Next(style.MultiLine ? 5u : 2u) switch
            {
                0 => " ",
                1 => "\t",
                2 => "\n",
                3 => "\r\n",
                _ => "  ",
            });
        }
    }

    /// <summary>Standard escaping: quotes, backslashes and control characters only.</summary>
    public static void PlainString(StringBuilder b, string value)
    {
        b.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case < ' ': b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: b.Append(c); break;
            }
        }

        b.Append('"');
    }

    private static void RandomString(StringBuilder b, string value, Style style)
    {
        var pcg = style.Pcg;
        b.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = style.Escapy ? pcg.Next(3) == 0 : pcg.Next(40) == 0;
            switch (c)
            {
                case '"': b.Append(escape ? "\\u0022" : "\\\""); continue;
                case '\\': b.Append(escape ? "\\u005C" : "\\\\"); continue;
                case '/': b.Append(escape ? "\\/" : "/"); continue;
                case '\b': b.Append(escape ? "\\u0008" : "\\b"); continue;
                case '\f': b.Append(escape ? "\\u000c" : "\\f"); continue;
                case '\n': b.Append(escape ? "\\u000A" : "\\n"); continue;
                case '\r': b.Append(escape ? "\\u000d" : "\\r"); continue;
                case '\t': b.Append(escape ? "\\u0009" : "\\t"); continue;
                case < ' ': Hex(b, c, pcg); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // A pair is escaped whole or not at all: half a pair on its own does not encode to UTF-8.
                if (escape)
                {
                    Hex(b, c, pcg);
                    Hex(b, value[i + 1], pcg);
                }
                else
                {
                    b.Append(c).Append(value[i + 1]);
                }

                i++;
            }
            else if (escape || char.IsSurrogate(c))
            {
                Hex(b, c, pcg);
            }
            else
            {
                b.Append(c);
            }
        }

        b.Append('"');
    }

    private static void Hex(StringBuilder b, char c, PCG pcg) =>
        b.Append("\\u").Append(((int)c).ToString(pcg.Next(2) == 0 ? "X4" : "x4", CultureInfo.InvariantCulture));

    public static void Shuffle<T>(List<T> list, PCG pcg)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = (int)pcg.Next((uint)i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
