using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Generators.Diagnostics;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Checking;

/// <summary>
/// Compares a schema with its published shape (its lock file) and reports the changes that would break data
/// already written or readers already deployed, the way protobuf's and API-compatibility checks do.
/// </summary>
internal static class CompatibilityChecker
{
    public static EquatableArray<DiagnosticInfo> Check(SchemaFile schema, EquatableArray<LockFile> locks)
    {
        var diagnostics = new List<DiagnosticInfo>();
        LockFile? found = null;
        foreach (var candidate in locks)
        {
            if (string.Equals(candidate.SchemaPath, schema.Path, StringComparison.OrdinalIgnoreCase))
            {
                found = candidate;
                break;
            }
        }

        if (found is not { } published || schema.Event is not { } ev)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        diagnostics.AddRange(published.Diagnostics);
        if (published.Diagnostics.Count > 0)
        {
            return diagnostics.ToEquatableArray();
        }

        var bumped = ev.Version.Value > published.Version;
        if (ev.Version.Value < published.Version)
        {
            Report(diagnostics, Descriptors.VersionLowered, ev.Version.Location, Int(ev.Version.Value), Int(published.Version));
        }

        if (ev.WireType.Value != published.WireType)
        {
            Report(diagnostics, Descriptors.WireTypeChanged, ev.WireType.Location, ev.WireType.Value, published.WireType);
        }

        var current = new Dictionary<string, FieldModel>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, FieldModel>(StringComparer.Ordinal);
        foreach (var field in ev.Fields)
        {
            current[field.WireName] = field;
            foreach (var old in field.RenamedFrom)
            {
                aliases[old] = field;
            }
        }

        foreach (var old in published.Fields)
        {
            if (current.TryGetValue(old.Name, out var field))
            {
                if (field.Type.Value != old.Type)
                {
                    Report(diagnostics, Descriptors.FieldTypeChanged, field.Type.Location, old.Name, field.Type.Value, old.Type);
                }

                var requiredNow = field.Required && (field.Since?.Value ?? 1) <= published.Version;
                if (requiredNow && !old.Required)
                {
                    Report(diagnostics, Descriptors.FieldMadeRequired, field.Location, old.Name, Int(published.Version));
                }
            }
            else if (aliases.TryGetValue(old.Name, out var renamed))
            {
                if (renamed.Type.Value != old.Type)
                {
                    Report(diagnostics, Descriptors.FieldTypeChanged, renamed.Type.Location, renamed.WireName, renamed.Type.Value, old.Type);
                }

                if (!bumped)
                {
                    Report(diagnostics, Descriptors.RenamedWithoutBump, renamed.Location, old.Name, renamed.WireName, Int(published.Version));
                }
            }
            else
            {
                Report(diagnostics, Descriptors.FieldRemoved, ev.Name.Location, old.Name, Int(published.Version));
            }
        }

        foreach (var name in published.Removed)
        {
            if (current.TryGetValue(name, out var reused))
            {
                Report(diagnostics, Descriptors.RemovedNameReused, reused.Location, name);
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Report(List<DiagnosticInfo> diagnostics, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, location, args));
}
