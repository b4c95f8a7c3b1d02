using Cronista.Eval.Ner;

namespace Cronista.Tests.Eval;

public sealed class GoldReaderTests
{
    private static GoldCorpus Read(string text, NerFormat format) =>
        GoldReader.Read(new StringReader(text), "fixture", format);

    private static string TagsOf(GoldSentence sentence) => string.Join(" ", sentence.Tokens.Select(t => t.Tag));

    // CoNLL-2003 as stored in shared/: index, token, tag; -DOCSTART- between documents.
    private const string Conll = """
        0	-DOCSTART-	O

        0	EU	B-ORG
        1	rejects	O
        2	German	B-MISC
        3	call	O

        0	Peter	B-PER
        1	Blackburn	I-PER

        0	-DOCSTART-	O

        0	BRUSSELS	B-LOC
        1	1996-08-22	O

        """;

    [Fact]
    public void CoNLL_documents_are_split_at_DOCSTART_and_sentences_at_blank_lines()
    {
        var corpus = Read(Conll, NerFormat.Conll);

        Assert.Equal(2, corpus.Documents.Length);
        Assert.Equal(2, corpus.Documents[0].Sentences.Length);
        Assert.Single(corpus.Documents[1].Sentences);
        Assert.Equal(8, corpus.TokenCount);
        Assert.Equal("EU rejects German call", string.Join(" ", corpus.Documents[0].Sentences[0].Tokens.Select(t => t.Text)));
        Assert.Equal("B-ORG O B-MISC O", TagsOf(corpus.Documents[0].Sentences[0]));
    }

    [Fact]
    public void Classic_space_separated_CoNLL_columns_take_the_first_as_token_and_the_last_as_tag()
    {
        var corpus = Read("EU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\n", NerFormat.Conll);

        Assert.Equal("EU", corpus.Documents[0].Sentences[0].Tokens[0].Text);
        Assert.Equal("I-ORG O", TagsOf(corpus.Documents[0].Sentences[0]));
    }

    [Fact]
    public void Files_without_document_markers_are_cut_into_chunks_of_sentences()
    {
        var text = string.Concat(Enumerable.Range(0, 65).Select(i => $"Parola{i}\tO\n\n"));

        var corpus = Read(text, NerFormat.Kind);

        Assert.Equal([30, 30, 5], corpus.Documents.Select(d => d.Sentences.Length));
        Assert.Equal(65, corpus.SentenceCount);
    }

    [Fact]
    public void KIND_tags_are_read_case_blind_and_without_what_follows_a_pipe()
    {
        var corpus = Read("dell'\tO\nuniversità\tb-org\ndi\tI-ORG|x\nNottingham\tI-ORG\n\n\n\nRegno\tB-LOC\n", NerFormat.Kind);

        Assert.Equal(2, corpus.SentenceCount);
        Assert.Equal("O B-ORG I-ORG I-ORG", TagsOf(corpus.Documents[0].Sentences[0]));
        Assert.Equal("università", corpus.Documents[0].Sentences[0].Tokens[1].Text);
    }

    [Fact]
    public void KIND_has_no_MISC_and_says_so_with_the_line()
    {
        var error = Assert.Throws<GoldFormatException>(() => Read("Olimpiadi\tB-MISC\n", NerFormat.Kind));

        Assert.Equal(1, error.Line);
        Assert.Contains("unknown tag 'B-MISC'", error.Message);
    }

    [Fact]
    public void A_KIND_line_without_two_columns_is_refused_with_its_number()
    {
        var error = Assert.Throws<GoldFormatException>(() => Read("Roma\tB-LOC\n\nRoma B-LOC\n", NerFormat.Kind));

        Assert.Equal(3, error.Line);
        Assert.Contains("fixture, line 3", error.Message);
    }

    [Fact]
    public void GermEval_outer_tags_map_OTH_and_deriv_to_MISC_and_part_to_outside()
    {
        const string text = "#\thttp://example.org/a\t[2010-07-04]\n1\tdeutsche\tB-LOCderiv\tO\n2\tEU-Staaten\tB-ORGpart\tO\n3\tEcce\tB-OTH\tO\n4\tBerlin\tB-LOC\tO\n\n"
            + "#\thttp://example.org/b\t[2010-07-05]\n1\tMerkel\tB-PER\tO\n\n";

        var corpus = Read(text, NerFormat.GermEval);

        Assert.Equal(2, corpus.Documents.Length);
        Assert.Equal("B-MISC O B-MISC B-LOC", TagsOf(corpus.Documents[0].Sentences[0]));
        Assert.Equal("B-PER", TagsOf(corpus.Documents[1].Sentences[0]));
    }

    [Fact]
    public void Taking_sentences_cuts_the_corpus_inside_a_document()
    {
        var corpus = Read(Conll, NerFormat.Conll).Take(1);

        Assert.Single(corpus.Documents);
        Assert.Equal(1, corpus.SentenceCount);
    }

    [Theory]
    [InlineData("0\t-DOCSTART-\tO\n\n0\tEU\tB-ORG\n", "conll")]
    [InlineData("EU NNP B-NP B-ORG\n", "conll")]
    [InlineData("Ricercatori\tO\nbritannici\tO\n", "kind")]
    [InlineData("#\thttp://x\t[2010-07-04]\n1\tGleich\tO\tO\n", "germeval")]
    public void The_format_is_told_from_the_first_lines(string text, string expected)
    {
        var lines = text.Split('\n').Where(l => l.Length > 0).ToList();

        Assert.Equal(expected, NerFormats.NameOf(NerFormatDetector.Detect(lines, "fixture")));
    }

    [Fact]
    public void A_file_of_no_known_format_asks_for_format()
    {
        var error = Assert.Throws<GoldFormatException>(() => NerFormatDetector.Detect(["a\tb\tc\td\te"], "fixture"));

        Assert.Contains("--format", error.Message);
    }

    [Fact]
    public void Reading_a_file_detects_its_format()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cronista-gold-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "Roma\tB-LOC\n\n");
        try
        {
            var corpus = GoldReader.Read(path);

            Assert.Equal(NerFormat.Kind, corpus.Format);
            Assert.Equal("B-LOC", TagsOf(corpus.Documents[0].Sentences[0]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/data/ner/conll2003-en/val.conllu", "en")]
    [InlineData("/data/ner/conll2003-de/val.conllu", "de")]
    [InlineData("/data/ner/wikineural-fr/val.conllu", "fr")]
    [InlineData("/data/ner/kind/WN_dev.tsv", "it")]
    [InlineData("/data/ner/germeval2014-de/NER-de-dev.tsv", "de")]
    [InlineData("/data/ner/wikigold-en/test.conllu", "en")]
    [InlineData("/data/it/kind-copy/fr.conllu", "fr")]
    [InlineData("/data/ner/gold/val.conllu", null)]
    public void The_language_is_read_from_the_path_nearest_folder_first(string path, string? expected) =>
        Assert.Equal(expected, GoldLanguage.FromPath(path));
}
