using Cronista.Learning.Clusters;

namespace Cronista.Tests.Learning;

public sealed class WordClustersTests
{
    private const string Table = "0010\tRoma\t50\n0010\tMilano\t40\n0011\tParigi\t9\n01\tdel\t300\n1\t0000\t12\n1\t#\t3\n";

    private static WordClusters Read(string text) => WordClusters.Read(new StringReader(text), "test");

    [Fact]
    public void A_word_is_found_with_its_path_and_prefixes()
    {
        var clusters = Read(Table);

        Assert.Equal(6, clusters.Count);
        Assert.Equal(4, clusters.ClusterCount);
        Assert.True(clusters.TryGetPath("Roma", out var path));
        Assert.Equal("0010", path);
        Assert.True(clusters.TryGet("Parigi".AsSpan(), out var parigi));
        Assert.Equal("001", parigi.Prefix(3));
        Assert.Equal("0011", parigi.Prefix(20));
        Assert.True(clusters.TryGet("Milano", out var milano));
        Assert.Same(milano.Prefix(3), parigi.Prefix(3));
        Assert.Equal(milano.PrefixId(3), parigi.PrefixId(3));
        Assert.NotEqual(milano.PrefixId(4), parigi.PrefixId(4));
        Assert.NotEqual(clusters.TryGet("del", out var del) ? del.PrefixId(1) : 0, parigi.PrefixId(2));
        Assert.True(clusters.TryGet("#", out _));
    }

    [Fact]
    public void Lookup_is_case_sensitive_reads_digits_as_zero_and_misses_unknown_words()
    {
        var clusters = Read(Table);

        Assert.False(clusters.TryGetPath("roma", out _));
        Assert.False(clusters.TryGetPath("Torino", out _));
        Assert.True(clusters.TryGetPath("2013", out var year));
        Assert.Equal("1", year);
    }

    [Fact]
    public void Lookup_allocates_nothing()
    {
        var clusters = Read(Table);
        var text = "Roma 2013 del Torino".ToCharArray();
        var found = 0;
        for (var i = 0; i < 10; i++)
            found += Count(clusters, text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
            found += Count(clusters, text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(1010 * 3, found);

        static int Count(WordClusters clusters, char[] text)
        {
            var found = 0;
            foreach (var range in text.AsSpan().Split(' '))
            {
                if (clusters.TryGet(text.AsSpan()[range], out var cluster) && cluster.Prefix(4).Length > 0)
                    found++;
            }
            return found;
        }
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("0\tuno\t1\n0x1\tdue\t2\n"));

        Assert.Contains("test:2", error.Message);
    }

    [Theory]
    [InlineData("it", "Roma")]
    [InlineData("en", "Obama")]
    [InlineData("de", "Berlin")]
    [InlineData("fr", "Paris")]
    public void Each_language_has_a_table_compiled_in(string language, string name)
    {
        var clusters = WordClusters.ForLanguage(language);

        Assert.NotNull(clusters);
        Assert.Same(clusters, WordClusters.ForLanguage(language));
        Assert.True(clusters.Count > 10_000);
        Assert.True(clusters.TryGetPath(name, out var path));
        Assert.InRange(path.Length, 1, 64);
        Assert.Null(WordClusters.ForLanguage("xx"));
    }
}
