namespace ConflictModel.Generators.Model;

/// <summary>A diagnostic waiting to be reported: descriptor id, where, and message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Args)
{
    public static DiagnosticInfo Create(string id, LocationInfo? location, params string[] args) =>
        new(id, location, new EquatableArray<string>(args));
}
