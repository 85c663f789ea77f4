using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ConflictModel.Generators.Diagnostics;
using ConflictModel.Generators.Model;
using ConflictModel.Generators.Naming;
using ConflictModel.Generators.Resolving;
using Microsoft.CodeAnalysis;

namespace ConflictModel.Generators.Checking;

/// <summary>Reports what a parsed schema means wrongly: names, duplicates, unknown types, versions, constraints. Only reports.</summary>
internal sealed class SchemaChecker
{
    // Members every generated event already has (envelope and generated statics), by C# name and wire name.
    private static readonly HashSet<string> EnvelopeProperties = ["Id", "Type", "EventKind", "SchemaVersion", "When", "Where", "Sources", "Verification", "About", "Notes", "Origin", "UnknownFields", "EqualityContract", "WireType", "CurrentVersion", "Descriptor", "Validate", "CollectProblems", "OnValidate", "IsKept", "ReadJson", "WriteJson", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone", "Finalize"];
    private static readonly HashSet<string> RecordProperties = ["EqualityContract", "JsonSchema", "CollectProblems", "OnValidate", "ReadJson", "WriteJson", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone", "Finalize"];

    // Contextual keywords that cannot name a type, and names the generated code itself declares in the namespace.
    private static readonly HashSet<string> ReservedTypeNames =
    [
        "var", "dynamic", "record", "nameof", "value", "field", "partial", "required", "scoped", "file", "async", "await", "notnull", "unmanaged", "managed",
        // Members the generated types declare or inherit: a type of the same name would hide or clash with them.
        "EventKinds", "GetHashCode", "ToString", "Equals", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize", "ReadJson", "WriteJson",
        "CurrentVersion", "EventKind", "JsonSchema", "Descriptor", "WireType", "CollectProblems", "OnValidate", "Validate", "IsKept",
        "Deconstruct", "PrintMembers", "EqualityContract", "Names", "ToWireName", "TryParse",
    ];

    private readonly SchemaFile _file;
    private readonly TypeIndex _index;
    private readonly TypeIndexLookup _lookup;
    private readonly List<DiagnosticInfo> _diagnostics = [];

    private SchemaChecker(SchemaFile file, TypeIndex index)
    {
        _file = file;
        _index = index;
        _lookup = TypeIndexLookup.For(index);
    }

    public static List<DiagnosticInfo> Check(SchemaFile file, TypeIndex index)
    {
        var checker = new SchemaChecker(file, index);
        checker.CheckFile();
        return checker._diagnostics;
    }

    private void CheckFile()
    {
        if (_file.Namespace is { } ns)
        {
            if (!IsValidNamespace(ns.Value))
            {
                Report(Descriptors.InvalidNamespace, ns.Location, ns.Value);
            }
            else
            {
                CheckNamespaceNotAType(ns);
            }
        }

        if (_file.Event is { } ev)
        {
            CheckEvent(ev);
        }

        foreach (var e in _file.Enums)
        {
            CheckTypeName(e.Name, e.Location, "enum", isEnum: true);
            CheckEnum(e);
        }

        foreach (var r in _file.Records)
        {
            CheckTypeName(r.Name, r.Location, "record", isEnum: false);
            CheckFields(r.Fields, Names.ToPascalCase(r.Name), RecordProperties, version: null, owner: $"record '{r.Name}'");
        }
    }

    private void CheckEvent(EventModel ev)
    {
        if (!Names.IsValidIdentifier(ev.Name.Value) || ReservedTypeNames.Contains(ev.Name.Value))
        {
            Report(Descriptors.InvalidIdentifier, ev.Name.Location, "event name", ev.Name.Value, ev.Name.Value);
        }

        if (!Names.IsValidWireType(ev.WireType.Value))
        {
            Report(Descriptors.InvalidWireType, ev.WireType.Location, ev.WireType.Value);
        }

        var fullName = Declarations.NamespaceOf(_file, _index.DefaultNamespace) + "." + ev.Name.Value;
        foreach (var other in _index.WireTypes)
        {
            if (other.FilePath == _file.Path)
            {
                continue;
            }

            if (other.WireType == ev.WireType.Value)
            {
                Report(Descriptors.DuplicateWireType, ev.WireType.Location, ev.WireType.Value, other.FilePath);
            }

            if (other.FullName == fullName)
            {
                Report(Descriptors.DuplicateTypeName, ev.Name.Location, ev.Name.Value, other.FilePath);
            }
        }

        // An enum or record of the same full name, in this schema or another, would be a second type of that name.
        if (FirstClash([fullName], except: null) is { } clash)
        {
            Report(Descriptors.DuplicateTypeName, ev.Name.Location, ev.Name.Value, clash.FilePath);
        }

        CheckNameFree(fullName, ev.Name.Location);
        CheckFields(ev.Fields, ev.Name.Value, EnvelopeProperties, ev.Version.Value, owner: $"event '{ev.Name.Value}'");
    }

    private void CheckTypeName(string name, LocationInfo location, string what, bool isEnum)
    {
        var csharp = Names.ToPascalCase(name);
        if (!Names.IsValidIdentifier(csharp) || ReservedTypeNames.Contains(csharp))
        {
            Report(Descriptors.InvalidIdentifier, location, what + " name", name, csharp);
        }

        var fullName = Declarations.NamespaceOf(_file, _index.DefaultNamespace) + "." + csharp;
        string[] declares = isEnum ? [fullName, Declarations.WireClassOf(fullName)] : [fullName];
        foreach (var declared in declares)
        {
            CheckNameFree(declared, location);
        }

        if (TypeResolver.IsBuiltIn(name))
        {
            Report(Descriptors.DuplicateTypeName, location, name, "the built-in types");
            return;
        }

        foreach (var i in _lookup.LocalNamed(name))
        {
            var other = _index.Local[i];
            if (other.FilePath != _file.Path)
            {
                Report(Descriptors.DuplicateTypeName, location, name, other.FilePath);
                return;
            }
        }

        var count = 0;
        foreach (var e in _file.Enums)
        {
            count += e.Name == name ? 1 : 0;
        }

        foreach (var r in _file.Records)
        {
            count += r.Name == name ? 1 : 0;
        }

        if (count > 1)
        {
            Report(Descriptors.DuplicateTypeName, location, name, _file.Path);
            return;
        }

        // Other names can give the same C# types: 'zone' and 'Zone', an enum 'Zone' beside a record 'ZoneWire', an event
        // 'Zone' in the same namespace (an event of this file reports the clash itself).
        if (FirstClash(declares, except: name) is { } clash)
        {
            Report(Descriptors.DuplicateTypeName, location, name, clash.FilePath);
            return;
        }

        var wire = -1;
        foreach (var declared in declares)
        {
            foreach (var i in _lookup.WireTypesNamed(declared))
            {
                if (_index.WireTypes[i].FilePath != _file.Path && (wire < 0 || i < wire))
                {
                    wire = i;
                }
            }
        }

        if (wire >= 0)
        {
            Report(Descriptors.DuplicateTypeName, location, name, _index.WireTypes[wire].FilePath);
        }
    }

    // The first enum or record (in index order) clashing with a declaration giving the types `declares`: one of the
    // same type, or an enum whose wire-name class is one of them. `except` skips this file's own declaration of that name.
    private DeclaredType? FirstClash(string[] declares, string? except)
    {
        var first = -1;
        foreach (var declared in declares)
        {
            foreach (var i in _lookup.LocalDeclaring(declared))
            {
                var other = _index.Local[i];
                if (!(except is not null && other.Name == except && other.FilePath == _file.Path) && (first < 0 || i < first))
                {
                    first = i;
                    break;
                }
            }
        }

        return first < 0 ? null : _index.Local[first];
    }

    // A type the generated code declares must not be a referenced type or namespace, nor a namespace of its own.
    private void CheckNameFree(string fullName, LocationInfo location)
    {
        if (_lookup.Referenced(fullName) is { } taken)
        {
            Report(Descriptors.NameTaken, location, fullName, $"a {(taken.IsNamespace ? "namespace" : "type")} in the referenced assembly '{taken.Assembly}'");
            return;
        }

        if (_lookup.NamespaceAtOrInside(fullName) is { } ns)
        {
            Report(Descriptors.NameTaken, location, fullName, ns.FilePath.Length == 0
                ? $"a namespace (the root namespace '{ns.Namespace}' holds the event catalog)"
                : $"a namespace (the types of '{ns.FilePath}' are in '{ns.Namespace}')");
        }
    }

    // The namespace and the namespaces around it must not be referenced types: 'System.Uri' would hide System.Uri.
    private void CheckNamespaceNotAType(Positioned<string> ns)
    {
        if (_lookup.ReferencedTypeAtOrAround(ns.Value) is { } taken)
        {
            Report(Descriptors.NameTaken, ns.Location, taken.FullName, $"a type in the referenced assembly '{taken.Assembly}'");
        }
    }

    private void CheckEnum(EnumModel e)
    {
        if (e.Values.Count == 0)
        {
            Report(Descriptors.EmptyEnum, e.Location, e.Name);
            return;
        }

        var wireNames = new HashSet<string>(StringComparer.Ordinal);
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in e.Values)
        {
            var member = Names.ToPascalCase(value.WireName);
            if (!Names.IsValidIdentifier(member))
            {
                Report(Descriptors.InvalidIdentifier, value.Location, "enum value", value.WireName, member);
            }
            else if (!wireNames.Add(value.WireName) || !memberNames.Add(member))
            {
                Report(Descriptors.DuplicateEnumValue, value.Location, e.Name, value.WireName);
            }
        }
    }

    private void CheckFields(EquatableArray<FieldModel> fields, string typeName, HashSet<string> reserved, int? version, string owner)
    {
        var wireNames = new HashSet<string>(StringComparer.Ordinal);
        var propertyNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var property = Names.ToPascalCase(field.WireName);
            if (!Names.IsValidIdentifier(property))
            {
                Report(Descriptors.InvalidIdentifier, field.Location, "field", field.WireName, property);
            }
            else if (reserved.Contains(property) || property == typeName)
            {
                Report(Descriptors.ReservedName, field.Location, field.WireName, property == typeName ? typeName + " (the type's own name)" : property);
            }
            else if (!wireNames.Add(field.WireName) || !propertyNames.Add(property))
            {
                Report(Descriptors.DuplicateField, field.Location, field.WireName, owner);
            }

            foreach (var old in field.RenamedFrom)
            {
                if (!wireNames.Add(old))
                {
                    Report(Descriptors.DuplicateField, field.RenamedFromLocation ?? field.Location, old, owner);
                }
            }

            var type = TypeResolver.Resolve(field.Type.Value, _index);
            if (type is null)
            {
                Report(Descriptors.UnknownType, field.Type.Location, field.Type.Value, field.WireName);
            }
            else
            {
                CheckConstraints(field, type);
            }

            if (version is { } v && field.Since is { } since && since.Value > v)
            {
                Report(Descriptors.SinceAfterVersion, since.Location, field.WireName,
                    since.Value.ToString(CultureInfo.InvariantCulture), v.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static bool IsValidNamespace(string ns)
    {
        if (ns.Length == 0)
        {
            return false;
        }

        foreach (var part in ns.Split('.'))
        {
            if (!Names.IsValidIdentifier(part) || part.StartsWith("@", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void CheckConstraints(FieldModel field, TypeRef type)
    {
        var c = field.Constraints;
        var numeric = !type.IsList && type.Category == TypeCategory.Number;
        var text = !type.IsList && type.Category == TypeCategory.String;
        NotApplicable(field, c.Min, numeric, "min applies only to int, long and decimal fields");
        NotApplicable(field, c.Max, numeric, "max applies only to int, long and decimal fields");
        NotApplicable(field, c.Pattern, text, "pattern applies only to string fields");
        NotApplicable(field, c.MinLength, text, "minLength applies only to string fields");
        NotApplicable(field, c.MaxLength, text, "maxLength applies only to string fields");
        NotApplicable(field, c.MinItems, type.IsList, "minItems applies only to list fields");
        NotApplicable(field, c.MaxItems, type.IsList, "maxItems applies only to list fields");

        if (c.Min is { } min && c.Max is { } max
            && decimal.TryParse(min.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
            && decimal.TryParse(max.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var hi)
            && lo > hi)
        {
            Report(Descriptors.InvalidConstraint, min.Location, field.WireName, $"min {min.Value} exceeds max {max.Value}");
        }

        if (c.MinItems is { } minItems && c.MaxItems is { } maxItems && minItems.Value > maxItems.Value)
        {
            Report(Descriptors.InvalidConstraint, minItems.Location, field.WireName, $"minItems {minItems.Value} exceeds maxItems {maxItems.Value}");
        }

        if (c.MinLength is { } minLength && c.MaxLength is { } maxLength && minLength.Value > maxLength.Value)
        {
            Report(Descriptors.InvalidConstraint, minLength.Location, field.WireName, $"minLength {minLength.Value} exceeds maxLength {maxLength.Value}");
        }

        if (c.Pattern is { } pattern && text)
        {
            try
            {
                _ = new Regex(pattern.Value, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                Report(Descriptors.InvalidPattern, pattern.Location, field.WireName, e.Message);
            }
        }
    }

    private void NotApplicable<T>(FieldModel field, Positioned<T>? constraint, bool applies, string message)
    {
        if (constraint is not null && !applies)
        {
            Report(Descriptors.InvalidConstraint, constraint.Location, field.WireName, message + $", not to '{field.Type.Value}'");
        }
    }

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, location, args));
}
