using Cronista.Time;

namespace Cronista.Tests.Time;

public sealed class TimeStageTests
{
    [Fact]
    public void Without_a_publication_date_relative_values_stay_unknown()
    {
        const string text = "Ieri il ministro ha parlato; il 15 agosto si vota, tre anni fa no.";
        var times = TimeKit.TimesOf(text, "it", published: null);

        Assert.Equal(["Ieri=null", "il 15 agosto=XXXX-08-15", "tre anni fa=null"], TimeKit.Describe(text, times));
    }

    [Fact]
    public void Expressions_never_overlap_and_the_longest_reading_wins()
    {
        const string text = "Il vertice è fissato per lunedì 18 agosto alle 10:30 ora italiana.";
        var times = TimeKit.TimesOf(text, "it", TimeKit.Published);

        var time = Assert.Single(times);
        Assert.Equal("lunedì 18 agosto alle 10:30 ora italiana", time.Span.Of(text));
        Assert.Equal(TimexType.TIME, time.Type);
        Assert.Equal("2025-08-18T10:30", time.Value);
        Assert.Equal("+02:00", time.TimeZone); // Italian summer time
    }

    [Theory]
    [InlineData("it", "L'Airbus A380 e il Boeing 787 del G7 e il COVID-19.")]
    [InlineData("en", "The A350, the Boeing 787 and COVID-19 at the G7.")]
    public void Numbers_inside_names_are_not_times(string language, string text) =>
        Assert.Empty(TimeKit.TimesOf(text, language, TimeKit.Published));

    [Theory]
    [InlineData("it", "Si voterà giovedì.", "giovedì=2025-08-14")] // future tense nearby: the coming Thursday
    [InlineData("it", "Si è votato giovedì.", "giovedì=2025-08-07")]
    [InlineData("en", "The summit will be on Friday, the White House said on Tuesday.", "Friday=2025-08-15", "Tuesday=2025-08-12")]
    public void A_bare_weekday_is_past_unless_its_verb_is_future(string language, string text, params string[] expected) =>
        Assert.Equal(expected, TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Theory]
    [InlineData("it", "L'ultimo lunedì di marzo 2014.", "L'ultimo lunedì di marzo 2014=2014-03-31")]
    [InlineData("en", "The first Tuesday of October 2014.", "The first Tuesday of October 2014=2014-10-07")]
    [InlineData("de", "Am dritten Dienstag im September 2014.", "dritten Dienstag im September 2014=2014-09-16")]
    [InlineData("fr", "Le dernier jour d'octobre 2015.", "Le dernier jour d'octobre 2015=2015-10-31")]
    public void Nth_weekdays_and_days_of_a_month(string language, string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Theory]
    [InlineData("it", "Il 3/4/2025.", "Il 3/4/2025=2025-04-03")] // day first
    [InlineData("en", "On 3/4/2025.", "3/4/2025=2025-03-04")] // month first
    [InlineData("en", "On 31/10/1974.", "31/10/1974=1974-10-31")] // 31 cannot be a month: day first
    public void Numeric_dates_follow_the_language_then_the_values(string language, string text, string expected) =>
        Assert.Equal([expected], TimeKit.Describe(text, TimeKit.TimesOf(text, language, TimeKit.Published)));

    [Fact]
    public void German_morgen_is_tomorrow_and_Morgen_the_morning()
    {
        const string text = "Am Morgen regnete es, heute Morgen nicht. Er kommt morgen.";
        // "Am Morgen" alone is the morning of the day at hand (TimeML tags "the morning"): the publication day's here, as no day
        // was named before it (after "Er kommt morgen." it would be tomorrow's: PartOfDayTests).
        Assert.Equal(["Morgen=2025-08-13TMO", "heute Morgen=2025-08-13TMO", "morgen=2025-08-14"], TimeKit.Describe(text, TimeKit.TimesOf(text, "de", TimeKit.Published)));
    }

    [Fact]
    public void Every_language_s_data_loads_and_names_only_known_holidays()
    {
        var rules = new TimeRules(new Cronista.Text.TokenizationRuleSet());
        foreach (var language in Cronista.Core.SupportedLanguages.All)
            Assert.True(rules.For(language).Phrases.Count > 100, $"{language} has too little time vocabulary");
    }

    [Fact]
    public void An_unknown_language_still_reads_digits_and_zones()
    {
        const string text = "2025-08-13 15:30 UTC";
        var times = TimeKit.TimesOf(text, "xx", TimeKit.Published);
        Assert.Equal(["2025-08-13 15:30 UTC=2025-08-13T15:30"], TimeKit.Describe(text, times));
    }
}
