using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

public sealed class GazetteerTests
{
    private static Gazetteer Gazetteer => SharedKnowledge.Base.Gazetteer;

    [Theory]
    [InlineData("Mosca")]
    [InlineData("Moskau")]
    [InlineData("Moscou")]
    [InlineData("Moscow")]
    [InlineData("MOSCA")]
    public void Names_of_Moscow_in_any_language_find_the_Russian_capital_first(string name)
    {
        var best = Gazetteer.Lookup(name)[0];
        Assert.Equal("Moscow", best.Name);
        Assert.Equal("RUS", best.Country);
        Assert.Equal("capital", best.Subtype);
        Assert.Equal("geonames:524901", best.ToRef().Id);
    }

    [Theory]
    [InlineData("München", "Munich", "DEU")]
    [InlineData("Munich", "Munich", "DEU")]
    [InlineData("Pyongyang", "Pyongyang", "PRK")]
    [InlineData("Kursk", "Kursk", "RUS")]
    [InlineData("Zürich", "Zürich", "CHE")]
    public void Cities_are_found_by_name_ignoring_case_and_diacritics(string name, string expected, string country)
    {
        var best = Gazetteer.Lookup(name)[0];
        Assert.Equal(expected, best.Name);
        Assert.Equal(country, best.Country);
    }

    [Fact]
    public void Regions_are_found_by_their_English_and_local_names()
    {
        Assert.Contains(Gazetteer.Lookup("Alaska"), p => p.Kind == PlaceKind.Region && p.Country == "USA");
        Assert.Contains(Gazetteer.Lookup("Bayern"), p => p.Kind == PlaceKind.Region && p.Name == "Bavaria");
        Assert.Contains(Gazetteer.Lookup("Lombardia"), p => p.Kind == PlaceKind.Region && p.Country == "ITA");
        Assert.Contains(Gazetteer.Lookup("Kursk"), p => p.Kind == PlaceKind.Region && p.Subtype == "region");
    }

    [Fact]
    public void A_country_ranks_before_a_city_or_region_of_the_same_name_and_knows_its_capital()
    {
        var georgia = Gazetteer.Lookup("Georgia");
        Assert.Equal(PlaceKind.Country, georgia[0].Kind);
        Assert.Equal("iso:GEO", georgia[0].ToRef().Id);
        Assert.Contains(georgia, p => p.Kind == PlaceKind.Region && p.Country == "USA");
        Assert.Equal("Pyongyang", Gazetteer.CapitalOf("PRK")?.Name);
    }

    [Theory]
    [InlineData("Pyongynag", "Pyongyang")]
    [InlineData("Washingon", "Washington")]
    [InlineData("Berlni", "Berlin")]
    public void Misspelt_names_of_prominent_places_match_fuzzily(string misspelling, string expected)
    {
        var matches = Gazetteer.LookupFuzzy(misspelling);
        Assert.NotEmpty(matches);
        Assert.Equal(expected, matches[0].Place.Name);
        Assert.InRange(matches[0].Distance, 1, 2);
        Assert.Equal(expected, Gazetteer.Resolve(misspelling)[0].Place.Name);
    }

    [Fact]
    public void A_misspelt_small_town_does_not_match_fuzzily()
    {
        // Castelfranco Emilia (about 33,000 people) is in the gazetteer but too small for fuzzy matching.
        var town = Assert.Single(Gazetteer.Lookup("Castelfranco Emilia"));
        Assert.True(town.Population < Gazetteer.FuzzyMinimumPopulation);
        Assert.DoesNotContain(Gazetteer.LookupFuzzy("Castelfranko Emilia"), m => m.Place == town);
    }

    [Fact]
    public void Short_names_and_names_that_exist_are_never_matched_fuzzily()
    {
        Assert.Empty(Gazetteer.LookupFuzzy("Romx"));
        Assert.Empty(Gazetteer.LookupFuzzy("Moscow"));
    }
}
