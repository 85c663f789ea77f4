using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConflictModel.Cli.Tests.Support;

/// <summary>Variations of the seed dataset's events for tests.</summary>
public static class SeedData
{
    /// <summary>The 1-based line of the seed's withdrawal from Hirske and Zolote.</summary>
    public const int HirskeWithdrawalLine = 33;

    /// <summary>An event line with one property replaced.</summary>
    public static string With(string line, string property, JsonNode? value)
    {
        var node = JsonNode.Parse(line)!.AsObject();
        node[property] = value;
        return node.ToJsonString();
    }

    /// <summary>The seed's lines with line <paramref name="number"/> (1-based) cut in half, as a truncated write leaves it.</summary>
    public static string[] WithTruncatedLine(int number)
    {
        var lines = Repo.SeedLines;
        lines[number - 1] = lines[number - 1][..(lines[number - 1].Length / 2)];
        return lines;
    }

    /// <summary>Events as an indented JSON array, each element starting on a line of its own (<c>  {</c>).</summary>
    public static string IndentedArray(IEnumerable<string> lines)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var line in lines)
            {
                using var document = JsonDocument.Parse(line);
                document.RootElement.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>The 1-based lines where the elements of an <see cref="IndentedArray"/> start.</summary>
    public static int[] ElementLines(string indentedArray) =>
        indentedArray.Split('\n').Select((text, index) => (text, index)).Where(l => l.text == "  {").Select(l => l.index + 1).ToArray();
}
