using Cronista.Entities.Learned;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Tests.Entities;

public sealed class FirstPassVotesTests
{
    private static readonly LabelSet Labels = LabelSet.Iob2(["PER", "ORG", "LOC", "MISC"]);

    // Type indexes as FirstPassVotes numbers them: O, then the types in label order; stored plus one.
    private const byte None = 0, O = 1, Per = 2, Loc = 4;

    private static FirstPassVotes Votes(string[] words, string[] labels)
    {
        var atoms = words.Select(w => TokenAtoms.Of(w, clusters: null)).ToArray();
        return new FirstPassVotes(atoms, [.. labels.Select(Labels.IndexOf)], Labels);
    }

    [Fact]
    public void A_word_hears_what_its_other_occurrences_were_called_not_itself()
    {
        var votes = Votes(
            ["Michael", "Jordan", "scored", ".", "Jordan", "said", ".", "Jordan", "won"],
            ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "B-PER", "O"]);

        // The Jordan tagged a place: its two other occurrences were a person once and a person once.
        Assert.Equal(Per, votes.Others[4]);
        Assert.Equal(Loc, votes.Own[4]);
        // The first Jordan: the others were a place and a person; the tie goes to the type listed first.
        Assert.Equal(Per, votes.Others[1]);
        Assert.Equal(Per, votes.Own[1]);
    }

    [Fact]
    public void Lower_case_words_and_words_seen_once_get_no_vote()
    {
        var votes = Votes(["Roma", "scored", "scored"], ["B-LOC", "O", "O"]);

        Assert.Equal(None, votes.Others[0]);
        Assert.Equal(None, votes.Others[1]);
        Assert.Equal(O, votes.Own[1]);
    }
}
