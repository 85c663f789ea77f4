using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Interop.Parquet;

/// <summary>What a field of a kind feeds among the helper columns.</summary>
internal enum FieldRole
{
    /// <summary>An <c>Actor</c> or <c>Actor[]</c> field: the <c>actors</c> column.</summary>
    Actor,

    /// <summary>A <c>Casualties</c> or <c>Casualties[]</c> field: the <c>fatalities_*</c> columns.</summary>
    Casualties,

    /// <summary>A <c>WeaponKind</c> or <c>WeaponKind[]</c> field: the <c>weapons</c> column.</summary>
    Weapons,
}

/// <summary>One field of a kind that feeds a helper column: its UTF-8 wire name and its role.</summary>
internal readonly record struct PlannedField(byte[] Name, FieldRole Role);

/// <summary>Which of a kind's fields feed the helper columns, found once per kind from <see cref="EventKind.Fields"/>.</summary>
internal sealed class KindPlan
{
    public static readonly KindPlan Empty = new([], hasWeapons: false);

    private KindPlan(PlannedField[] fields, bool hasWeapons)
    {
        Fields = fields;
        HasWeapons = hasWeapons;
    }

    /// <summary>The fields, in schema order.</summary>
    public PlannedField[] Fields { get; }

    /// <summary>Whether the kind has a <c>WeaponKind</c> or <c>WeaponKind[]</c> field, so its <c>weapons</c> is a list rather than null.</summary>
    public bool HasWeapons { get; }

    public static KindPlan For(EventKind kind)
    {
        var fields = new List<PlannedField>();
        var hasWeapons = false;
        foreach (var field in kind.Fields)
        {
            var type = field.SchemaType.EndsWith("[]", StringComparison.Ordinal) ? field.SchemaType[..^2] : field.SchemaType;
            FieldRole? role = type switch
            {
                "Actor" => FieldRole.Actor,
                "Casualties" => FieldRole.Casualties,
                "WeaponKind" => FieldRole.Weapons,
                _ => null,
            };
            if (role is { } found)
            {
                fields.Add(new PlannedField(Encoding.UTF8.GetBytes(field.Name), found));
                hasWeapons |= found == FieldRole.Weapons;
            }
        }

        return new KindPlan([.. fields], hasWeapons);
    }

    /// <summary>The index in <see cref="Fields"/> of the property name the reader is on, or -1.</summary>
    public int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (reader.ValueTextEquals(Fields[i].Name))
            {
                return i;
            }
        }

        return -1;
    }
}
