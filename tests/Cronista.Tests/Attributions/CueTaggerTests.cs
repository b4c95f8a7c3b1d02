using System.Collections.Immutable;
using Cronista.Attributions;
using Cronista.Core;
using Cronista.Eval.Attributions;
using Cronista.Eval.Training;
using Cronista.Learning.Perceptron;
using Cronista.Tests.Support;

namespace Cronista.Tests.Attributions;

/// <summary>The cue tagger's features, gold labels and decoding into cue spans.</summary>
public sealed class CueTaggerTests
{
    private static readonly AttributionCues Lexicon = AttributionCues.Load("en")!;

    [Fact]
    public void Every_token_gets_features_and_the_same_words_give_the_same_keys()
    {
        var words = new SentenceWords(SharedAnalyzer.Analyze("Critics voiced support for the plan: “It works.”", "en"));
        var (first, second) = (new SentenceFeatures(), new SentenceFeatures());
        CueFeatures.Extract(words, Lexicon, 0, words.Tokens.Length, first);
        CueFeatures.Extract(words, Lexicon, 0, words.Tokens.Length, second);
        Assert.Equal(words.Tokens.Length, first.Tokens);
        for (var t = 0; t < first.Tokens; t++)
            Assert.Equal(first.Of(t).ToArray(), second.Of(t).ToArray());
    }

    [Fact]
    public void A_listed_cue_and_an_unlisted_word_differ_in_the_list_feature()
    {
        var said = new SentenceWords(SharedAnalyzer.Analyze("He said it.", "en"));
        var ate = new SentenceWords(SharedAnalyzer.Analyze("He ate it.", "en"));
        var (a, b) = (new SentenceFeatures(), new SentenceFeatures());
        CueFeatures.Extract(said, Lexicon, 0, said.Tokens.Length, a);
        CueFeatures.Extract(ate, Lexicon, 0, ate.Tokens.Length, b);
        // Only the word-bearing features of "said"/"ate" and the list feature may differ; "He" keeps its bias and position.
        Assert.Contains(a.Of(0).ToArray()[0], b.Of(0).ToArray());
        Assert.NotEqual(a.Of(1).ToArray()[16], b.Of(1).ToArray()[16]);
    }

    [Fact]
    public void Gold_cues_and_sources_become_bio_labels_over_their_tokens()
    {
        const string text = "Critics voiced support for the plan.";
        var document = SharedAnalyzer.Analyze(text, "en");
        var start = text.IndexOf("support for", StringComparison.Ordinal);
        var gold = new List<BratAttribution> { new([new TextSpan(0, 7)], [new TextSpan(start, start + "support for".Length)], []) };
        var (_, labels) = Assert.Single(AttributionTraining.Label(document, Lexicon, gold));
        var names = labels.Select(l => CueTagger.Labels.Names[l]).ToArray();
        Assert.Equal(["B-SOURCE", "O", "B-CUE", "I-CUE", "O", "O", "O"], names);
    }

    [Fact]
    public void Decoded_labels_become_token_ranges()
    {
        // A model that only knows the bias: every token is B-CUE, so every token is its own cue.
        var labels = CueTagger.Labels;
        var weights = new float[labels.Count];
        weights[labels.IndexOf("B-CUE")] = 1;
        var model = new SequenceModel(labels, new WeightTable([FeatureHash.Key(0)], weights, labels.Count),
            new float[(labels.Count + 1) * labels.Count], ImmutableDictionary<string, string>.Empty);
        var words = new SentenceWords(SharedAnalyzer.Analyze("He said it.", "en"));
        var chunks = new CueTagger(model).Tag(words, Lexicon, 1, 3);
        Assert.Equal([new LabelChunk(1, 2, "CUE"), new LabelChunk(2, 3, "CUE")], chunks);
    }

    [Fact]
    public void An_english_tagger_ships_with_the_assembly() =>
        Assert.NotNull(CueTagger.Shipped.For("en"));
}
