using Microsoft.Playwright;

namespace Cronista.BrowserTests;

/// <summary>The web page in a real browser against a real server: what a reader sees, and that article text never runs.</summary>
[Collection(WebPageCollection.Name)]
public sealed class WebPageTests(WebPageHost host)
{
    private async Task<IPage> OpenAsync(string route)
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseUrl, "/#" + route).ToString());
        return page;
    }

    [Fact]
    public async Task Article_view_marks_entities_dates_amounts_and_quotes_and_draws_source_chains()
    {
        var page = await OpenAsync("/doc/" + host.MeetingId);
        await page.Locator(".article-text").WaitForAsync();

        var meloni = page.Locator(".article-text a.mark.entity", new() { HasText = "Giorgia Meloni" }).First;
        Assert.Contains("kb:giorgia-meloni", await meloni.GetAttributeAsync("title"));
        Assert.Equal("#/entity/kb%3Agiorgia-meloni", await meloni.GetAttributeAsync("href"));
        Assert.True(await page.Locator(".article-text .mark.time").CountAsync() >= 2);
        Assert.Contains("2025-03", await page.Locator(".article-text .mark.time").First.GetAttributeAsync("title"));
        Assert.True(await page.Locator(".article-text .mark.amount").CountAsync() >= 1);
        var quote = page.Locator(".article-text .mark.quote").First;
        Assert.Contains("We agreed on a common plan", await quote.InnerTextAsync());
        Assert.Equal("Giorgia Meloni", await quote.Locator(".speaker").InnerTextAsync());

        var chains = page.Locator(".claims .chain");
        Assert.True(await chains.CountAsync() >= 1);
        var longest = page.Locator(".claims .chain", new() { Has = page.Locator(".arrow") }).First;
        Assert.True(await longest.Locator(".link").CountAsync() >= 2);
        Assert.Contains("Olaf Scholz", await longest.InnerTextAsync());
        Assert.True(await page.Locator("table.events-table tbody tr").CountAsync() >= 1);
        await host.ScreenshotAsync(page, "article-view");
    }

    [Fact]
    public async Task Events_page_draws_the_actor_network_and_the_timeline()
    {
        var page = await OpenAsync("/events");
        await page.Locator("svg.network g.node").First.WaitForAsync();

        var actors = await page.Locator("svg.network g.node").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.textContent)");
        Assert.Contains(actors, a => a.Contains("Meloni", StringComparison.Ordinal));
        Assert.Contains(actors, a => a.Contains("Scholz", StringComparison.Ordinal));
        Assert.True(await page.Locator("svg.network line.edge").CountAsync() >= 1);
        Assert.Equal("CONSULT", await page.Locator("svg.network line.edge[data-type=CONSULT]").First.GetAttributeAsync("data-type"));
        Assert.True(await page.Locator("svg.timeline circle.event-mark").CountAsync() >= 1);
        await host.ScreenshotAsync(page, "events");

        await page.Locator("form.filters input[name=type]").FillAsync("CONSULT");
        await page.Locator("form.filters button").ClickAsync();
        await page.WaitForURLAsync("**/#/events?type=CONSULT");
        await page.Locator("svg.network g.node").First.WaitForAsync();
        var types = await page.Locator("svg.network line.edge").EvaluateAllAsync<string[]>("edges => edges.map(e => e.dataset.type)");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("CONSULT", t));
    }

    [Fact]
    public async Task Search_finds_the_article_and_the_entity_facet_narrows_the_hits()
    {
        var page = await OpenAsync("/");
        await page.Locator("form.search input[name=q]").FillAsync("Scholz");
        await page.Locator("form.search button").ClickAsync();
        var hit = page.Locator($".hits a[href='#/doc/{host.MeetingId}']");
        await hit.WaitForAsync();
        Assert.Equal(1, await page.Locator(".hits .hit").CountAsync());
        Assert.Contains("Scholz", await page.Locator(".hits .snippet mark").First.InnerTextAsync());
        await host.ScreenshotAsync(page, "search");

        await page.GotoAsync(new Uri(host.BaseUrl, "/#/?entity=kb:olaf-scholz").ToString());
        await page.Locator(".count").WaitForAsync();
        Assert.Equal(1, await page.Locator(".hits .hit").CountAsync());
        await page.GotoAsync(new Uri(host.BaseUrl, "/#/").ToString());
        await page.Locator(".count").WaitForAsync();
        Assert.Equal(2, await page.Locator(".hits .hit").CountAsync());
    }

    [Fact]
    public async Task Entity_page_charts_mentions_and_lists_co_occurring_entities_and_quotes()
    {
        var page = await OpenAsync("/entity/kb:giorgia-meloni");
        await page.Locator("svg.bars").WaitForAsync();
        Assert.True(await page.Locator("svg.bars rect.bar").CountAsync() >= 1);
        Assert.Contains("Olaf Scholz", await page.Locator(".co-occurring").InnerTextAsync());
        Assert.Contains("We agreed on a common plan", await page.Locator(".quotes").InnerTextAsync());
        await host.ScreenshotAsync(page, "entity");
    }

    [Fact]
    public async Task A_script_in_a_stored_article_is_shown_as_text_and_never_runs()
    {
        var page = await OpenAsync("/doc/" + host.ScriptId);
        await page.Locator(".article-text").WaitForAsync();
        Assert.Contains("<script>window.__x=1</script>", await page.Locator(".article-text").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".article-text script").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__x"));
        await host.ScreenshotAsync(page, "script-as-text");
    }

    [Fact]
    public async Task Paste_page_analyses_without_storing_and_shows_a_script_as_text()
    {
        var page = await OpenAsync("/paste");
        await page.Locator("textarea[name=text]").FillAsync("Paste test: " + WebPageHost.ScriptText);
        await page.Locator("form.paste button").ClickAsync();
        await page.Locator(".paste-result .article-text").WaitForAsync();
        Assert.Contains("<script>window.__x=1</script>", await page.Locator(".paste-result .article-text").InnerTextAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__x"));
        Assert.True(await page.Locator(".paste-result .mark.entity").CountAsync() >= 1);
        await host.ScreenshotAsync(page, "paste");

        await page.GotoAsync(new Uri(host.BaseUrl, "/#/?q=Paste").ToString());
        await page.Locator(".count").WaitForAsync();
        Assert.Equal(0, await page.Locator(".hits .hit").CountAsync());
    }

    [SkippableFact]
    public async Task The_seed_article_pasted_shows_its_speakers_and_its_chain_through_the_agency()
    {
        var seed = SeedArticlePath();
        Skip.If(seed is null, "../shared/seed is not beside this checkout.");
        var page = await OpenAsync("/paste");
        await page.Locator("textarea[name=text]").FillAsync(await File.ReadAllTextAsync(seed!));
        await page.Locator("form.paste button").ClickAsync();
        await page.Locator(".paste-result .article-text").WaitForAsync();

        Assert.True(await page.Locator(".paste-result .article-text a.mark.entity", new() { HasText = "Putin" }).CountAsync() >= 1);
        Assert.True(await page.Locator(".paste-result .article-text .mark.time").CountAsync() >= 2);
        Assert.Contains("Kim Jong Un", await page.Locator(".paste-result .article-text .mark.quote .speaker").AllInnerTextsAsync());
        var chains = string.Join("\n", await page.Locator(".paste-result .claims .chain").AllInnerTextsAsync());
        Assert.Contains("KCNA", chains);
        Assert.Contains("Interfax", chains);
        Assert.True(await page.Locator(".paste-result table.events-table tbody tr").CountAsync() >= 3);
        // The article's own 'date' line anchors "ieri": the phone call is dated the day before publication.
        Assert.Contains("2025-08-12", await page.Locator(".paste-result table.events-table").InnerTextAsync());
        await host.ScreenshotAsync(page, "seed");
    }

    /// <summary>The seed article in ../shared/seed beside the repository, when the machine has it.</summary>
    private static string? SeedArticlePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cronista.slnx")))
            dir = dir.Parent;
        var seed = dir?.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "seed") : null;
        return seed is not null && Directory.Exists(seed) ? Directory.EnumerateFiles(seed, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault() : null;
    }
}
