using Cronista.Web;

namespace Cronista.Tests.Web;

public sealed class RobotsTxtTests
{
    [Theory]
    [InlineData("/private/page", false)]
    [InlineData("/private/public-note.html", true)]
    [InlineData("/public", true)]
    [InlineData("/archive/2020/file.pdf", false)]
    [InlineData("/archive/2020/file.pdf?x=1", true)]
    [InlineData("/search?q=rome", false)]
    [InlineData("/robots.txt", true)]
    public void The_longest_matching_rule_decides(string path, bool allowed)
    {
        var robots = RobotsTxt.Parse("""
            User-agent: *
            Disallow: /private/
            Allow: /private/public-
            Disallow: /*.pdf$
            Disallow: /search
            Disallow: /
            Allow: /public
            Allow: /ar
            Allow: /robots
            """, "cronista");

        Assert.Equal(allowed, robots.Allows(path));
    }

    [Fact]
    public void Allow_wins_a_tie_between_rules_of_equal_length()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "cronista");

        Assert.True(robots.Allows("/page"));
    }

    [Fact]
    public void A_group_naming_the_crawler_replaces_the_star_group()
    {
        var text = """
            User-agent: *
            Disallow: /

            User-agent: OtherBot
            User-agent: Cronista/1.0
            Disallow: /drafts
            Crawl-delay: 2.5
            """;
        var robots = RobotsTxt.Parse(text, "cronista");

        Assert.True(robots.Allows("/news/today"));
        Assert.False(robots.Allows("/drafts/1"));
        Assert.Equal(TimeSpan.FromSeconds(2.5), robots.CrawlDelay);
        Assert.False(RobotsTxt.Parse(text, "somebot").Allows("/news/today"));
    }

    [Fact]
    public void Comments_empty_disallows_and_sitemaps_are_read()
    {
        var robots = RobotsTxt.Parse("""
            # the whole site is open
            User-agent: * # everyone
            Disallow:
            Sitemap: https://example.org/sitemap.xml
            """, "cronista");

        Assert.True(robots.Allows("/anything"));
        Assert.Equal(["https://example.org/sitemap.xml"], robots.Sitemaps);
    }

    [Fact]
    public void Percent_escapes_match_their_characters()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /caf%C3%A9\n", "cronista");

        Assert.False(robots.Allows("/café/menu"));
        Assert.False(robots.Allows("/caf%c3%a9/menu"));
    }

    [Fact]
    public void An_unreadable_file_closes_the_site_and_says_why()
    {
        var robots = RobotsTxt.Unreadable("HTTP 503");

        Assert.False(robots.Allows("/"));
        Assert.Equal("HTTP 503", robots.ClosedBecause);
        Assert.True(robots.Allows("/robots.txt"));
    }
}
