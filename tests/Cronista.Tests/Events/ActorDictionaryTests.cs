using Cronista.Entities;
using Cronista.Events.Actors;

namespace Cronista.Tests.Events;

/// <summary>The actor dictionary compiled into Cronista: names from the Phoenix dictionaries, agent nouns per language.</summary>
public sealed class ActorDictionaryTests
{
    private static readonly ActorDictionary.Set Dictionaries = new();

    private static string[] Words(string text) => [.. text.Split(' ').Select(EntityLexicon.Fold)];

    private static ActorMatch? Actor(string text, int start = 0, DateOnly? date = null, string language = "en") =>
        Dictionaries.For(language).ActorAt(Words(text), start, date);

    private static AgentMatch? Agent(string language, string text, string? lemmas = null)
    {
        var words = Words(text);
        return Dictionaries.For(language).AgentAt(words, lemmas is null ? words : Words(lemmas), 0);
    }

    [Fact]
    public void Bill_Clinton_is_the_US_government_while_president_and_an_elite_before_and_after()
    {
        Assert.Equal("USA GOV", Actor("bill clinton", date: new DateOnly(1998, 6, 1))?.Code);
        Assert.Equal("USA ELI", Actor("bill clinton", date: new DateOnly(2010, 1, 1))?.Code);
        Assert.Equal("USA ELI", Actor("bill clinton", date: new DateOnly(1980, 1, 1))?.Code);
        Assert.Equal("USA ELI", Actor("bill clinton")?.Code);
    }

    [Fact]
    public void The_longest_name_wins()
    {
        var match = Actor("u.s. president bill clinton said", date: new DateOnly(1999, 3, 24));
        Assert.Equal(new ActorMatch(0, 4, "USA GOV"), match);
    }

    [Theory]
    [InlineData("united nations", "IGO")]
    [InlineData("nato", "IGO")]
    [InlineData("hamas", "PSE REB")]
    [InlineData("Hamas", "PSE REB")]
    [InlineData("israel", "ISR")]
    [InlineData("kosovo", "XKX")]
    public void Names_have_their_codes(string name, string code) => Assert.Equal(code, Actor(name)?.Code);

    [Fact]
    public void Names_are_found_from_any_start_and_in_any_language()
    {
        Assert.Equal(new ActorMatch(2, 4, "IGO"), Actor("secondo le united nations", 2, language: "it"));
        Assert.Equal(new ActorMatch(1, 2, "PSE REB"), Actor("la hamas", 1, new DateOnly(2024, 1, 1), "fr"));
    }

    [Fact]
    public void A_name_coded_as_no_actor_hides_the_shorter_names_inside_it()
    {
        Assert.Null(Actor("indian ocean"));
        Assert.Equal("IND", Actor("indian")?.Code);
    }

    [Theory]
    [InlineData("the weather was fine", 0)]
    [InlineData("bill clinton", 5)]
    [InlineData("bill clinton", -1)]
    public void Words_that_name_no_actor_give_null(string text, int start) => Assert.Null(Actor(text, start));

    [Theory]
    [InlineData("en", "officials", "GOV", 1)]
    [InlineData("en", "troops", "MIL", 1)]
    [InlineData("en", "police", "COP", 1)]
    [InlineData("en", "riot police fired", "COP", 2)]
    [InlineData("en", "rebels", "REB", 1)]
    [InlineData("en", "protesters", "OPP", 1)]
    [InlineData("en", "foreign ministry", "GOV", 2)]
    [InlineData("it", "funzionari", "GOV", 1)]
    [InlineData("it", "truppe", "MIL", 1)]
    [InlineData("it", "manifestanti", "OPP", 1)]
    [InlineData("it", "profughi", "REF", 1)]
    [InlineData("it", "forze dell' ordine", "COP", 3)]
    [InlineData("de", "Polizei", "COP", 1)]
    [InlineData("de", "Beamte", "GOV", 1)]
    [InlineData("de", "Demonstranten", "OPP", 1)]
    [InlineData("fr", "responsables", "GOV", 1)]
    [InlineData("fr", "troupes", "MIL", 1)]
    [InlineData("fr", "forces de l' ordre", "COP", 4)]
    public void Agent_nouns_have_their_sector(string language, string text, string sector, int length) =>
        Assert.Equal(new AgentMatch(0, length, sector), Agent(language, text));

    [Fact]
    public void An_agent_matches_through_its_lemma()
    {
        Assert.Null(Agent("en", "troopz"));
        Assert.Equal(new AgentMatch(0, 1, "MIL"), Agent("en", "troopz", lemmas: "troop"));
    }

    [Theory]
    [InlineData("en", "weather")]
    [InlineData("it", "tempo")]
    [InlineData("de", "Wetter")]
    [InlineData("und", "officials")]
    public void Words_that_are_no_agent_give_null(string language, string text) => Assert.Null(Agent(language, text));
}
