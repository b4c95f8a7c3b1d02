using Cronista.Eval.Ner;

namespace Cronista.Tests.Eval;

public sealed class ChunkerTests
{
    private static string Chunks(string tags) =>
        string.Join(" ", Chunker.Chunks(Tags.Parse(tags), 0).Select(c => $"{c.Type}[{c.Start},{c.End})"));

    [Theory]
    // IOB2: every entity opens with B-.
    [InlineData("B-PER I-PER O B-LOC", "PER[0,2) LOC[3,4)")]
    [InlineData("B-PER B-PER", "PER[0,1) PER[1,2)")]
    // IOB1: I- opens an entity; B- only separates two adjacent entities of one type.
    [InlineData("I-PER I-PER O I-LOC", "PER[0,2) LOC[3,4)")]
    [InlineData("I-PER I-PER B-PER", "PER[0,2) PER[2,3)")]
    [InlineData("I-ORG I-LOC", "ORG[0,1) LOC[1,2)")]
    // A type change inside a run ends one entity and starts another, whatever the prefix.
    [InlineData("B-ORG I-LOC I-LOC", "ORG[0,1) LOC[1,3)")]
    // An entity running to the end of the sentence is closed there.
    [InlineData("O O B-MISC I-MISC", "MISC[2,4)")]
    // IOBES.
    [InlineData("S-PER B-LOC E-LOC S-LOC", "PER[0,1) LOC[1,3) LOC[3,4)")]
    [InlineData("O O O", "")]
    [InlineData("", "")]
    public void Chunks_follow_conlleval(string tags, string expected) =>
        Assert.Equal(expected, Chunks(tags));

    [Fact]
    public void IOB1_and_IOB2_spellings_of_the_same_entities_give_the_same_chunks()
    {
        var iob1 = Chunker.Chunks(Tags.Parse("I-PER I-PER B-PER O I-ORG I-LOC"), 3);
        var iob2 = Chunker.Chunks(Tags.Parse("B-PER I-PER B-PER O B-ORG B-LOC"), 3);

        Assert.Equal(iob2, iob1);
        Assert.All(iob1, c => Assert.Equal(3, c.Sentence));
    }
}
