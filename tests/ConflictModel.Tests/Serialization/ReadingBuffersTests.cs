using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictModel.Events;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

/// <summary>The buffers that keep reading cheap: list builders, shared strings and the limit floors must not change what is read.</summary>
public sealed class ReadingBuffersTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(1000)]
    public void A_list_builder_keeps_every_item_in_order(int count)
    {
        var strings = new ListBuilder<string>();
        var numbers = new ListBuilder<int>();
        for (var i = 0; i < count; i++)
        {
            strings.Add("s" + i);
            numbers.Add(i * 7);
        }

        Assert.Equal(count, strings.Count);
        var list = strings.ToValueList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => "s" + i), list);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 7), numbers.ToValueList());
        Assert.Equal(0, strings.Count);
        Assert.True(strings.ToValueList().IsEmpty);
    }

    [Fact]
    public void Lists_of_every_length_read_back_as_written()
    {
        foreach (var count in new[] { 1, 4, 5, 40 })
        {
            var targets = Enumerable.Range(0, count).Select(i => "{\"kind\":\"energy\",\"name\":\"plant " + i + "\"}");
            var json = "{\"type\":\"strike\",\"id\":\"s1\",\"attacker\":{\"name\":\"x\"},\"weapons\":[" + string.Join(",", Enumerable.Repeat("\"drone\"", count)) + "],\"targets\":[" + string.Join(",", targets) + "]}";
            var strike = Assert.IsType<Strike>(ConflictJson.Deserialize(json));
            Assert.Equal(count, strike.Weapons.Count);
            Assert.Equal(Enumerable.Range(0, count).Select(i => "plant " + i), strike.Targets.Select(t => t.Name));
            Assert.Equal(strike, ConflictJson.Deserialize(ConflictJson.Serialize(strike)));
        }
    }

    [Fact]
    public void A_short_value_read_twice_is_one_string_and_long_or_escaped_values_decode_as_written()
    {
        const string Strike = """{"type":"strike","id":"ID","attacker":{"name":"NAME","affiliation":"Luhansk regional administration"}}""";
        var longName = new string('n', StringCache.MaxBytes + 1);
        string[] names = ["Russian forces", "Ukrainian forces", "Київська ОВА", "Forces \\\"quoted\\\" \\u00e9", longName];
        foreach (var name in names)
        {
            var events = Enumerable.Range(0, 3)
                .Select(i => (Strike)ConflictJson.Deserialize(Strike.Replace("ID", "s" + i).Replace("NAME", name)))
                .ToList();
            using var decoded = JsonDocument.Parse("\"" + name + "\"");
            var expected = decoded.RootElement.GetString();
            Assert.All(events, e => Assert.Equal(expected, e.Attacker.Name));
            if (Encoding.UTF8.GetByteCount(name) <= StringCache.MaxBytes && !name.Contains('\\') && name.Length > 0)
            {
                // Stored the second time it is seen, shared from then on.
                Assert.Same(events[1].Attacker.Name, events[2].Attacker.Name);
            }

            Assert.Equal("Luhansk regional administration", events[2].Attacker.Affiliation);
            Assert.NotEqual(events[0].Id, events[1].Id);
        }
    }

    [Fact]
    public void A_small_limit_on_one_read_does_not_loosen_or_tighten_another()
    {
        var json = """{"type":"strike","id":"s1","attacker":{"name":"a name of twenty-six bytes"},"weapons":["drone","missile","artillery"]}""";
        var tight = new ConflictJsonLimits { MaxStringLength = 10, MaxArrayLength = 2 };
        var error = Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json), "tight.json", tight));
        Assert.Contains("limit", error.Message, System.StringComparison.Ordinal);

        // After a tight read, a read with the defaults still accepts the same event.
        var strike = Assert.IsType<Strike>(ConflictJson.Deserialize(json));
        Assert.Equal(3, strike.Weapons.Count);

        // And a list over the tight limit is refused even though its strings fit.
        var lists = new ConflictJsonLimits { MaxArrayLength = 2 };
        Assert.Throws<ConflictJsonException>(() => ConflictJson.Deserialize(Encoding.UTF8.GetBytes(json), "lists.json", lists));
    }

    [Fact]
    public void Escaped_property_names_read_like_plain_ones()
    {
        const string Plain = """{"type":"strike","id":"s1","when":{"precision":"day","date":"2022-06-05"},"attacker":{"name":"x"},"weapons":["drone"],"harm":{"killed":{"kind":"exact","value":2}}}""";
        var escaped = Plain.Replace("\"type\"", "\"\\u0074ype\"").Replace("\"when\"", "\"wh\\u0065n\"")
            .Replace("\"attacker\"", "\"\\u0061ttacker\"").Replace("\"weapons\"", "\"weapon\\u0073\"").Replace("\"killed\"", "\"k\\u0069lled\"");
        Assert.Contains("\\u0061ttacker", escaped, System.StringComparison.Ordinal);
        Assert.Equal(ConflictJson.Deserialize(Plain), ConflictJson.Deserialize(escaped));
    }
}

/// <summary>Writing a batch to a string goes through pooled segments; the text must be what writing bytes gives.</summary>
public sealed class SerializeArrayTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_batch_larger_than_many_segments_gives_the_same_text_as_its_bytes(bool indented)
    {
        // Events of unknown kinds are written as they were read, so their two-, three- and four-byte characters stay raw
        // UTF-8 and segment boundaries fall inside characters somewhere in the batch (known kinds escape them).
        var events = Enumerable.Range(0, 4000)
            .Select(i => i % 2 == 0
                ? (ConflictEvent)new Strike { Id = "s" + i, Attacker = new Actor { Name = "Київська ОВА 🚀 " + i }, Notes = new string('ж', i % 97) + "😀" }
                : ConflictJson.Deserialize("{\"type\":\"parade\",\"id\":\"p" + i + "\",\"motto\":\"" + new string('ж', i % 13) + "Київ €😀" + new string('x', i % 7) + "\"}"))
            .ToList();
        using var bytes = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartArray();
            foreach (var e in events)
            {
                ConflictJson.Write(writer, e);
            }

            writer.WriteEndArray();
        }

        var text = ConflictJson.SerializeArray(events, indented);
        Assert.True(bytes.Length > 3 * 256 * 1024, "the batch spans several segments");
        Assert.True(bytes.Length > Encoding.UTF8.GetString(bytes.ToArray()).Length, "the batch holds characters of more than one byte");
        Assert.Equal(Encoding.UTF8.GetString(bytes.ToArray()), text);
        Assert.Equal(events, ConflictJson.DeserializeArray(text));
    }
}

/// <summary>The segments behind <see cref="ConflictJson.SerializeArray"/>, driven by hand to split characters.</summary>
public sealed class SegmentedBufferTests
{
    [Fact]
    public void A_character_split_between_segments_decodes_whole()
    {
        var text = "a€😀ж" + new string('x', 10) + "€";
        var bytes = Encoding.UTF8.GetBytes(text);
        using var buffer = new SegmentedBuffer();
        // One byte at a time, each in a fresh segment: every multi-byte character is split.
        foreach (var b in bytes)
        {
            var span = buffer.GetSpan(512 * 1024);
            span[0] = b;
            buffer.Advance(1);
        }

        Assert.Equal(text, buffer.ToString());
    }
}
