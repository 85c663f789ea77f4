using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Generators.Json;

/// <summary>
/// A small strict JSON (RFC 8259) reader that records the span of every value, so diagnostics can point at
/// the exact line and column. Written here rather than loading System.Text.Json into the compiler, where
/// analyzer dependencies fail to load in some hosts.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _pos;
    private int _depth;

    private JsonReader(string text) => _text = text;

    /// <summary>Reads one JSON document.</summary>
    /// <exception cref="JsonSyntaxException">The text is not valid JSON.</exception>
    public static JsonNode Read(string text)
    {
        var reader = new JsonReader(text);
        if (reader._pos < text.Length && text[reader._pos] == '\uFEFF')
        {
            reader._pos++;
        }

        reader.SkipWhitespace();
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._pos < text.Length)
        {
            throw new JsonSyntaxException(reader._pos, $"unexpected '{Printable(text[reader._pos])}' after the end of the document");
        }

        return value;
    }

    [MethodImpl(Hot.Optimized)]
    private JsonNode ReadValue()
    {
        if (_pos >= _text.Length)
        {
            throw new JsonSyntaxException(_pos, "unexpected end of file, expected a value");
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject();
            case '[': return ReadArray();
            case '"':
                var start = _pos;
                var s = ReadString();
                return new JsonScalar(JsonKind.String, TextSpan.FromBounds(start, _pos), s);
            case 't': return ReadLiteral("true", JsonKind.True);
            case 'f': return ReadLiteral("false", JsonKind.False);
            case 'n': return ReadLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw new JsonSyntaxException(_pos, $"unexpected '{Printable(c)}', expected a value");
        }
    }

    [MethodImpl(Hot.Optimized)]
    private JsonObject ReadObject()
    {
        var start = _pos;
        Enter();
        _pos++; // '{'
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            _depth--;
            return new JsonObject(TextSpan.FromBounds(start, _pos), properties.ToArray());
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw new JsonSyntaxException(_pos, AtEnd() ? "unexpected end of file inside an object" : $"expected a property name in double quotes, found '{Printable(_text[_pos])}'");
            }

            var nameStart = _pos;
            var name = ReadString();
            var nameSpan = TextSpan.FromBounds(nameStart, _pos);
            SkipWhitespace();
            Expect(':', "expected ':' after a property name");
            SkipWhitespace();
            properties.Add(new JsonProperty(name, nameSpan, ReadValue()));
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _pos++;
                continue;
            }

            if (next == '}')
            {
                _pos++;
                _depth--;
                return new JsonObject(TextSpan.FromBounds(start, _pos), properties.ToArray());
            }

            throw new JsonSyntaxException(_pos, AtEnd() ? "unexpected end of file inside an object" : $"expected ',' or '}}', found '{Printable(_text[_pos])}'");
        }
    }

    private JsonArray ReadArray()
    {
        var start = _pos;
        Enter();
        _pos++; // '['
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            _depth--;
            return new JsonArray(TextSpan.FromBounds(start, _pos), items.ToArray());
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue());
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _pos++;
                continue;
            }

            if (next == ']')
            {
                _pos++;
                _depth--;
                return new JsonArray(TextSpan.FromBounds(start, _pos), items.ToArray());
            }

            throw new JsonSyntaxException(_pos, AtEnd() ? "unexpected end of file inside an array" : $"expected ',' or ']', found '{Printable(_text[_pos])}'");
        }
    }

    [MethodImpl(Hot.Optimized)]
    private string ReadString()
    {
        var start = _pos;
        _pos++; // opening quote
        // Most strings have no escapes: cut them out of the text without a builder.
        var end = _pos;
        while (end < _text.Length && _text[end] is not ('"' or '\\') and >= ' ')
        {
            end++;
        }

        if (end < _text.Length && _text[end] == '"')
        {
            var plain = _text.Substring(_pos, end - _pos);
            _pos = end + 1;
            return plain;
        }

        // An escape (or an error) at `end`: the plain part before it is kept, and the loop goes on from there.
        var builder = new StringBuilder().Append(_text, _pos, end - _pos);
        _pos = end;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new JsonSyntaxException(start, "unterminated string");
            }

            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw new JsonSyntaxException(_pos, c == '\n' ? "unterminated string (line break inside a string)" : "control character inside a string must be escaped");
            }

            if (c != '\\')
            {
                builder.Append(c);
                _pos++;
                continue;
            }

            _pos++;
            if (_pos >= _text.Length)
            {
                throw new JsonSyntaxException(start, "unterminated string");
            }

            var e = _text[_pos++];
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new JsonSyntaxException(_pos - 2, "invalid \\u escape: expected four hex digits");
                    }

                    builder.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw new JsonSyntaxException(_pos - 2, $"invalid escape '\\{Printable(e)}'");
            }
        }
    }

    private JsonScalar ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (!ReadDigits())
        {
            throw new JsonSyntaxException(_pos, "invalid number: expected a digit");
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!ReadDigits())
            {
                throw new JsonSyntaxException(_pos, "invalid number: expected a digit after '.'");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!ReadDigits())
            {
                throw new JsonSyntaxException(_pos, "invalid number: expected a digit in the exponent");
            }
        }

        return new JsonScalar(JsonKind.Number, TextSpan.FromBounds(start, _pos), _text.Substring(start, _pos - start));
    }

    private bool ReadDigits()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9')
        {
            _pos++;
        }

        return _pos > start;
    }

    private JsonScalar ReadLiteral(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            throw new JsonSyntaxException(_pos, $"unexpected '{Printable(_text[_pos])}', expected a value");
        }

        var start = _pos;
        _pos += literal.Length;
        return new JsonScalar(kind, TextSpan.FromBounds(start, _pos), literal);
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new JsonSyntaxException(_pos, $"nesting deeper than {MaxDepth} levels");
        }
    }

    private void Expect(char c, string message)
    {
        if (Peek() != c)
        {
            throw new JsonSyntaxException(_pos, AtEnd() ? "unexpected end of file" : message);
        }

        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private bool AtEnd() => _pos >= _text.Length;

    [MethodImpl(Hot.Optimized)]
    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private static string Printable(char c) => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString();
}
