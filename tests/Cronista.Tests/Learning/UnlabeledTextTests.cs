using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Cronista.Learning.Clusters;
using Cronista.Tests.Ingest;

namespace Cronista.Tests.Learning;

public sealed class UnlabeledTextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_conll_ner_file_gives_its_tokens_without_document_markers_or_tags()
    {
        var path = _folder.Write("train.conllu", "0\t-DOCSTART-\tO\n\n0\tEU\tB-ORG\n1\trejects\tO\n\n0\tPeter\tB-PER\n1\tBlackburn\tI-PER\n");

        var sentences = UnlabeledText.Read(path).ToList();

        Assert.Equal([["EU", "rejects"], ["Peter", "Blackburn"]], sentences);
    }

    [Fact]
    public void Skipping_every_tenth_sentence_leaves_out_sentences_0_10_20()
    {
        var text = string.Concat(Enumerable.Range(0, 25).Select(i => $"0\ts{i}\tO\n\n"));
        var path = _folder.Write("val.conllu", text);

        var kept = UnlabeledText.Read(path, skipEvery: 10).Select(s => s[0]).ToList();

        Assert.Equal(22, kept.Count);
        Assert.DoesNotContain("s0", kept);
        Assert.DoesNotContain("s10", kept);
        Assert.DoesNotContain("s20", kept);
        Assert.Contains("s21", kept);
    }

    [Fact]
    public void A_kind_tsv_file_has_the_token_in_the_first_column()
    {
        var path = _folder.Write("WN_train.tsv", "In\tO\nfiamme\tO\n\nRoma\tB-LOC\n");

        Assert.Equal([["In", "fiamme"], ["Roma"]], UnlabeledText.Read(path).ToList());
    }

    [Fact]
    public void A_ud_treebank_gives_surface_tokens()
    {
        var path = _folder.Write("it_test-ud-train.conllu",
            "# text = Va nella casa.\n1\tVa\tandare\tVERB\t_\t_\t0\troot\t_\t_\n2-3\tnella\t_\t_\t_\t_\t_\t_\t_\t_\n2\tin\tin\tADP\t_\t_\t4\tcase\t_\t_\n3\tla\til\tDET\t_\t_\t4\tdet\t_\t_\n4\tcasa\tcasa\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n");

        Assert.Equal([["Va", "nella", "casa", "."]], UnlabeledText.Read(path).ToList());
    }

    [Fact]
    public void A_dice_archive_gives_each_article_split_at_full_stops()
    {
        var path = _folder.File("annotation-csv.tar.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            Add(tar, "annotation csv/2.csv", "token,label,source of relation\nSecondo,,\narticolo,,\n");
            Add(tar, "annotation csv/1.csv", "token,label,source of relation\nMODENA,,\n.,,\nA,,\nSan,\"[1]NER_LOC, [2]_LOC\",\nDamaso,,\n\",\",,\nladri,,\n!,,\n");
        }

        var sentences = UnlabeledText.Read(path).ToList();

        Assert.Equal([["MODENA", "."], ["A", "San", "Damaso", ",", "ladri", "!"], ["Secondo", "articolo"]], sentences);
    }

    [Fact]
    public void Umlauts_read_as_cyrillic_are_repaired_but_a_file_with_real_umlauts_is_left_alone()
    {
        var damaged = _folder.Write("train.conllu", "0\tDie\tO\n1\tStraяe\tO\n2\terklдrte\tO\n3\tfьr\tO\n4\tKцln\tB-LOC\n");
        var mixed = _folder.Write("val.conllu", "0\tPutin\tB-PER\n1\tПутин\tB-PER\n2\tfür\tO\n");

        Assert.Equal([["Die", "Straße", "erklärte", "für", "Köln"]], UnlabeledText.Read(damaged).ToList());
        Assert.Equal([["Putin", "Путин", "für"]], UnlabeledText.Read(mixed).ToList());
    }

    [Fact]
    public void A_file_of_unknown_kind_is_refused()
    {
        var path = _folder.Write("notes.txt", "testo");

        Assert.Throws<ArgumentException>(() => UnlabeledText.Read(path));
    }

    private static void Add(TarWriter tar, string name, string text)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) };
        tar.WriteEntry(entry);
    }
}
