using System;

namespace ConflictModel;

/// <summary>
/// Where an event was imported from: the dataset, the record's id there, and the source cells that have no place
/// in the model, kept as text so that an export back gives the same record.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value, including the kept fields in order.</remarks>
public sealed record Origin
{
    private readonly string _dataset = string.Empty;

    /// <summary>The dataset, e.g. <c>acled</c>, <c>ucdp-ged</c>, <c>plover</c>. Must not be blank.</summary>
    /// <exception cref="ArgumentException">The value is null, empty or white space.</exception>
    public required string Dataset
    {
        get => _dataset;
        init
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("An origin's dataset must not be blank.", nameof(Dataset));
            }

            _dataset = value;
        }
    }

    /// <summary>The record's id in that dataset, e.g. ACLED's <c>event_id_cnty</c> <c>ARG10607</c>.</summary>
    public string? RecordId { get; init; }

    /// <summary>Source cells the model has no field for, by column name, in the source's column order.</summary>
    public ValueList<OriginField> Fields { get; init; }

    /// <summary>The kept value of a source column, or null when it was not kept.</summary>
    /// <param name="name">The column name (ordinal comparison).</param>
    /// <returns>The value as text, or null.</returns>
    public string? this[string name]
    {
        get
        {
            foreach (var field in Fields)
            {
                if (field.Name == name)
                {
                    return field.Value;
                }
            }

            return null;
        }
    }
}

/// <summary>One source cell kept on an <see cref="Origin"/>.</summary>
/// <param name="Name">The column name, e.g. <c>inter1</c>.</param>
/// <param name="Value">The cell's text, exactly as read.</param>
/// <remarks>
/// Immutable and thread-safe. A value type: an imported record keeps tens of cells, and as objects of their own they
/// were a quarter of what reading a UCDP record allocated.
/// </remarks>
public readonly record struct OriginField(string Name, string Value);
