using Cronista.Output;
using Cronista.Tests.Ingest;
using Cronista.Tests.Ingest.Warc;

namespace Cronista.Tests.Cli;

public sealed class AnalyzeArchivesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Analyzing_a_folder_with_a_warc_and_a_feed_prints_each_article_with_its_source_and_lists_the_summary_only_item()
    {
        var warc = _folder.WriteBytes("crawl.warc.gz", WarcFiles.Gzipped(
            WarcFiles.Request("urn:uuid:req", "https://giornale.example.it/a"),
            WarcFiles.HtmlResponse("urn:uuid:page-a", "https://giornale.example.it/a", WarcFiles.Article("Il bilancio del comune"))));
        var rss = _folder.Write("news.rss", FeedAndArchiveSourcesTests.Rss);

        var result = CliRun.Run("analyze", _folder.Path, "--format", "jsonl", "--no-store");

        Assert.Equal(1, result.ExitCode);
        var records = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(DocumentRecords.Parse).ToList();
        Assert.Equal([$"{warc}#urn:uuid:page-a", $"{rss}#1"], records.Select(r => r.Source));
        Assert.Equal("https://giornale.example.it/a", records[0].Url);
        Assert.Equal("https://giornale.example.it/2024/12/03/bilancio", records[1].Url);
        Assert.Equal("Bilancio approvato", records[1].Title);
        Assert.Contains("il bilancio dopo una lunga discussione", records[1].Text);
        Assert.Contains($"{rss}#2", result.Error);
        Assert.Contains("only a summary", result.Error);
        Assert.Contains("2 analysed, 1 failed", result.Error);
        Assert.Contains("web archives: 2 records, 1 pages; passed over: 0 not HTML, 0 not status 200, 1 requests", result.Error);
    }
}
