namespace ConflictModel.Generators.Emit;

/// <summary>
/// Text that a <see cref="CodeLine"/> writes as a C# string literal, escaped straight into the writer's builder
/// (<see cref="Text.Quote"/>). Anywhere else it formats as that literal too.
/// </summary>
internal readonly struct QuotedText
{
    public QuotedText(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Text.Literal(Value);
}
