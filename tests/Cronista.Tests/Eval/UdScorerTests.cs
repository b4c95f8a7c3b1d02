using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Eval.Ud;
using Cronista.Learning.Corpora;
using Cronista.Text;

namespace Cronista.Tests.Eval;

/// <summary>Rebuilding raw text from CoNLL-U and scoring token and sentence spans against it, on a two-sentence example.</summary>
public sealed class UdScorerTests
{
    // "Vado al mare. Poi torno." : "al" is a contraction (a + il), one surface token.
    private const string Conllu = """
        # newdoc id = d1
        # text = Vado al mare.
        1	Vado	andare	VERB	_	_	0	root	_	_
        2-3	al	_	_	_	_	_	_	_	_
        2	a	a	ADP	_	_	4	case	_	_
        3	il	il	DET	_	_	4	det	_	_
        4	mare	mare	NOUN	_	_	1	obl	_	SpaceAfter=No
        5	.	.	PUNCT	_	_	1	punct	_	_

        # text = Poi torno.
        1	Poi	poi	ADV	_	_	2	advmod	_	_
        2	torno	tornare	VERB	_	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	_	_	2	punct	_	_

        """;

    private static UdGoldDocument Gold() =>
        Assert.Single(UdGoldText.Build(ConlluReader.Read(new StringReader(Conllu), "test"), "test"));

    [Fact]
    public void The_text_is_the_sentences_joined_by_a_space_and_every_token_has_its_span()
    {
        var gold = Gold();

        Assert.Equal("Vado al mare. Poi torno.", gold.Text);
        Assert.Equal(["Vado", "al", "mare", ".", "Poi", "torno", "."], gold.Tokens.Select(t => gold.Text.Substring(t.Span.Start, t.Span.Length)));
        Assert.Equal("ADP+DET", gold.Tokens[1].Upos);
        Assert.Equal([new TextSpan(0, 13), new TextSpan(14, 24)], gold.Sentences.AsEnumerable());
    }

    [Fact]
    public void Spans_count_only_when_both_ends_match()
    {
        var gold = Gold();
        // One sentence instead of two; "al" split in two.
        TextSpan[] sentences = [new(0, 24)];
        TextSpan[] tokens = [new(0, 4), new(5, 6), new(6, 7), new(8, 12), new(12, 13), new(14, 17), new(18, 23), new(23, 24)];

        var sentenceScore = SpanScorer.Score(gold.Sentences, sentences);
        var tokenScore = SpanScorer.Score(gold.Tokens.Select(t => t.Span), tokens);

        Assert.Equal((0, 1, 2), (sentenceScore.TruePositives, sentenceScore.Predicted, sentenceScore.Gold));
        Assert.Equal((6, 8, 7), (tokenScore.TruePositives, tokenScore.Predicted, tokenScore.Gold));
        Assert.Equal(12.0 / 15, tokenScore.F1, 6);
    }

    [Fact]
    public void The_evaluator_scores_the_tokenizer_and_reports_words_only_when_a_layer_has_them()
    {
        var rules = new TokenizationRuleSet().For("it");
        Document Tokenize(Document d, CancellationToken _)
        {
            var tokens = Tokenizer.Tokenize(d.Text, rules);
            return d.With(Layers.Tokens, tokens, "test").With(Layers.Sentences, SentenceSplitter.Split(d.Text, tokens, rules), "test");
        }
        var withoutWords = new UdEvaluator(Tokenize).Evaluate("test", "it", [Gold()], 1, 0);
        var withWords = new UdEvaluator((d, ct) =>
        {
            var tokenized = Tokenize(d, ct);
            var words = tokenized.Get(Layers.Tokens).Select(t => new WordTag("NOUN", d.Text.Substring(t.Span.Start, t.Span.Length))).ToImmutableArray();
            return tokenized.With(Layers.Words, words, "test");
        }).Evaluate("test", "it", [Gold()], 1, 0);

        Assert.Equal(1.0, withoutWords.Tokens.F1);
        Assert.Equal(1.0, withoutWords.Sentences.F1);
        Assert.Null(withoutWords.Upos);
        Assert.Equal(new Accuracy(1, 7), withWords.Upos);
        Assert.Equal(new Accuracy(3, 7), withWords.Lemmas); // mare and the two full stops
    }

    [Fact]
    public void Gold_sentences_ending_in_a_colon_are_joined_to_the_next_one_in_the_same_paragraph()
    {
        const string text = "Ha detto: Siamo pronti. Elenco:\n\nAltro.";
        TextSpan[] sentences = [new(0, 9), new(10, 23), new(24, 31), new(33, 39)];

        var joined = UdEvaluator.JoinedAtColons(text, [.. sentences]).ToList();

        Assert.Equal([new TextSpan(0, 23), new TextSpan(24, 31), new TextSpan(33, 39)], joined);
    }
}
