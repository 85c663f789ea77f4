using System.Globalization;
using System.Text;

namespace ConflictModel.Generators.Emit;

/// <summary>A minimal JSON builder for the schema fragments the generator embeds; compact and deterministic.</summary>
internal sealed class JsonText
{
    private readonly StringBuilder _builder = new();
    // Per open object or array: whether nothing is written in it yet. An array, not a Stack<bool>: generic code over
    // bool is compiled at first use in every cold compiler process.
    private bool[] _first = new bool[8];
    private int _depth;

    public JsonText StartObject() => Open('{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray() => Open('[');

    public JsonText EndArray() => Close(']');

    public JsonText Name(string name)
    {
        Separator();
        String(name, separate: false);
        _builder.Append(':');
        _first[_depth - 1] = true;
        return this;
    }

    /// <summary>Marks that the next value follows a name, so no comma precedes it.</summary>
    public JsonText Prop(string name, string value) => Name(name).Str(value);

    public JsonText Str(string value)
    {
        String(value, separate: true);
        return this;
    }

    public JsonText Raw(string json)
    {
        Separator();
        _builder.Append(json);
        return this;
    }

    public JsonText Number(string invariantNumber) => Raw(invariantNumber);

    public JsonText Number(int value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    public JsonText Bool(bool value) => Raw(value ? "true" : "false");

    public override string ToString() => _builder.ToString();

    private JsonText Open(char c)
    {
        Separator();
        _builder.Append(c);
        if (_depth == _first.Length)
        {
            System.Array.Resize(ref _first, _depth * 2);
        }

        _first[_depth++] = true;
        return this;
    }

    private JsonText Close(char c)
    {
        _depth--;
        _builder.Append(c);
        MarkWritten();
        return this;
    }

    private void Separator()
    {
        if (_depth == 0)
        {
            return;
        }

        if (!_first[_depth - 1])
        {
            _builder.Append(',');
        }

        _first[_depth - 1] = false;
    }

    private void MarkWritten()
    {
        if (_depth > 0)
        {
            _first[_depth - 1] = false;
        }
    }

    private void String(string value, bool separate)
    {
        if (separate)
        {
            Separator();
        }

        _builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _builder.Append("\\\""); break;
                case '\\': _builder.Append("\\\\"); break;
                case '\n': _builder.Append("\\n"); break;
                case '\r': _builder.Append("\\r"); break;
                case '\t': _builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _builder.Append(c);
                    }

                    break;
            }
        }

        _builder.Append('"');
    }
}
