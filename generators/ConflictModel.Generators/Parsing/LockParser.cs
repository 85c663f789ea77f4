using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ConflictModel.Generators.Diagnostics;
using ConflictModel.Generators.Json;
using ConflictModel.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace ConflictModel.Generators.Parsing;

/// <summary>Reads a lock file: <c>{"type":"strike","version":1,"fields":{"attacker":{"type":"Actor","required":true}},"removed":["old"]}</c>.</summary>
internal static class LockParser
{
    public const string Suffix = ".event.lock.json";

    public static LockFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var schemaPath = path.Substring(0, path.Length - Suffix.Length) + ".event.json";
        var source = text ?? SourceText.From(string.Empty);
        var diagnostics = new List<DiagnosticInfo>();
        var fields = new List<LockField>();
        var removed = new List<string>();
        string? wireType = null;
        var version = 0;
        try
        {
            if (JsonReader.Read(source.ToString()) is not JsonObject root)
            {
                throw new JsonSyntaxException(0, "a lock file must be a JSON object");
            }

            cancellationToken.ThrowIfCancellationRequested();
            wireType = (root.Find("type")?.Value as JsonScalar)?.Text;
            if (root.Find("version")?.Value is JsonScalar { Kind: JsonKind.Number } v)
            {
                _ = int.TryParse(v.Text, NumberStyles.None, CultureInfo.InvariantCulture, out version);
            }

            if (root.Find("fields")?.Value is JsonObject fieldsObject)
            {
                foreach (var field in fieldsObject.Properties)
                {
                    var obj = field.Value as JsonObject;
                    var type = (obj?.Find("type")?.Value as JsonScalar)?.Text ?? string.Empty;
                    var required = obj?.Find("required")?.Value.Kind == JsonKind.True;
                    fields.Add(new LockField(field.Name, type, required));
                }
            }

            if (root.Find("removed")?.Value is JsonArray removedArray)
            {
                foreach (var item in removedArray.Items)
                {
                    if (item is JsonScalar { Kind: JsonKind.String } s)
                    {
                        removed.Add(s.Text);
                    }
                }
            }

            if (wireType is null || version < 1)
            {
                throw new JsonSyntaxException(root.Span.Start, "a lock file needs a string 'type' and a 'version' of 1 or more");
            }
        }
        catch (JsonSyntaxException e)
        {
            var span = new TextSpan(Math.Min(e.Position, source.Length), 0);
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.InvalidLock.Id, new LocationInfo(path, span, source.Lines.GetLinePositionSpan(span)), e.Message));
        }

        return new LockFile(path, schemaPath, wireType ?? string.Empty, version, fields.ToEquatableArray(), removed.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
