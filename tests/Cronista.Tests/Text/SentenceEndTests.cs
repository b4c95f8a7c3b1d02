using System.Collections.Immutable;
using Cronista.Text;
using Cronista.Text.Boundaries;

namespace Cronista.Tests.Text;

/// <summary>Where the splitter asks a sentence-end classifier, and what it does with the answer.</summary>
public sealed class SentenceEndTests
{
    private static readonly TokenizationRuleSet Rules = new();

    /// <summary>Answers every question the same way and remembers the marks it was asked about.</summary>
    private sealed class FixedAnswer(bool answer) : ISentenceEnds
    {
        public List<string> Asked { get; } = [];

        public bool Ends(string text, ImmutableArray<Token> tokens, int mark, int last)
        {
            Asked.Add(text.Substring(tokens[mark].Span.Start, tokens[mark].Span.Length));
            return answer;
        }
    }

    private static string[] Sentences(string text, string language, ISentenceEnds? ends)
    {
        var rules = Rules.For(language);
        return [.. SentenceSplitter.Split(text, Tokenizer.Tokenize(text, rules), rules, ends).Select(s => text.Substring(s.Span.Start, s.Span.Length))];
    }

    [Fact]
    public void The_classifier_decides_at_full_stops_but_never_at_colons_or_semicolons()
    {
        const string text = "Il ministro ha detto: «Siamo pronti». Poi è partito; Roma tace.";
        var yes = new FixedAnswer(true);

        var split = Sentences(text, "it", yes);

        Assert.Equal(["."], yes.Asked);
        Assert.Equal(["Il ministro ha detto: «Siamo pronti».", "Poi è partito; Roma tace."], split);
    }

    [Fact]
    public void A_classifier_that_says_no_keeps_sentences_together_whatever_the_capital_letter_says() =>
        Assert.Equal(["Vado al mare. Poi torno."], Sentences("Vado al mare. Poi torno.", "it", new FixedAnswer(false)));

    [Theory]
    [InlineData("en", "“Why not?” she asked. Then she left.", "“Why not?” she asked.")]
    [InlineData("it", "«Siamo pronti.» – ha detto Rossi. Poi è partito.", "«Siamo pronti.» – ha detto Rossi.")]
    [InlineData("en", "“We are ready.” ― Jane Doe. Then she left.", "“We are ready.” ― Jane Doe.")]
    public void A_speaker_named_after_the_closing_quotation_mark_stays_in_the_sentence(string language, string text, string first)
    {
        Assert.Equal(first, Sentences(text, language, new FixedAnswer(true))[0]);
        Assert.Equal(first, Sentences(text, language, ends: null)[0]);
    }

    [Fact]
    public void A_lower_case_word_after_a_plain_full_stop_is_the_classifier_s_to_decide_and_after_other_marks_goes_on()
    {
        Assert.Equal(["Il caso è chiuso.", "poi si vedrà."], Sentences("Il caso è chiuso. poi si vedrà.", "it", new FixedAnswer(true)));
        Assert.Single(Sentences("Il caso è chiuso. poi si vedrà.", "it", ends: null));
        Assert.Single(Sentences("Il titolo di Yahoo! ha perso l'1,8%.", "it", new FixedAnswer(true)));
        Assert.Single(Sentences("Sen. Bernie Sanders (I-Vt.) said it again.", "en", new FixedAnswer(true)));
    }

    [Fact]
    public void At_a_line_break_the_rules_decide_as_the_classifier_never_saw_one()
    {
        var no = new FixedAnswer(false);

        Assert.Equal(["Il caso è chiuso.", "Poi si vedrà."], Sentences("Il caso è chiuso.\nPoi si vedrà.", "it", no));
        Assert.Empty(no.Asked);
    }

    [Theory]
    [InlineData("it", "Il governo ha approvato la legge. Il Senato voterà domani.")]
    [InlineData("en", "The government passed the law. The Senate votes tomorrow.")]
    [InlineData("de", "Die Regierung hat das Gesetz beschlossen. Der Bundesrat stimmt morgen ab.")]
    [InlineData("fr", "Le gouvernement a adopté la loi. Le Sénat votera demain.")]
    public void Every_language_ships_a_classifier_that_ends_a_plain_sentence(string language, string text)
    {
        var model = SentenceEndModel.Shipped.For(language);

        Assert.NotNull(model);
        Assert.Equal(2, Sentences(text, language, model).Length);
    }

    [Fact]
    public void The_shipped_english_classifier_keeps_an_abbreviation_before_a_name() =>
        Assert.Single(Sentences("The case went to the U.S. Supreme Court last year.", "en", SentenceEndModel.Shipped.For("en")));

    [Fact]
    public void A_roman_numeral_with_a_dot_before_a_lower_case_word_is_an_ordinal() =>
        Assert.Single(Sentences("Papst Leo XIV. hat am Donnerstag den Präsidenten empfangen.", "de", new FixedAnswer(true)));
    [Fact]
    public void Two_apostrophes_that_close_a_quotation_after_a_full_stop_end_the_sentence() =>
        Assert.Equal(["Her statement was ''not in line with our policy.''", "The network said it would send her."],
            Sentences("Her statement was ''not in line with our policy.'' The network said it would send her.", "en", null));
}
