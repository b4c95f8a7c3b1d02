using Cronista.Events.Verbs;

namespace Cronista.Tests.Events.Verbs;

/// <summary>The conversion of PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt) into word sets and trigger rows.</summary>
public sealed class CameoVerbDictionaryTests
{
    // A small dictionary in CAMEO.2.0.txt's layout: synonym sets, the verb patterns marker, one verb block.
    private static readonly string[] Dictionary =
    [
        "# CAMEO VERB PATTERN DICTIONARY",
        "####### SYNONYM SETS #######",
        "",
        "&FOOD",
        "+RICE",
        "+GRAIN_",
        "",
        "&MILITARY_",
        "+ARMED_FORCES",
        "+TROOPS  # a comment",
        "",
        "####### VERB PATTERNS #######",
        "",
        "---  RUSH   [---]  ---",
        "RUSH ",
        "SPEED {SPEEDING SPEEDS SPED }",
        "+RUSH_IN",
        "HURRY [042]",
        "- * AID                                               [070]         # RUSH",
        "- * &FOOD                                             [073]         # RUSH",
        "- * (TO {BANNED PARTIES}) $                           [1722]        # ADD",
        "- &FOOD *                                             [154]         # RUSH",
        "- * HOME                                              [---]         # RUSH",
        "- * &WEAPON                                           [194]         # RUSH",
        "- * (TO)                                              [042:043]     # RUSH",
    ];

    private static readonly CameoVerbDictionary.Conversion Converted = CameoVerbDictionary.Convert(Dictionary);

    private static string SetOf(string name) => Assert.Single(Converted.Sets, s => s.Name == name).Alternatives;

    private static string[] CodesOf(string pattern) => [.. Converted.Triggers.Where(t => t.Pattern == pattern).Select(t => t.Cameo)];

    [Fact]
    public void Synonym_sets_are_named_in_lower_case_without_the_closing_underscore()
    {
        Assert.Equal("rice|grain", SetOf("&food"));
        Assert.Equal("armed forces|troops", SetOf("&military"));
        Assert.DoesNotContain(Converted.Sets, s => s.Name.EndsWith('_'));
    }

    [Fact]
    public void A_verb_block_is_a_set_of_its_verbs_with_their_forms()
    {
        var verbs = SetOf("@rush").Split('|');

        Assert.Equal(["rush", "rushes", "rushed", "rushing"], verbs[..4]);
        Assert.Contains("rush in", verbs);
        Assert.Contains("rushed in", verbs);
        Assert.Contains("hurried", verbs);
        Assert.Equal(1, Converted.Blocks);
    }

    [Fact]
    public void A_verb_with_listed_forms_takes_only_those()
    {
        var verbs = SetOf("@rush").Split('|');

        Assert.Contains("speed", verbs);
        Assert.Contains("sped", verbs);
        Assert.Contains("speeding", verbs);
        Assert.Contains("speeds", verbs);
        Assert.DoesNotContain("speeded", verbs);
    }

    [Fact]
    public void A_verb_with_its_own_code_is_a_trigger_row_with_its_forms()
    {
        Assert.Equal(["042"], CodesOf("hurry|hurries|hurried|hurrying"));
        // The block is coded [---]: its other verbs alone are no event.
        Assert.DoesNotContain(Converted.Triggers, t => t.Pattern.StartsWith("rush|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("@rush ... aid", "070")]
    [InlineData("@rush ... &food", "073")]
    [InlineData("@rush ... to ... banned parties", "1722")]
    [InlineData("&food ... @rush", "154")]
    [InlineData("@rush ... home", "---")]
    [InlineData("@rush ... to", "042")]
    public void Patterns_become_slots_with_gaps_and_keep_their_code(string pattern, string cameo) =>
        Assert.Equal([cameo], CodesOf(pattern));

    [Fact]
    public void A_pattern_naming_an_undefined_set_is_dropped_and_counted()
    {
        Assert.DoesNotContain(Converted.Triggers, t => t.Pattern.Contains("&weapon", StringComparison.Ordinal));
        Assert.Equal(1, Converted.Skipped);
        Assert.Equal(7, Converted.Triggers.Count);
    }

    [Fact]
    public void A_verb_of_several_words_with_its_own_code_gets_a_set_its_trigger_row_matches_through()
    {
        var converted = CameoVerbDictionary.Convert(["####### VERB PATTERNS #######", "---  PULL   [---]  ---", "+PULL_BACK {+PULLED_BACK , +PULLS_BACK} [080]"]);
        var row = Assert.Single(converted.Triggers);
        var set = Assert.Single(converted.Sets, s => s.Name == row.Pattern);
        Assert.DoesNotContain(",", set.Alternatives.Split('|'));
        var rules = Cronista.Text.TokenizationRules.Load("en");
        var pattern = Cronista.Events.TriggerPattern.Parse([row.Pattern, row.Cameo, "verb", "-"], rules,
            name => converted.Sets.Where(s => s.Name == name).Select(s => Cronista.Events.TriggerPattern.SetAlternatives(s.Alternatives, rules)).FirstOrDefault());

        Assert.Equal(2, pattern.MatchAt(["pulled", "back"], 0));
    }
}
