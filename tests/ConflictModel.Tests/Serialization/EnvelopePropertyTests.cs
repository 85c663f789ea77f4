using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

/// <summary><see cref="EnvelopeReader.PropertyOf"/> names the envelope's properties, escaped or not, and nothing else.</summary>
public sealed class EnvelopePropertyTests
{
    [Theory]
    [InlineData("type", EnvelopeProperty.Type)]
    [InlineData("id", EnvelopeProperty.Id)]
    [InlineData("schemaVersion", EnvelopeProperty.SchemaVersion)]
    [InlineData("when", EnvelopeProperty.When)]
    [InlineData("where", EnvelopeProperty.Where)]
    [InlineData("sources", EnvelopeProperty.Sources)]
    [InlineData("verification", EnvelopeProperty.Verification)]
    [InlineData("about", EnvelopeProperty.About)]
    [InlineData("notes", EnvelopeProperty.Notes)]
    [InlineData("origin", EnvelopeProperty.Origin)]
    [InlineData("attacker", EnvelopeProperty.None)]
    [InlineData("Type", EnvelopeProperty.None)]
    [InlineData("ids", EnvelopeProperty.None)]
    [InlineData("", EnvelopeProperty.None)]
    public void A_name_is_the_envelope_property_it_spells(string name, EnvelopeProperty expected)
    {
        Assert.Equal(expected, Of("\"" + name + "\""));
        if (name.Length > 0)
        {
            // The same name with its first letter escaped.
            Assert.Equal(expected, Of("\"\\u" + ((int)name[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + name[1..] + "\""));
        }
    }

    [Theory]
    [InlineData("schemaVersion", EnvelopeProperty.SchemaVersion)]
    [InlineData("verification", EnvelopeProperty.Verification)]
    [InlineData("schemaVersionX", EnvelopeProperty.None)]
    public void A_name_escaped_in_every_letter_is_still_found(string name, EnvelopeProperty expected)
    {
        // "schemaVersion" escaped whole is six bytes a letter: exactly the room the lookup gives the longest name.
        var escaped = string.Concat(name.Select(c => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, Of("\"" + escaped + "\""));
    }

    private static EnvelopeProperty Of(string quotedName)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{" + quotedName + ":1}"));
        reader.Read();
        reader.Read();
        return EnvelopeReader.PropertyOf(ref reader);
    }
}
