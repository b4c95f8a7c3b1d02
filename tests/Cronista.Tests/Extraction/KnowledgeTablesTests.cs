using Cronista.Knowledge;

namespace Cronista.Tests.Extraction;

public sealed class KnowledgeTablesTests
{
    private static readonly NewsAgencies Agencies = NewsAgencies.Default;
    private static readonly Publishers Outlets = Publishers.Default;

    [Fact]
    public void The_agency_table_is_well_formed()
    {
        Assert.True(Agencies.All.Length >= 50, $"{Agencies.All.Length} agencies");
        Assert.All(Agencies.All, a =>
        {
            Assert.Matches("^[A-Z]{3}$", a.Country);
            Assert.Contains(a.Canonical, a.Aliases);
            Assert.False(string.IsNullOrWhiteSpace(a.FullName));
        });
        var aliases = Agencies.All.SelectMany(a => a.Aliases.Select(alias => (alias, a.Canonical))).ToList();
        var shared = aliases.GroupBy(x => x.alias, StringComparer.Ordinal).Where(g => g.Select(x => x.Canonical).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(shared);
    }

    [Theory]
    [InlineData("Keystone-ATS", "Keystone-ATS")]
    [InlineData("Keystone-SDA", "Keystone-ATS")]
    [InlineData("SDA", "Keystone-ATS")]
    [InlineData("ATS", "Keystone-ATS")]
    [InlineData("Associated Press", "AP")]
    [InlineData("associated press", "AP")]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("Deutsche Presse-Agentur", "dpa")]
    [InlineData("DPA", "dpa")]
    [InlineData("Korean Central News Agency", "KCNA")]
    [InlineData("interfax", "Interfax")]
    [InlineData(" ANSA ", "ANSA")]
    [InlineData("CTK", "ČTK")]
    public void An_agency_is_found_by_any_of_its_names(string name, string canonical) =>
        Assert.Equal(canonical, Agencies.Find(name)?.Canonical);

    [Theory]
    [InlineData("ap")]
    [InlineData("Ap")]
    [InlineData("afp")]
    [InlineData("efe")]
    [InlineData("")]
    [InlineData("Comunicato")]
    public void Short_acronyms_match_only_as_written_and_unknown_names_not_at_all(string name) =>
        Assert.Null(Agencies.Find(name));

    [Fact]
    public void An_agency_says_where_it_is_and_who_owns_it()
    {
        var kcna = Agencies.Find("KCNA")!;

        Assert.Equal("Korean Central News Agency", kcna.FullName);
        Assert.Equal("PRK", kcna.Country);
        Assert.True(kcna.StateOwned);
        Assert.False(Agencies.Find("Reuters")!.StateOwned);
        Assert.True(Agencies.TryFind("Xinhua", out var xinhua) && xinhua.StateOwned && xinhua.Country == "CHN");
    }

    [Theory]
    [InlineData("AP", true)]
    [InlineData("ANSA", true)]
    [InlineData("ČTK", true)]
    [InlineData("dpa", false)]
    [InlineData("Reuters", false)]
    [InlineData("ANA-MPA", false)]
    public void Short_all_caps_acronyms_are_case_sensitive(string alias, bool sensitive) =>
        Assert.Equal(sensitive, NewsAgencies.IsCaseSensitive(alias));

    [Theory]
    [InlineData("https://www.swissinfo.ch/ita/politica/articolo/123", "swissinfo.ch")]
    [InlineData("swissinfo.ch", "swissinfo.ch")]
    [InlineData("http://M.LEMONDE.FR/x", "Le Monde")]
    [InlineData("https://www.bbc.co.uk/news/world-1", "BBC News")]
    [InlineData("https://edition.cnn.com/2025/08/13/x", "CNN")]
    public void An_outlet_is_found_by_the_host_of_its_urls(string url, string name) =>
        Assert.Equal(name, Outlets.FindByHost(url)?.Name);

    [Theory]
    [InlineData("https://example.org/news")]
    [InlineData("https://notswissinfo.ch/x")]
    [InlineData("not a url at all")]
    [InlineData("")]
    public void Unknown_hosts_name_no_outlet(string url) => Assert.Null(Outlets.FindByHost(url));

    [Fact]
    public void An_outlet_is_found_by_its_tagline_in_page_chrome()
    {
        Assert.Equal("swissinfo.ch", Outlets.FindByTagline("The Swiss voice in the world since 1935")?.Name);
        Assert.Equal("The Washington Post", Outlets.FindByTagline("Menu  Democracy   Dies in Darkness  Sign in")?.Name);
        Assert.Null(Outlets.FindByTagline("Breaking news from everywhere"));
    }

    [Fact]
    public void The_outlet_table_is_well_formed()
    {
        Assert.True(Outlets.All.Length >= 40, $"{Outlets.All.Length} outlets");
        var hosts = Outlets.All.SelectMany(p => p.Hosts).ToList();
        Assert.Equal(hosts.Count, hosts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hosts, h => Assert.DoesNotContain("www.", h));
    }
}
