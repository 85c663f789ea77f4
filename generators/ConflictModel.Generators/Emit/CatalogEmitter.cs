using System.Collections.Generic;
using System.Linq;
using ConflictModel.Generators.Model;

namespace ConflictModel.Generators.Emit;

/// <summary>
/// Emits the assembly's catalog: its kinds, a module initialiser that registers them with
/// <c>ConflictModel.EventCatalog</c>, and the assembly attributes that let other assemblies' schemas name its types.
/// </summary>
internal static class CatalogEmitter
{
    public const string HintSuffix = ".EventKinds.g.cs";

    public static string? Emit(EquatableArray<SchemaExports> exports, string defaultNamespace)
    {
        var kinds = exports.SelectMany(e => e.Kinds).OrderBy(k => k.WireType, System.StringComparer.Ordinal).ToList();
        var types = exports.SelectMany(e => e.Types).OrderBy(t => t.FullName, System.StringComparer.Ordinal).ToList();
        if (kinds.Count == 0 && types.Count == 0)
        {
            return null;
        }

        var w = new CodeWriter();
        SchemaEmitter.Header(w);
        foreach (var t in types)
        {
            w.Line($"[assembly: global::ConflictModel.SchemaType({Text.Quote(t.Name)}, {Text.Quote(t.FullName)}, {Text.Bool(t.IsEnum)})]");
        }

        if (types.Count > 0)
        {
            w.Line();
        }

        w.Line($"namespace {defaultNamespace};");
        w.Line();
        w.Doc("The event kinds declared by this assembly's schemas, registered with the event catalog when the assembly initialises.");
        w.Line(SchemaEmitter.GeneratedCodeAttribute);
        w.Open("public static partial class EventKinds");
        w.Doc("Every kind this assembly declares, ordered by wire type.");
        var items = new List<string>();
        foreach (var k in kinds)
        {
            items.Add($"global::{k.FullName}.Descriptor");
        }

        var array = items.Count == 0
            ? "global::System.Array.Empty<global::ConflictModel.EventKind>()"
            : "new global::ConflictModel.EventKind[]\n\t{\n\t\t" + string.Join(",\n\t\t", items) + ",\n\t}";
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::ConflictModel.EventKind> All => s_all;");
        w.Line();
        w.Line($"private static readonly global::ConflictModel.EventKind[] s_all = {array};");
        w.Line();
        w.Doc("Registers this assembly's kinds; runs once, before any of its code.");
        w.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        w.Line("#pragma warning disable CA2255 // Registration must happen without reflection, before any read.");
        w.Open("internal static void Register()");
        foreach (var t in types)
        {
            var schema = t.IsEnum ? $"global::{t.FullName}Wire.JsonSchema" : $"global::{t.FullName}.JsonSchema";
            w.Line($"{Aliases.Ser}.SchemaDefinitions.Register({Text.Quote(t.FullName)}, {schema});");
        }

        w.Line("global::ConflictModel.EventCatalog.Register(s_all);");
        w.Close();
        w.Line("#pragma warning restore CA2255");
        w.Close();
        return w.Finish();
    }
}
