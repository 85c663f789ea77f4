namespace ConflictModel.Generators.Model;

/// <summary>Everything one <c>*.event.json</c> file declares, with the problems found while reading it.</summary>
internal sealed record SchemaFile(
    string Path,
    Positioned<string>? Namespace,
    EventModel? Event,
    EquatableArray<EnumModel> Enums,
    EquatableArray<RecordModel> Records,
    EquatableArray<DiagnosticInfo> Diagnostics);
