using System.Globalization;
using System.Text;

namespace ConflictModel.Benchmarks.Generator;

/// <summary>
/// Schema files for timing the generator: every tenth a vocabulary file (shared enums and records), the others
/// event kinds of 4 to 15 fields drawn in turn from every field type the language has (built-ins, primitives,
/// lists, the runtime library's vocabulary, the file's own enum and record, the neighbouring vocabulary's record),
/// with constraints, versions, renames and vocabulary maps.
/// </summary>
public static class SyntheticSchemas
{
    private static readonly string[] FieldPalette =
    [
        """{ "type": "Actor", "doc": "Who acted." }""",
        """{ "type": "int", "min": 0, "max": 10000, "doc": "A count." }""",
        "\"long\"",
        """{ "type": "decimal", "min": 0 }""",
        "\"bool\"",
        """{ "type": "date", "doc": "A day." }""",
        "\"instant\"",
        "\"uri\"",
        "\"Place\"",
        """{ "type": "Estimate", "doc": "How many." }""",
        "\"EventTime\"",
        "\"SourceRef\"",
        """{ "type": "Actor[]", "minItems": 1, "maxItems": 50 }""",
        "\"WeaponKind[]\"",
        "\"Target[]\"",
        "\"Casualties\"",
        """{ "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z ,.-]+$" }""",
        "\"CountryCode\"",
        "\"GeoPoint\"",
        "\"Verification\"",
        "\"PopulationGroup\"",
    ];

    public static IReadOnlyList<(string Path, string Json)> Create(int count)
    {
        var files = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var json = i % 10 == 9 ? Vocabulary(i) : Event(i, VocabularyIndex(i, count));
            files.Add(($"/bench/schemas/synthetic-{N(i)}.event.json", json));
        }

        return files;
    }

    // The vocabulary file of this block of ten, or none when the block has none (the last, partial one).
    private static int? VocabularyIndex(int i, int count)
    {
        var vocabulary = (i / 10 * 10) + 9;
        return vocabulary < count ? vocabulary : null;
    }

    private static string Event(int i, int? vocabulary)
    {
        var version = 1 + (i % 3);
        var json = new StringBuilder();
        json.Append("{\n")
            .Append(CultureInfo.InvariantCulture, $"  \"event\": \"Synthetic{N(i)}\",\n")
            .Append(CultureInfo.InvariantCulture, $"  \"type\": \"synthetic-{N(i)}\",\n")
            .Append(CultureInfo.InvariantCulture, $"  \"version\": {N(version)},\n")
            .Append(CultureInfo.InvariantCulture, $"  \"namespace\": \"Bench.Kinds{N(i % 7)}\",\n")
            .Append(CultureInfo.InvariantCulture, $"  \"doc\": \"Synthetic kind number {N(i)}, for timing the generator.\",\n")
            .Append(CultureInfo.InvariantCulture, $"  \"maps\": {{ \"cameo\": [\"19{N(i % 10)}\"], \"acled\": \"Battles\" }},\n")
            .Append("  \"fields\": {\n");

        var fields = new List<string>
        {
            $"    \"lead\": {{ \"type\": \"Actor\", \"required\": true, \"doc\": \"Who led event {N(i)}.\" }}",
            $"    \"mode\": {{ \"type\": \"Mode{N(i)}\", \"required\": {(i % 2 == 0 ? "true" : "false")} }}",
            $"    \"details\": \"Detail{N(i)}[]\"",
        };
        var extra = 1 + (i % 12);
        for (var k = 0; k < extra; k++)
        {
            fields.Add($"    \"field{N(k)}\": {FieldPalette[(i + (k * 5)) % FieldPalette.Length]}");
        }

        if (vocabulary is { } v)
        {
            fields.Add($"    \"shared\": {{ \"type\": \"Shared{N(v)}\", \"doc\": \"A record of a vocabulary file.\" }}");
            fields.Add($"    \"level\": \"Level{N(v)}\"");
        }

        if (version > 1)
        {
            fields.Add($"    \"added\": {{ \"type\": \"string\", \"since\": {N(version)}, \"renamedFrom\": \"old-added\" }}");
        }

        json.Append(string.Join(",\n", fields)).Append("\n  },\n");
        json.Append("  \"enums\": {\n")
            .Append(CultureInfo.InvariantCulture, $"    \"Mode{N(i)}\": {{ \"doc\": \"How it was done.\", \"values\": [{EnumValues(i, 3 + (i % 6))}] }}\n")
            .Append("  },\n");
        json.Append("  \"records\": {\n")
            .Append(CultureInfo.InvariantCulture, $"    \"Detail{N(i)}\": {{ \"doc\": \"A detail.\", \"fields\": {{ \"size\": {{ \"type\": \"int\", \"min\": 0 }}, \"who\": \"Actor\", \"mode\": \"Mode{N(i)}\", \"site\": \"Place\", \"count\": \"Estimate\" }} }}\n")
            .Append("  }\n}\n");
        return json.ToString();
    }

    private static string Vocabulary(int i) =>
        $$"""
        {
          "namespace": "Bench.Shared",
          "doc": "Shared vocabulary number {{N(i)}}.",
          "enums": {
            "Level{{N(i)}}": { "doc": "A level.", "values": [{{EnumValues(i, 4)}}] }
          },
          "records": {
            "Shared{{N(i)}}": {
              "doc": "A shared record.",
              "fields": {
                "name": { "type": "string", "minLength": 1 },
                "level": "Level{{N(i)}}",
                "actors": "Actor[]",
                "period": "EventTime",
                "weapons": "WeaponKind[]",
                "harm": "Casualties"
              }
            }
          }
        }
        """;

    private static string EnumValues(int i, int count)
    {
        var values = new List<string>();
        for (var k = 0; k < count; k++)
        {
            values.Add(k % 2 == 0
                ? $"{{ \"value\": \"value-{N(k)}-of-{N(i)}\", \"doc\": \"Value {N(k)}.\" }}"
                : $"\"value-{N(k)}-of-{N(i)}\"");
        }

        return string.Join(", ", values);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
