using Cronista.Core;
using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

public sealed class ConsistencyTests
{
    private static KnowledgeBase Kb => SharedKnowledge.Base;

    [Fact]
    public void Every_supported_language_has_country_names_demonyms_and_roles()
    {
        foreach (var language in SupportedLanguages.All)
        {
            Assert.True(Kb.Countries.Forms(language).Count(f => f.Kind == CountryFormKind.Name) >= 250, language);
            var withDemonyms = Kb.Countries.Forms(language).Where(f => f.Kind == CountryFormKind.Demonym).Select(f => f.Country).Distinct().Count();
            Assert.True(withDemonyms >= 120, $"{language}: {withDemonyms} countries with demonyms");
            Assert.True(Kb.Roles.Forms(language).Select(f => f.Role).Distinct().Count() >= 80, language);
        }
    }

    [Fact]
    public void Every_country_has_a_name_in_every_language()
    {
        foreach (var language in SupportedLanguages.All)
        {
            var named = Kb.Countries.Forms(language).Where(f => f.Kind == CountryFormKind.Name).Select(f => f.Country).ToHashSet();
            var unnamed = Kb.Countries.All.Where(c => !named.Contains(c)).Select(c => $"{language}:{c.Iso3}").ToList();
            Assert.Empty(unnamed);
        }
    }

    [Fact]
    public void No_unmarked_form_names_two_countries_in_one_language()
    {
        foreach (var language in SupportedLanguages.All)
        {
            var clashes = Kb.Countries.Forms(language)
                .Where(f => !f.IsAmbiguous)
                .GroupBy(f => NameKey.Of(f.Text))
                .Where(g => g.Select(f => f.Country).Distinct().Count() > 1)
                .Select(g => $"{language}:{g.Key}")
                .ToList();
            Assert.Empty(clashes);
        }
    }

    [Fact]
    public void Every_country_code_used_anywhere_is_in_the_country_list()
    {
        var codes = Kb.People.People.SelectMany(p => p.Terms).Select(t => t.Country)
            .Concat(Kb.Organisations.All.Select(o => o.Country))
            .Concat(Kb.Gazetteer.Places.Select(p => p.Country))
            .OfType<string>()
            .Distinct();
        var unknown = codes.Where(code => Kb.Countries.ByIso3(code) is null).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Capitals_of_the_country_list_are_cities_of_the_gazetteer()
    {
        foreach (var country in Kb.Countries.All.Where(c => c.CapitalGeonameId is not null))
        {
            var capital = Kb.Gazetteer.Find(country.CapitalGeonameId!.Value);
            Assert.NotNull(capital);
            Assert.Equal(country.Iso3, capital.Country);
        }
    }

    [Fact]
    public void Ids_are_unique_across_people_and_organisations()
    {
        var ids = Kb.People.People.Select(p => p.KnowledgeId).Concat(Kb.Organisations.All.Select(o => o.KnowledgeId)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_term_has_a_start_a_source_and_ends_after_it_starts()
    {
        foreach (var person in Kb.People.People)
        {
            foreach (var term in person.Terms)
            {
                Assert.True(term.Start is not null || term.Source.Length > 0, person.Id);
                Assert.False(string.IsNullOrWhiteSpace(term.Source), $"{person.Id} has a term without source");
                Assert.True(term.Country is not null || term.Organisation is not null, $"{person.Id}: a term needs a country or an organisation");
                if (term is { Start: { } start, End: { } end })
                    Assert.True(start <= end, $"{person.Id}: {start} after {end}");
            }
        }
    }

    [Fact]
    public void Offices_of_organisations_name_known_organisations()
    {
        var missing = Kb.People.People.SelectMany(p => p.Terms).Select(t => t.Organisation).OfType<string>()
            .Where(id => Kb.Organisations.ById(id) is null).Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Role_offices_are_offices_people_hold_or_generic_offices()
    {
        var held = Kb.People.People.SelectMany(p => p.Terms.Select(t => t.Role).Concat(p.Titles)).ToHashSet();
        held.UnionWith(["leader", "head-of-state", "head-of-government"]);
        var unknown = Kb.Roles.Roles.Select(r => r.Office).OfType<string>().Where(o => !held.Contains(o)).Distinct().ToList();
        // Offices such as mayor or governor are valid even when no holder is recorded yet; the list says which.
        Assert.All(unknown, office => Assert.Contains(office, new[] { "mayor", "governor", "crown-prince", "vice-president", "foreign-minister", "defence-minister", "interior-minister", "finance-minister", "secretary-of-state", "marshal", "supreme-leader", "monarch", "pope", "secretary-general", "chancellor", "president" }));
    }
}
