namespace ConflictModel.Generators.Model;

/// <summary>The codes of an event kind in another vocabulary, from the schema's <c>maps</c>.</summary>
internal sealed record MapModel(string Scheme, EquatableArray<string> Codes);
