using System.Globalization;
using System.Text;

namespace ConflictModel.Reliability.Tests.Support;

/// <summary>Turns inputs into text that can be pasted back into a C# test: printable ASCII as is, everything else escaped.</summary>
internal static class Show
{
    /// <summary>A C# string literal of UTF-8 bytes; bytes that are not printable ASCII become <c>\xNN</c> in a byte-array hint.</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes, int max = 4000)
    {
        var builder = new StringBuilder("\"");
        var count = Math.Min(bytes.Length, max);
        var allAscii = true;
        for (var i = 0; i < count; i++)
        {
            var b = bytes[i];
            switch (b)
            {
                case (byte)'"': builder.Append("\\\""); break;
                case (byte)'\\': builder.Append("\\\\"); break;
                case (byte)'\n': builder.Append("\\n"); break;
                case (byte)'\r': builder.Append("\\r"); break;
                case (byte)'\t': builder.Append("\\t"); break;
                case >= 0x20 and < 0x7F: builder.Append((char)b); break;
                default:
                    allAscii = false;
                    builder.Append("\\x").Append(b.ToString("X2", CultureInfo.InvariantCulture)).Append("\" + \"");
                    break;
            }
        }

        builder.Append('"');
        if (count < bytes.Length)
        {
            builder.Append(CultureInfo.InvariantCulture, $" … ({bytes.Length} bytes in all)");
        }

        if (!allAscii)
        {
            builder.Append(" (\\xNN are raw bytes: build the input with Utf8.Raw)");
        }

        return builder.ToString();
    }

    /// <summary>A C# string literal of text.</summary>
    public static string Text(string text, int max = 4000)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, max)))
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case >= ' ' and < '\x7F': builder.Append(c); break;
                default: builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        builder.Append('"');
        if (text.Length > max)
        {
            builder.Append(CultureInfo.InvariantCulture, $" … ({text.Length} chars in all)");
        }

        return builder.ToString();
    }
}

/// <summary>Builds byte inputs that mix text with raw (possibly invalid UTF-8) bytes.</summary>
internal static class Utf8
{
    /// <summary>Concatenates parts: a string is UTF-8 encoded, a byte[] or a byte is copied as is.</summary>
    public static byte[] Raw(params object[] parts)
    {
        var bytes = new List<byte>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case string s: bytes.AddRange(Encoding.UTF8.GetBytes(s)); break;
                case byte[] b: bytes.AddRange(b); break;
                case byte b: bytes.Add(b); break;
                case int i: bytes.Add(checked((byte)i)); break;
                default: throw new ArgumentException("unsupported part " + part);
            }
        }

        return bytes.ToArray();
    }

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
