using Cronista.Learning.Clusters;
using Cronista.Tests.Ingest;

namespace Cronista.Tests.Cli;

public sealed class TrainClustersCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_missing_text_file_is_named_on_standard_error_with_exit_code_1()
    {
        var missing = _folder.File("nowhere.conllu");

        var result = CliRun.Run("train", "clusters", "--lang", "it", "--text", missing, "--out", _folder.File("clusters.tsv.gz"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere.conllu", result.Error);
        Assert.False(File.Exists(_folder.File("clusters.tsv.gz")));
    }

    [Fact]
    public void Too_few_clusters_is_a_usage_error()
    {
        var text = _folder.Write("a.tsv", "uno\tO\n");

        var result = CliRun.Run("train", "clusters", "--lang", "it", "--text", text, "--out", _folder.File("c.tsv.gz"), "--clusters", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--clusters", result.Error);
    }

    [Fact]
    public void Training_on_small_files_writes_a_table_that_reads_back()
    {
        var lines = string.Concat(Enumerable.Range(0, 60).Select(i => $"il\tO\n{(i % 2 == 0 ? "gatto" : "cane")}\tO\ndorme\tO\n\n"));
        var first = _folder.Write("a_train.tsv", lines);
        var second = _folder.Write("val.conllu", "0\tla\tO\n1\tcasa\tO\n\n0\tla\tO\n1\tcasa\tO\n");
        var output = _folder.File("models/it/clusters.tsv.gz");

        var result = CliRun.Run("train", "clusters", "--lang", "it", "--text", first, second, "--out", output, "--clusters", "3", "--min-count", "2");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("6 words in 3 clusters", result.Output);
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(output), System.IO.Compression.CompressionMode.Decompress));
        var clusters = WordClusters.Read(reader, output);
        Assert.True(clusters.TryGetPath("gatto", out var gatto));
        Assert.True(clusters.TryGetPath("cane", out var cane));
        Assert.Equal(gatto, cane);
    }
}
