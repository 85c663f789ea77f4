using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConflictModel.Generators.Emit;

/// <summary>A minimal JSON builder for the schema fragments the generator embeds; compact and deterministic.</summary>
internal sealed class JsonText
{
    private readonly StringBuilder _builder = new();
    private readonly Stack<bool> _first = new();

    public JsonText StartObject() => Open('{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray() => Open('[');

    public JsonText EndArray() => Close(']');

    public JsonText Name(string name)
    {
        Separator();
        String(name, separate: false);
        _builder.Append(':');
        _first.Pop();
        _first.Push(true);
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
        _first.Push(true);
        return this;
    }

    private JsonText Close(char c)
    {
        _first.Pop();
        _builder.Append(c);
        MarkWritten();
        return this;
    }

    private void Separator()
    {
        if (_first.Count == 0)
        {
            return;
        }

        if (!_first.Peek())
        {
            _builder.Append(',');
        }

        _first.Pop();
        _first.Push(false);
    }

    private void MarkWritten()
    {
        if (_first.Count > 0)
        {
            _first.Pop();
            _first.Push(false);
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
