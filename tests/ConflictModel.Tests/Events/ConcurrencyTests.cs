using ConflictModel.Serialization;
using ConflictModel.Tests.Seed;

namespace ConflictModel.Tests.Events;

public class ConcurrencyTests
{
    [Fact]
    public async Task Serialization_and_reading_from_many_threads_at_once_give_the_same_results()
    {
        var events = SeedArticle.Build();
        var expected = events.Select(e => ConflictJson.Serialize(e)).ToArray();
        var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            start.Wait();
            var mismatches = 0;
            for (var round = 0; round < 25; round++)
            {
                for (var i = 0; i < events.Count; i++)
                {
                    var index = (i + worker * 5) % events.Count;
                    var json = ConflictJson.Serialize(events[index]);
                    var back = ConflictJson.Deserialize(json);
                    mismatches += json == expected[index] && back.Equals(events[index]) && back.Validate().Count == 0 ? 0 : 1;
                }
            }

            return mismatches;
        })).ToArray();
        start.Set();

        var results = await Task.WhenAll(workers);

        Assert.All(results, m => Assert.Equal(0, m));
    }

    [Fact]
    public void Json_schemas_composed_from_many_threads_at_once_are_identical()
    {
        var kinds = EventCatalog.Kinds;

        var texts = Enumerable.Range(0, 64).AsParallel().AsOrdered().WithDegreeOfParallelism(8)
            .Select(i => kinds[i % kinds.Count].JsonSchema).ToList();

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(kinds[i % kinds.Count].JsonSchema, texts[i]);
            Assert.Contains(kinds[i % kinds.Count].SchemaId, texts[i]);
        }
    }
}
