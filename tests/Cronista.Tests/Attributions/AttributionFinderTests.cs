using Cronista.Attributions;
using Cronista.Core;
using Cronista.Tests.Support;

namespace Cronista.Tests.Attributions;

/// <summary>Source, cue and content spans as PolNeAR marks them, on the sentence shapes news uses most.</summary>
public sealed class AttributionFinderTests
{
    private static List<(string? Source, string Cue, string Content)> Find(string text)
    {
        var document = SharedAnalyzer.Analyze(text, "en");
        return [.. document.Get(Layers.Attributions).Select(a => (
            a.Source is { } source ? document.TextOf(source) : null,
            document.TextOf(a.Cue),
            string.Join(" | ", a.Content.Select(document.TextOf))))];
    }

    [Fact]
    public void Source_cue_content_keeps_that_and_drops_the_full_stop() =>
        Assert.Equal([("Spokeswoman Haley Morris", "says", "that the candidate will compete")],
            Find("Spokeswoman Haley Morris says that the candidate will compete."));

    [Fact]
    public void A_quote_before_its_source_keeps_its_marks_and_comma() =>
        Assert.Equal([("he", "said", "“We will win,”")], Find("“We will win,” he said."));

    [Fact]
    public void An_inverted_source_follows_the_cue() =>
        Assert.Equal([("Senator John Smith", "said", "“We will win,”")], Find("“We will win,” said Senator John Smith."));

    [Fact]
    public void The_verb_group_is_the_cue() =>
        Assert.Equal([("The governor", "has also said", "that taxes will rise")], Find("The governor has also said that taxes will rise."));

    [Fact]
    public void According_to_names_its_source_after_it() =>
        Assert.Equal([("the report", "according to", "Turnout fell")], Find("Turnout fell, according to the report."));

    [Fact]
    public void An_appositive_belongs_to_the_source() =>
        Assert.Equal([("Huma Abedin, vice chairwoman of the campaign,", "said", "that she was proud")],
            Find("Huma Abedin, vice chairwoman of the campaign, said that she was proud."));

    [Fact]
    public void A_quote_the_source_interrupts_is_one_content_in_two_parts() =>
        Assert.Equal([("he", "said", "“We will win,” | “and we will win big.”")], Find("“We will win,” he said, “and we will win big.”"));

    [Fact]
    public void An_unclosed_quotation_mark_does_not_swallow_the_article()
    {
        var text = "He said “we will win.\n\nThe next paragraph is about something else. " + string.Concat(Enumerable.Repeat("More text follows here. ", 50));
        var found = Find(text);
        Assert.All(found, a => Assert.DoesNotContain("next paragraph", a.Content, StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_never_runs_past_its_paragraph()
    {
        var text = "Smith said: “The first part\n\nof a paragraph” and then “another one.”\n\nThe end.";
        var found = Find(text);
        Assert.All(found, a => Assert.DoesNotContain("\n\n", a.Content, StringComparison.Ordinal));
    }

    [Fact]
    public void Other_languages_have_no_attribution_spans_yet() =>
        Assert.Empty(SharedAnalyzer.Analyze("Il ministro ha detto che le tasse saliranno.", "it").Get(Layers.Attributions));

    [Fact]
    public void A_participle_cue_shares_the_source_of_the_cue_before_it()
    {
        var found = Find("“The plan will fail,” he said, adding that taxes would rise.");
        Assert.Contains(("he", "said", "“The plan will fail,”"), found);
        Assert.Contains(found, a => a.Cue == "adding" && a.Source == "he");
    }

    [Fact]
    public void A_cue_that_closes_its_content_is_built_before_a_cue_inside_it() =>
        Assert.Contains(("sources", "said", "The protocol called for a hospital visit"),
            Find("The protocol called for a hospital visit, sources said."));

    [Fact]
    public void A_bracketed_party_and_an_appositive_belong_to_an_inverted_source() =>
        Assert.Contains(("Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus", "said", "“This is a disgusting day,”"),
            Find("“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus."));

    [Fact]
    public void A_colon_that_ends_its_paragraph_announces_the_next_paragraph()
    {
        var found = Find("The governor added:\n\nIt is typical of her. She knows nothing.\n\nThe end came soon.");
        Assert.Contains(found, a => a.Source == "The governor" && a.Cue.EndsWith(':') && a.Content == "It is typical of her. She knows nothing");
    }

    [Fact]
    public void A_quote_left_open_at_a_paragraph_end_goes_on_in_the_next()
    {
        var found = Find("The Times reports:\n\n\"Just 24 percent gave less.\n\n\"Without this network, she must go on.\"\n\n“We will win,” said Smith.");
        Assert.Contains(found, a => a.Source == "The Times" && a.Content == "\"Just 24 percent gave less | \"Without this network, she must go on.\"");
        Assert.Contains(("Smith", "said", "“We will win,”"), found);
    }

    [Fact]
    public void A_short_phrase_after_the_cue_does_not_turn_a_quote_before_it_away() =>
        Assert.Contains(("top lawmakers", "said", "“It is an insult,”"),
            Find("“It is an insult,” top lawmakers said Friday afternoon, as they bristled at the questions."));

    [Fact]
    public void A_quote_goes_on_after_a_participle_that_interrupts_it()
    {
        var found = Find("“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to the people.”");
        Assert.Contains(("Tester", "said", "“Every time you say that,” | “you give ammunition to the people.”"), found);
        Assert.DoesNotContain(found, a => a.Cue != "said" && a.Content.Contains("ammunition", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_goes_on_in_the_next_sentence_after_a_participle() =>
        Assert.Contains(("she", "said", "“Here comes Big Daddy,” | “The Donald. Big Daddy.”"),
            Find("“Here comes Big Daddy,” she said, pointing. “The Donald. Big Daddy.”"));

    [Fact]
    public void A_full_stop_before_a_quote_ends_a_content_even_when_the_sentence_goes_on()
    {
        var found = Find("Mr. Manafort said he agreed with Mr. Cruz. ''I don't want a fractured convention,'' he said, adding, ''We don't want to be fighting.''");
        Assert.Contains(("Mr. Manafort", "said", "he agreed with Mr. Cruz"), found);
        Assert.Contains(("he", "said", "''I don't want a fractured convention,''"), found);
        Assert.Contains(found, a => a.Cue == "adding" && a.Content == "''We don't want to be fighting.''");
    }

    [Fact]
    public void A_paraphrase_with_its_own_cue_is_not_the_content_of_a_later_cue()
    {
        var found = Find("He said he had not seen the violent episode in Fayetteville, and when asked whether he was encouraging his supporters' fury, he said, “I hope not.”");
        Assert.Contains(found, a => a.Source == "He" && a.Cue == "said" && a.Content.StartsWith("he had not seen", StringComparison.Ordinal));
        Assert.Contains(("he", "said", "“I hope not.”"), found);
    }

    [Fact]
    public void An_opening_phrase_before_the_source_is_not_the_content() =>
        Assert.Contains(("Mr. Obama", "said", "a majority of Americans believe that climate change is real"),
            Find("During his years in office, Mr. Obama said a majority of Americans believe that climate change is real."));
    [Fact]
    public void Question_and_answer_letters_and_credit_lines_are_no_speakers()
    {
        var found = Find("The interview was edited.\n\nQ: Did anyone take care of you back then?\n\nA: No, no one did at all.\n\nTwitter: @columnist.\n\nBOOM: The senator just fired back at the governor.");
        Assert.DoesNotContain(found, a => a.Cue == ":");
    }

    [Fact]
    public void A_dash_that_opens_a_paragraph_credits_the_story_not_the_quote()
    {
        var found = Find("He called him “my friend.”\n\n- Reuters.");
        Assert.DoesNotContain(found, a => a.Cue == "-");
    }
    [Fact]
    public void A_quotation_closed_by_its_own_cue_ends_the_earlier_paraphrase()
    {
        var found = Find("Warren said she felt the law was worth examining because “most people don’t know about that loophole,” she said.");
        Assert.Contains(("she", "said", "“most people don’t know about that loophole,”"), found);
        Assert.Contains(found, a => a.Source == "Warren" && a.Content.StartsWith("she felt the law", StringComparison.Ordinal) && !a.Content.Contains("loophole", StringComparison.Ordinal));
    }

    [Fact]
    public void A_colon_before_a_clause_with_its_own_cue_is_no_cue() =>
        Assert.Equal([("Republicans", "said", "they are convinced the department mishandled the inquiry")],
            Find("The news set off another round of fireworks on Friday: Republicans said they are convinced the department mishandled the inquiry."));
    [Fact]
    public void A_quotation_that_opens_the_sentence_is_the_content_whatever_the_cue_adds() =>
        Assert.Contains(("Flynn, a top surrogate,", "said", "“He is absolutely right,” | “There is a lot of frustration within the ranks.”"),
            Find("“He is absolutely right,” Flynn, a top surrogate, said Thursday morning on Fox News’s “Fox and Friends.” “There is a lot of frustration within the ranks.”"));

    [Fact]
    public void A_cue_object_ends_before_why_or_when_it_was_said()
    {
        var found = Find("The department warned states to boost their election security after hackers targeted data systems in two states.");
        Assert.Contains(found, a => a.Cue == "warned" && a.Content.EndsWith("security", StringComparison.Ordinal));
    }
    [Fact]
    public void A_passive_cue_takes_its_agent_as_source_and_its_subject_as_content() =>
        Assert.Contains(("dozens of newspapers", "has been endorsed by", "The Democratic nominee"),
            Find("The Democratic nominee has been endorsed by dozens of newspapers."));
    [Fact]
    public void Called_that_gives_a_name_is_no_cue_but_called_that_judges_is()
    {
        Assert.DoesNotContain(Find("The mine was built near a stream called Miracle Run, and the program, called EB-5, was extended."), a => a.Cue.Contains("called", StringComparison.Ordinal));
        Assert.Contains(Find("The senator called Clinton a liar."), a => a.Cue == "called");
    }
    [Fact]
    public void A_hyphenated_word_does_not_end_the_source_after_according_to() =>
        Assert.Contains(("a 52-count civil complaint filed by the commission", "According to", "the developers used investor money"),
            Find("According to a 52-count civil complaint filed by the commission, the developers used investor money."));

    [Fact]
    public void A_title_in_quotation_marks_is_no_quoted_speech() =>
        Assert.Contains(Find("As a reality TV boss on “The Apprentice,” Donald Trump repeatedly demeaned women, according to show insiders."),
            a => a.Cue.StartsWith("according to", StringComparison.Ordinal) && a.Content == "As a reality TV boss on “The Apprentice,” Donald Trump repeatedly demeaned women");
}
