using ConflictModel.Reliability.Tests.Properties;
using ConflictModel.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace ConflictModel.Reliability.Tests.Fuzz;

/// <summary>
/// Fuzz target 1, <c>ConflictJson.Deserialize</c>: random mutations of valid events (the seed file and events generated
/// from every kind's schema) never raise anything but a located <c>ConflictJsonException</c>, never hang, and whatever
/// is accepted survives a write and a read. CI runs a fixed-seed sample; <c>CONFLICTMODEL_FUZZ_ITERATIONS</c> runs a
/// campaign (see docs/reliability.md).
/// </summary>
public sealed class JsonReaderFuzzTests(ITestOutputHelper output)
{
    private const long CiIterations = 25_000;

    [Fact]
    public void Fuzz_json_reader_mutated_events_raise_only_located_ConflictJsonException()
    {
        Campaign.Run(
            "fuzz JSON reader",
            Campaign.Iterations(CiIterations),
            Generate,
            ReaderProperties.Check,
            input => Show.Bytes(input),
            output,
            minimize: (input, fails) => Minimizer.Bytes(input, fails));
    }

    [Fact]
    public void Fuzz_json_reader_the_property_check_can_fail()
    {
        // The property is not vacuous: an unlocated error and a changed round trip are both caught.
        Assert.Throws<UnlocatedErrorException>(() => ReaderProperties.CheckError(new Serialization.ConflictJsonException("x"), default, source: null));
        var strike = Serialization.ConflictJson.Deserialize(Corpus.ReaderCorpus.Strike());
        ReaderProperties.CheckAccepted(strike);
        var impostor = new UnknownEvent("parade", "s1", 1, Corpus.ReaderCorpus.Strike());
        Assert.Throws<RoundTripChangedException>(() => ReaderProperties.CheckAccepted(impostor));
    }

    internal static byte[] Generate(CsCheck.PCG pcg)
    {
        var seed = pcg.Next(2) == 0
            ? Repo.SeedBytes[(int)pcg.Next((uint)Repo.SeedBytes.Count)]
            : Utf8.Bytes(EventJsonGen.Any(pcg, multiLine: pcg.Next(4) == 0).Input);
        return Mutator.Mutate(seed, pcg, Repo.SeedBytes);
    }
}
