using Cronista.Entities;
using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => SharedKnowledge.Base;

    [Fact]
    public void Surface_forms_cover_countries_demonyms_organisations_people_and_places()
    {
        var forms = Kb.SurfaceForms("it").ToList();
        Assert.Contains(forms, f => f is { Text: "Corea del Nord", Type: EntityType.LOC, Kind: MentionKind.Name } && f.Target.Id == "iso:PRK");
        Assert.Contains(forms, f => f is { Text: "nordcoreano", Kind: MentionKind.Demonym } && f.Target.Id == "iso:PRK");
        Assert.Contains(forms, f => f is { Text: "Nord", IsContextual: true } && f.Target.Id == "iso:PRK");
        Assert.Contains(forms, f => f is { Text: "Cremlino", Type: EntityType.ORG } && f.Target.Id == "kb:kremlin");
        Assert.Contains(forms, f => f is { Text: "Kim Jong-un", Type: EntityType.PER } && f.Target.Id == "kb:kim-jong-un");
        Assert.Contains(forms, f => f is { Text: "Putin", Kind: MentionKind.PartialName } && f.Target.Id == "kb:vladimir-putin");
        Assert.Contains(forms, f => f is { Text: "Mosca", Type: EntityType.LOC } && f.Target.Id == "geonames:524901");
        Assert.Contains(forms, f => f is { Text: "Alaska", Type: EntityType.LOC } && f.Target.Subtype == "region");
        Assert.DoesNotContain(forms, f => f.Text == "Castelfranco Emilia");
    }

    [Fact]
    public void Surface_forms_without_places_leave_the_gazetteer_out()
    {
        Assert.DoesNotContain(Kb.SurfaceForms("it", minimumCityPopulation: -1), f => f.Target.Id.StartsWith("geonames:", StringComparison.Ordinal));
    }

    [Fact]
    public void Forms_written_with_a_capital_ask_for_one_in_the_text()
    {
        var forms = Kb.SurfaceForms("en", minimumCityPopulation: -1).ToList();
        Assert.True(forms.First(f => f.Text == "Polish").RequiresCapital);
        Assert.False(Kb.SurfaceForms("it", minimumCityPopulation: -1).First(f => f.Text == "russo").RequiresCapital);
    }

    [Theory]
    [InlineData("USA", true)]
    [InlineData("U.S.", true)]
    [InlineData("Nato", false)]
    [InlineData("G7", false)]
    [InlineData("russo", false)]
    public void Acronyms_ask_for_a_case_sensitive_match(string text, bool matchCase)
    {
        Assert.Equal(matchCase, SurfaceForm.IsAcronym(text));
    }
}
