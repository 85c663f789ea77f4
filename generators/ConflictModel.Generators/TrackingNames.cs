namespace ConflictModel.Generators;

/// <summary>Names of the pipeline steps, so tests can assert what was cached.</summary>
internal static class TrackingNames
{
    public const string Parse = nameof(Parse);
    public const string Index = nameof(Index);
    public const string Referenced = nameof(Referenced);
    public const string Analyze = nameof(Analyze);
    public const string Units = nameof(Units);
    public const string Exports = nameof(Exports);
    public const string Locks = nameof(Locks);
    public const string Compatibility = nameof(Compatibility);
}
