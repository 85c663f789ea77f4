namespace ConflictModel.Generators.Emit;

/// <summary>
/// The using aliases every generated file declares. Generated readers and writers name the runtime's serialization
/// namespace and System.Text.Json at nearly every line; written out in full they were a tenth of all generated text,
/// which the generator writes and the compiler reads again. Underscored, they do not meet names users choose.
/// </summary>
internal static class Aliases
{
    /// <summary>Stands for <c>global::System.Text.Json</c>.</summary>
    public const string Json = "__Json";

    /// <summary>Stands for <c>global::ConflictModel.Serialization</c>.</summary>
    public const string Ser = "__Cms";

    public static void Declare(CodeWriter w)
    {
        w.Line($"using {Json} = global::System.Text.Json;");
        w.Line($"using {Ser} = global::ConflictModel.Serialization;");
        w.Line();
    }
}
