using System;
using System.Collections.Generic;
using System.Numerics;

namespace ConflictModel;

/// <summary>
/// The envelope every armed-conflict event shares: identity, kind, time, place, sources, verification,
/// links to other events, notes, and the fields this version of the model did not recognise.
/// </summary>
/// <remarks>
/// Concrete kinds (<c>Strike</c>, <c>Withdrawal</c>, …) are generated from <c>*.event.json</c> schemas as
/// sealed records deriving from this one. Instances are immutable and thread-safe; equality is by value,
/// including the contents of every list.
/// </remarks>
public abstract record ConflictEvent
{
    // Envelope properties whose values can hold content a newer producer added (and so be kept verbatim).
    private static readonly string[] EnvelopeFields = ["when", "where", "sources", "verification", "origin"];

    /// <summary>Initialises the envelope with the schema version of the concrete kind.</summary>
    /// <param name="schemaVersion">The version of the kind's schema the instance is written at.</param>
    protected ConflictEvent(int schemaVersion) => SchemaVersion = schemaVersion;

    /// <summary>A stable identifier of the event, unique within a dataset.</summary>
    public required string Id { get; init; }

    /// <summary>The wire name of the event kind, e.g. <c>strike</c>; the <c>type</c> discriminator in JSON.</summary>
    public string Type => EventKind.Type;

    /// <summary>The description of the event kind: wire type, version, documentation, mappings and fields.</summary>
    public abstract EventKind EventKind { get; }

    /// <summary>The version of the kind's schema this instance follows; a writer writes the current one.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>When the event happened, with the precision the report gives.</summary>
    public EventTime? When { get; init; }

    /// <summary>Where the event happened.</summary>
    public Place? Where { get; init; }

    /// <summary>Who reported the event, through which channel.</summary>
    public ValueList<SourceRef> Sources { get; init; }

    /// <summary>Whether the event is confirmed, claimed, unverified, disputed or denied, and by whom.</summary>
    public Verification? Verification { get; init; }

    /// <summary>Ids of the events this one speaks of, e.g. the withdrawal a statement announces.</summary>
    public ValueList<string> About { get; init; }

    /// <summary>Free-text remarks that have no natural field.</summary>
    public string? Notes { get; init; }

    /// <summary>Where the event was imported from (ACLED, UCDP, PLOVER, …), with the source cells the model has no field for.</summary>
    public Origin? Origin { get; init; }

    /// <summary>
    /// Properties found in the data that this version of the kind does not know, kept in document order so
    /// that a read followed by a write loses nothing.
    /// </summary>
    public ValueList<UnknownField> UnknownFields { get; init; }

    /// <summary>
    /// Checks the event against its schema's constraints and the envelope's rules, and returns every problem found,
    /// each with the JSON path of the offending value. An empty list means the event is valid.
    /// </summary>
    /// <returns>The problems, in field order; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        CollectProblems(problems);
        return problems;
    }

    /// <summary>Adds this event's problems to <paramref name="problems"/>; generated kinds add their fields' checks.</summary>
    /// <param name="problems">Where to add problems.</param>
    protected virtual void CollectProblems(ICollection<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(Id))
        {
            problems.Add(new ValidationProblem("$.id", "is required and must not be blank"));
        }

        if (SchemaVersion < 1)
        {
            problems.Add(new ValidationProblem("$.schemaVersion", $"must be 1 or more, is {SchemaVersion}"));
        }

        for (var i = 0; i < Sources.Count; i++)
        {
            if (Sources[i] is null)
            {
                problems.Add(new ValidationProblem($"$.sources[{i}]", "must not be null"));
            }
        }

        for (var i = 0; i < About.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(About[i]))
            {
                problems.Add(new ValidationProblem($"$.about[{i}]", "must be an event id, not blank"));
            }
            else if (About[i] == Id)
            {
                problems.Add(new ValidationProblem($"$.about[{i}]", "an event cannot be about itself"));
            }
        }

        if (Origin is { } origin)
        {
            CollectCellProblems(origin, problems);
        }

        foreach (var name in EnvelopeFields)
        {
            if (IsKept(name))
            {
                problems.Add(new ValidationProblem("$." + name, "holds a value this version of the envelope does not understand; it is kept as read"));
            }
        }

        foreach (var field in EventKind.Fields)
        {
            if (IsKept(field.Name))
            {
                problems.Add(new ValidationProblem("$." + field.Name, $"holds a value version {EventKind.Version} of '{Type}' does not understand; it is kept as read"));
            }
        }
    }

    // An origin built in code can hold what the reader refuses (a repeated name, a cell without a name or text): written
    // as JSON, such an event would not read back. Validation runs on every imported event, so repeats are found without
    // allocating: an open-addressed table of cell indexes, on the stack for the usual tens of cells.
    private static void CollectCellProblems(Origin origin, ICollection<ValidationProblem> problems)
    {
        var fields = origin.Fields;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, fields.Count * 2));
        Span<int> slots = size <= 256 ? stackalloc int[size] : new int[size];
        slots.Clear();
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, value) = fields[i];
            if (name is null)
            {
                problems.Add(new ValidationProblem("$.origin.fields", $"cell {i} has no name"));
                continue;
            }

            if (value is null)
            {
                problems.Add(new ValidationProblem(CellPath(name), "has no text"));
            }

            // A slot holds 1 + the index of the first cell whose name landed there; 0 is empty.
            var slot = Serialization.RecentValues.Of(name) & (size - 1);
            while (slots[slot] != 0 && !string.Equals(fields[slots[slot] - 1].Name, name, StringComparison.Ordinal))
            {
                slot = (slot + 1) & (size - 1);
            }

            if (slots[slot] != 0)
            {
                problems.Add(new ValidationProblem(CellPath(name), "is a repeated cell name"));
            }
            else
            {
                slots[slot] = i + 1;
            }
        }
    }

    private static string CellPath(string name) => Serialization.JsonLocator.MemberOf("$.origin.fields", name);

    /// <summary>Whether the field was kept verbatim in <see cref="UnknownFields"/> because this version could not represent it.</summary>
    /// <param name="wireName">The field's wire name.</param>
    /// <returns>True when a kept field has that name.</returns>
    protected internal bool IsKept(string wireName)
    {
        foreach (var field in UnknownFields)
        {
            if (field.Name == wireName)
            {
                return true;
            }
        }

        return false;
    }
}
