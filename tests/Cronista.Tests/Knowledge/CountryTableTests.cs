using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

public sealed class CountryTableTests
{
    private static CountryTable Countries => SharedKnowledge.Base.Countries;

    [Theory]
    [InlineData("it", "nordcoreane", "PRK")]
    [InlineData("it", "nordcoreano", "PRK")]
    [InlineData("it", "russa", "RUS")]
    [InlineData("it", "statunitensi", "USA")]
    [InlineData("it", "giapponese", "JPN")]
    [InlineData("de", "russische", "RUS")]
    [InlineData("de", "Russen", "RUS")]
    [InlineData("de", "nordkoreanischen", "PRK")]
    [InlineData("fr", "nord-coréennes", "PRK")]
    [InlineData("fr", "russes", "RUS")]
    [InlineData("en", "Russians", "RUS")]
    [InlineData("en", "North Korean", "PRK")]
    public void Demonyms_in_every_inflection_point_to_their_country(string language, string form, string iso3)
    {
        Assert.Equal(iso3, Assert.Single(Countries.ByDemonym(language, form)).Iso3);
    }

    [Theory]
    [InlineData("fr", "États-Unis", "USA")]
    [InlineData("fr", "états-unis", "USA")]
    [InlineData("fr", "Etats Unis", "USA")]
    [InlineData("it", "Corea del Nord", "PRK")]
    [InlineData("it", "Stati Uniti", "USA")]
    [InlineData("it", "USA", "USA")]
    [InlineData("it", "Russia", "RUS")]
    [InlineData("it", "Ucraina", "UKR")]
    [InlineData("de", "Russland", "RUS")]
    [InlineData("de", "Deutschland", "DEU")]
    [InlineData("en", "North Korea", "PRK")]
    [InlineData("en", "United Kingdom", "GBR")]
    public void Country_names_are_found_ignoring_case_diacritics_and_hyphens(string language, string name, string iso3)
    {
        Assert.Equal(iso3, Assert.Single(Countries.ByName(language, name)).Iso3);
    }

    [Fact]
    public void Contextual_aliases_are_kept_apart_from_names()
    {
        Assert.Equal("PRK", Assert.Single(Countries.ByContextualAlias("it", "Nord")).Iso3);
        Assert.Empty(Countries.ByName("it", "Nord"));
        Assert.Equal("KOR", Assert.Single(Countries.ByContextualAlias("en", "South")).Iso3);
    }

    [Fact]
    public void Forms_of_one_language_do_not_leak_into_another()
    {
        Assert.Empty(Countries.ByDemonym("it", "russische"));
        Assert.Empty(Countries.ByName("de", "Corea del Nord"));
    }

    [Fact]
    public void Ambiguous_forms_say_so_and_give_every_country()
    {
        var congolese = Countries.Find("it", "congolese");
        Assert.All(congolese, f => Assert.True(f.IsAmbiguous));
        Assert.Equal(["COD", "COG"], congolese.Select(f => f.Country.Iso3).Order());
    }

    [Fact]
    public void Countries_are_found_by_code_with_their_English_name_and_capital()
    {
        var korea = Countries.ByIso3("PRK")!;
        Assert.Equal("North Korea", korea.Name);
        Assert.Equal("KP", korea.Iso2);
        Assert.Equal("Pyongyang", SharedKnowledge.Base.Gazetteer.Find(korea.CapitalGeonameId!.Value)!.Name);
        Assert.Same(korea, Countries.ByIso2("kp"));
        Assert.Equal("iso:PRK", korea.ToRef().Id);
        Assert.Null(Countries.ByIso3("XYZ"));
    }

    [Fact]
    public void A_language_file_naming_an_unknown_code_is_rejected_with_the_file_and_the_row()
    {
        var rows = new Dictionary<string, IEnumerable<string[]>> { ["it"] = [["ZZZ", "Zembla"]] };
        var error = Assert.Throws<InvalidDataException>(() => CountryTable.FromRows([["RU", "RUS", "Russia", "2017370"]], rows));
        Assert.Contains("Knowledge/Languages/it/countries.tsv", error.Message);
        Assert.Contains("ZZZ", error.Message);
    }
}
