using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ConflictModel.Generators.Diagnostics;
using ConflictModel.Generators.Json;
using ConflictModel.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Generators.Parsing;

/// <summary>
/// Turns the JSON of one schema file into a <see cref="SchemaFile"/>. Reports only what the file's own
/// structure gets wrong (syntax, missing keys, wrong JSON types); meaning is the checker's job.
/// </summary>
internal sealed class SchemaParser
{
    private static readonly string[] RenameKeys = ["renamedFrom", "aliases"];

    private static readonly HashSet<string> RootKeys = ["event", "type", "version", "doc", "namespace", "maps", "fields", "enums", "records", "$schema"];
    private static readonly HashSet<string> FieldKeys = ["type", "required", "doc", "since", "renamedFrom", "aliases", "min", "max", "pattern", "minItems", "maxItems", "minLength", "maxLength"];
    private static readonly HashSet<string> EnumKeys = ["doc", "values"];
    private static readonly HashSet<string> EnumValueKeys = ["value", "doc"];
    private static readonly HashSet<string> RecordKeys = ["doc", "fields"];

    private readonly string _path;
    private readonly SourceText _text;
    private readonly List<DiagnosticInfo> _diagnostics = [];

    private SchemaParser(string path, SourceText text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>Parses one schema file. Never throws, except when cancelled.</summary>
    public static SchemaFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var parser = new SchemaParser(path, text ?? SourceText.From(string.Empty));
        try
        {
            return parser.ParseFile(cancellationToken);
        }
        catch (JsonSyntaxException e)
        {
            parser.Report(Descriptors.InvalidJson, parser.At(new TextSpan(Math.Min(e.Position, parser._text.Length), 0)), e.Message);
            return parser.Empty();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            parser.Report(Descriptors.InternalError, parser.At(new TextSpan(0, 0)), e.GetType().Name + ": " + e.Message);
            return parser.Empty();
        }
    }

    private SchemaFile Empty() => new(_path, null, null, EquatableArray<EnumModel>.Empty, EquatableArray<RecordModel>.Empty, _diagnostics.ToEquatableArray());

    private SchemaFile ParseFile(CancellationToken cancellationToken)
    {
        var root = JsonReader.Read(_text.ToString());
        cancellationToken.ThrowIfCancellationRequested();
        if (root is not JsonObject obj)
        {
            Report(Descriptors.WrongValueKind, At(root.Span), "The schema", "an object", root.Describe());
            return Empty();
        }

        CheckKeys(obj, RootKeys, "the schema");
        var ns = OptionalString(obj, "namespace");
        var enums = ParseEnums(obj.Find("enums"));
        var records = ParseRecords(obj.Find("records"));
        var @event = ParseEvent(obj, hasDeclarations: enums.Count > 0 || records.Count > 0);
        return new SchemaFile(_path, ns, @event, enums, records, _diagnostics.ToEquatableArray());
    }

    private EventModel? ParseEvent(JsonObject obj, bool hasDeclarations)
    {
        var name = OptionalString(obj, "event");
        var wireType = OptionalString(obj, "type");
        var fieldsProperty = obj.Find("fields");
        if (name is null && wireType is null && fieldsProperty is null && hasDeclarations)
        {
            // A vocabulary file: only enums and records for other schemas to use.
            return null;
        }

        if (name is null && obj.Find("event") is null)
        {
            Report(Descriptors.MissingKey, At(FirstLine(obj)), "event schema", "event");
        }

        if (wireType is null && obj.Find("type") is null)
        {
            Report(Descriptors.MissingKey, At(FirstLine(obj)), "event schema", "type");
        }

        var version = OptionalInt(obj, "version", minimum: 1) ?? new Positioned<int>(1, At(FirstLine(obj)));
        var doc = OptionalString(obj, "doc")?.Value ?? string.Empty;
        var maps = ParseMaps(obj.Find("maps"));
        var fields = ParseFields(fieldsProperty, "event");
        if (name is null || wireType is null)
        {
            return null;
        }

        return new EventModel(name, wireType, version, doc, maps, fields);
    }

    private EquatableArray<MapModel> ParseMaps(JsonProperty? property)
    {
        if (property is null || !Expect(property, JsonKind.Object, "an object of vocabulary codes"))
        {
            return EquatableArray<MapModel>.Empty;
        }

        var maps = new List<MapModel>();
        foreach (var entry in ((JsonObject)property.Value).Properties)
        {
            var codes = StringOrStrings(entry, "a code or an array of codes");
            maps.Add(new MapModel(entry.Name, codes));
        }

        return maps.ToEquatableArray();
    }

    private EquatableArray<FieldModel> ParseFields(JsonProperty? property, string owner)
    {
        if (property is null || !Expect(property, JsonKind.Object, "an object of fields"))
        {
            return EquatableArray<FieldModel>.Empty;
        }

        var fields = new List<FieldModel>();
        foreach (var entry in ((JsonObject)property.Value).Properties)
        {
            var field = ParseField(entry, owner);
            if (field is not null)
            {
                fields.Add(field);
            }
        }

        return fields.ToEquatableArray();
    }

    private FieldModel? ParseField(JsonProperty entry, string owner)
    {
        var location = At(entry.NameSpan);
        if (entry.Value is JsonScalar { Kind: JsonKind.String } shorthand)
        {
            // "name": "Type" is shorthand for { "type": "Type" }.
            return new FieldModel(entry.Name, location, new Positioned<string>(shorthand.Text, At(shorthand.Span)), false, null,
                EquatableArray<string>.Empty, null, string.Empty, ConstraintsModel.None);
        }

        if (entry.Value is not JsonObject obj)
        {
            Report(Descriptors.WrongValueKind, At(entry.Value.Span), $"The field '{entry.Name}'", "an object or a type name", entry.Value.Describe());
            return null;
        }

        CheckKeys(obj, FieldKeys, $"field '{entry.Name}' of the {owner}");
        var type = OptionalString(obj, "type");
        if (type is null)
        {
            if (obj.Find("type") is null)
            {
                Report(Descriptors.MissingKey, location, $"field '{entry.Name}'", "type");
            }

            return null;
        }

        var required = OptionalBool(obj, "required") ?? false;
        var since = OptionalInt(obj, "since", minimum: 1);
        var renamed = new List<string>();
        LocationInfo? renamedLocation = null;
        foreach (var key in RenameKeys)
        {
            if (obj.Find(key) is { } aliasProperty)
            {
                renamedLocation ??= At(aliasProperty.Value.Span);
                renamed.AddRange(StringOrStrings(aliasProperty, "a name or an array of names"));
            }
        }

        var constraints = new ConstraintsModel(
            OptionalNumber(obj, "min"),
            OptionalNumber(obj, "max"),
            OptionalString(obj, "pattern"),
            OptionalInt(obj, "minItems", minimum: 0),
            OptionalInt(obj, "maxItems", minimum: 0),
            OptionalInt(obj, "minLength", minimum: 0),
            OptionalInt(obj, "maxLength", minimum: 0));
        return new FieldModel(entry.Name, location, type, required, since, renamed.ToEquatableArray(), renamedLocation,
            OptionalString(obj, "doc")?.Value ?? string.Empty, constraints);
    }

    private EquatableArray<EnumModel> ParseEnums(JsonProperty? property)
    {
        if (property is null || !Expect(property, JsonKind.Object, "an object of enums"))
        {
            return EquatableArray<EnumModel>.Empty;
        }

        var enums = new List<EnumModel>();
        foreach (var entry in ((JsonObject)property.Value).Properties)
        {
            var doc = string.Empty;
            JsonNode valuesNode = entry.Value;
            if (entry.Value is JsonObject obj)
            {
                // { "doc": "...", "values": [...] } documents the enum itself.
                CheckKeys(obj, EnumKeys, $"enum '{entry.Name}'");
                doc = OptionalString(obj, "doc")?.Value ?? string.Empty;
                var values = obj.Find("values");
                if (values is null)
                {
                    Report(Descriptors.MissingKey, At(entry.NameSpan), $"enum '{entry.Name}'", "values");
                    continue;
                }

                valuesNode = values.Value;
            }

            if (valuesNode is not JsonArray array)
            {
                Report(Descriptors.WrongValueKind, At(valuesNode.Span), $"The enum '{entry.Name}'", "an array of wire values", valuesNode.Describe());
                continue;
            }

            var members = new List<EnumValueModel>();
            foreach (var item in array.Items)
            {
                if (ParseEnumValue(item, entry.Name) is { } member)
                {
                    members.Add(member);
                }
            }

            enums.Add(new EnumModel(entry.Name, At(entry.NameSpan), doc, members.ToEquatableArray()));
        }

        return enums.ToEquatableArray();
    }

    private EnumValueModel? ParseEnumValue(JsonNode item, string enumName)
    {
        if (item is JsonScalar { Kind: JsonKind.String } s)
        {
            return new EnumValueModel(s.Text, At(s.Span), string.Empty);
        }

        if (item is JsonObject obj)
        {
            CheckKeys(obj, EnumValueKeys, $"a value of enum '{enumName}'");
            var value = OptionalString(obj, "value");
            if (value is null)
            {
                if (obj.Find("value") is null)
                {
                    Report(Descriptors.MissingKey, At(obj.Span), $"value of enum '{enumName}'", "value");
                }

                return null;
            }

            return new EnumValueModel(value.Value, value.Location, OptionalString(obj, "doc")?.Value ?? string.Empty);
        }

        Report(Descriptors.WrongValueKind, At(item.Span), $"A value of enum '{enumName}'", "a string or an object with 'value' and 'doc'", item.Describe());
        return null;
    }

    private EquatableArray<RecordModel> ParseRecords(JsonProperty? property)
    {
        if (property is null || !Expect(property, JsonKind.Object, "an object of records"))
        {
            return EquatableArray<RecordModel>.Empty;
        }

        var records = new List<RecordModel>();
        foreach (var entry in ((JsonObject)property.Value).Properties)
        {
            if (entry.Value is not JsonObject obj)
            {
                Report(Descriptors.WrongValueKind, At(entry.Value.Span), $"The record '{entry.Name}'", "an object with 'fields'", entry.Value.Describe());
                continue;
            }

            CheckKeys(obj, RecordKeys, $"record '{entry.Name}'");
            var fields = ParseFields(obj.Find("fields"), $"record '{entry.Name}'");
            records.Add(new RecordModel(entry.Name, At(entry.NameSpan), OptionalString(obj, "doc")?.Value ?? string.Empty, fields));
        }

        return records.ToEquatableArray();
    }

    private void CheckKeys(JsonObject obj, HashSet<string> known, string where)
    {
        var seen = new HashSet<string>();
        foreach (var property in obj.Properties)
        {
            if (!known.Contains(property.Name))
            {
                Report(Descriptors.UnknownKey, At(property.NameSpan), property.Name, where);
            }
            else if (!seen.Add(property.Name))
            {
                Report(Descriptors.DuplicateField, At(property.NameSpan), property.Name, where);
            }
        }
    }

    private EquatableArray<string> StringOrStrings(JsonProperty property, string expected)
    {
        if (property.Value is JsonScalar { Kind: JsonKind.String } single)
        {
            return new EquatableArray<string>([single.Text]);
        }

        if (property.Value is JsonArray array)
        {
            var items = new List<string>();
            foreach (var item in array.Items)
            {
                if (item is JsonScalar { Kind: JsonKind.String } s)
                {
                    items.Add(s.Text);
                }
                else
                {
                    Report(Descriptors.WrongValueKind, At(item.Span), $"Each item of '{property.Name}'", "a string", item.Describe());
                }
            }

            return items.ToEquatableArray();
        }

        Report(Descriptors.WrongValueKind, At(property.Value.Span), property.Name, expected, property.Value.Describe());
        return EquatableArray<string>.Empty;
    }

    private Positioned<string>? OptionalString(JsonObject obj, string key)
    {
        var property = obj.Find(key);
        if (property is null || !Expect(property, JsonKind.String, "a string"))
        {
            return null;
        }

        var scalar = (JsonScalar)property.Value;
        return new Positioned<string>(scalar.Text, At(scalar.Span));
    }

    private bool? OptionalBool(JsonObject obj, string key)
    {
        var property = obj.Find(key);
        if (property is null)
        {
            return null;
        }

        if (property.Value.Kind is JsonKind.True or JsonKind.False)
        {
            return property.Value.Kind == JsonKind.True;
        }

        Report(Descriptors.WrongValueKind, At(property.Value.Span), key, "true or false", property.Value.Describe());
        return null;
    }

    private Positioned<int>? OptionalInt(JsonObject obj, string key, int minimum)
    {
        var property = obj.Find(key);
        if (property is null || !Expect(property, JsonKind.Number, "a whole number"))
        {
            return null;
        }

        var scalar = (JsonScalar)property.Value;
        if (!int.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            Report(Descriptors.InvalidVersion, At(scalar.Span), key, minimum.ToString(CultureInfo.InvariantCulture), scalar.Text);
            return null;
        }

        return new Positioned<int>(value, At(scalar.Span));
    }

    private Positioned<string>? OptionalNumber(JsonObject obj, string key)
    {
        var property = obj.Find(key);
        if (property is null || !Expect(property, JsonKind.Number, "a number"))
        {
            return null;
        }

        var scalar = (JsonScalar)property.Value;
        return new Positioned<string>(scalar.Text, At(scalar.Span));
    }

    private bool Expect(JsonProperty property, JsonKind kind, string expected)
    {
        if (property.Value.Kind == kind)
        {
            return true;
        }

        Report(Descriptors.WrongValueKind, At(property.Value.Span), property.Name, expected, property.Value.Describe());
        return false;
    }

    private static TextSpan FirstLine(JsonObject obj) => new(obj.Span.Start, 1);

    private LocationInfo At(TextSpan span) => new(_path, span, _text.Lines.GetLinePositionSpan(span));

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, location, args));
}
