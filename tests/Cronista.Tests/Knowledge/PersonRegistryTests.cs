using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

public sealed class PersonRegistryTests
{
    private static PersonRegistry People => SharedKnowledge.Base.People;

    [Theory]
    [InlineData("president", "RUS", "2025-08-13", "Vladimir Putin")]
    [InlineData("president", "USA", "2022-01-01", "Joe Biden")]
    [InlineData("president", "USA", "2025-08-13", "Donald Trump")]
    [InlineData("president", "USA", "2018-06-01", "Donald Trump")]
    [InlineData("leader", "PRK", "2025-08-13", "Kim Jong Un")]
    [InlineData("president", "PRK", "2025-08-13", "Kim Jong Un")]
    [InlineData("chancellor", "DEU", "2019-03-01", "Angela Merkel")]
    [InlineData("head-of-government", "ITA", "2022-01-15", "Mario Draghi")]
    [InlineData("pope", "VAT", "2025-03-01", "Pope Francis")]
    [InlineData("pope", "VAT", "2025-06-01", "Pope Leo XIV")]
    [InlineData("secretary-general", "nato", "2025-01-01", "Mark Rutte")]
    [InlineData("marshal", "PRK", "2025-08-13", "Kim Jong Un")]
    public void Office_holders_are_found_by_office_country_and_date(string office, string country, string date, string expected)
    {
        var holder = Assert.Single(People.HolderOn(office, country, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, holder.Name);
    }

    [Fact]
    public void Nobody_holds_an_office_between_the_death_of_a_pope_and_the_election_of_the_next()
    {
        Assert.Empty(People.HolderOn("pope", "VAT", new DateOnly(2025, 5, 1)));
    }

    [Theory]
    [InlineData("Kim Jong-un", "kim-jong-un")]
    [InlineData("Kim Jong Un", "kim-jong-un")]
    [InlineData("Selenskyj", "volodymyr-zelenskyy")]
    [InlineData("Zelensky", "volodymyr-zelenskyy")]
    [InlineData("Erdogan", "recep-tayyip-erdogan")]
    [InlineData("Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Xi Jinping", "xi-jinping")]
    [InlineData("Putin", "vladimir-putin")]
    public void People_are_found_by_full_name_spelling_or_surname(string text, string id)
    {
        Assert.Contains(People.Find(text), p => p.Id == id);
    }

    [Fact]
    public void A_shared_surname_gives_every_candidate_and_terms_are_merged_per_person()
    {
        Assert.True(People.FindBySurname("Kim").Count >= 2);
        var trump = People.ById("donald-trump")!;
        Assert.Equal(2, trump.Terms.Count);
        Assert.Contains("Donald J. Trump", trump.Aliases);
        Assert.Equal(new KnowledgeRef("kb:donald-trump", "Donald Trump", "USA", "person", "GOV"), trump.ToRef());
    }

    [Fact]
    public void A_bad_date_is_reported_with_the_row()
    {
        string[] row = ["x", "X", "", "", "ITA", "-", "president", "GOV", "hos", "2020-13-01", "", "", "X"];
        var error = Assert.Throws<InvalidDataException>(() => PersonRegistry.FromRows([row]));
        Assert.Contains("2020-13-01", error.Message);
    }
}
