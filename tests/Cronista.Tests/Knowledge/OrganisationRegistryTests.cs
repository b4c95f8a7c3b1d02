using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

public sealed class OrganisationRegistryTests
{
    private static OrganisationRegistry Organisations => SharedKnowledge.Base.Organisations;

    [Theory]
    [InlineData("Cremlino", "kremlin")]
    [InlineData("Kreml", "kremlin")]
    [InlineData("Casa Bianca", "white-house")]
    [InlineData("Esercito popolare di Corea", "korean-peoples-army")]
    [InlineData("Nazioni Unite", "un")]
    [InlineData("ONU", "un")]
    [InlineData("Unione europea", "european-union")]
    [InlineData("EZB", "european-central-bank")]
    [InlineData("Tsahal", "idf")]
    public void Organisations_are_found_by_any_of_their_names(string name, string id)
    {
        Assert.Contains(Organisations.Find(name), o => o.Id == id);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        Assert.Contains(Organisations.Find("IS"), o => o.Id == "islamic-state");
        Assert.DoesNotContain(Organisations.Find("is"), o => o.Id == "islamic-state");
        Assert.Contains(Organisations.Find("Isis"), o => o.Id == "islamic-state");
    }

    [Fact]
    public void Organisations_carry_type_sector_and_country()
    {
        var kpa = Organisations.ById("korean-peoples-army")!;
        Assert.Equal(new KnowledgeRef("kb:korean-peoples-army", "Korean People's Army", "PRK", "armed-forces", "MIL"), kpa.ToRef());
        Assert.Null(Organisations.ById("nato")!.Country);
    }
}
