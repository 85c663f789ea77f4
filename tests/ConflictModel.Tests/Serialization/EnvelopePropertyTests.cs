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

    private static EnvelopeProperty Of(string quotedName)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{" + quotedName + ":1}"));
        reader.Read();
        reader.Read();
        return EnvelopeReader.PropertyOf(ref reader);
    }
}
