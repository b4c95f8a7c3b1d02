using Cronista.Learning.Corpora;

namespace Cronista.Tests.Learning;

public sealed class ConlluReaderTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s1
        # text = Il presidente della Russia.
        1	Il	il	DET	_	_	2	det	_	_
        2	presidente	presidente	NOUN	_	_	0	root	_	_
        3-4	della	_	_	_	_	_	_	_	_
        3	di	di	ADP	_	_	5	case	_	_
        4	la	il	DET	_	_	5	det	_	_
        5	Russia	Russia	PROPN	_	_	2	nmod	_	SpaceAfter=No
        5.1	ha	avere	AUX	_	_	_	_	_	_
        6	.	.	PUNCT	_	_	2	punct	_	_

        # sent_id = s2
        1	Sì	sì	INTJ	_	_	0	root	_	_

        """;

    [Fact]
    public void A_contraction_is_one_token_carrying_its_words_tags_and_empty_nodes_are_skipped()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample), "sample").ToList();

        Assert.Equal(2, sentences.Count);
        var first = sentences[0];
        Assert.Equal("s1", first.Id);
        Assert.Equal("Il presidente della Russia.", first.Text);
        Assert.True(first.NewDocument);
        Assert.Equal(["Il", "presidente", "della", "Russia", "."], first.Tokens.Select(t => t.Form));
        Assert.Equal("ADP+DET", first.Tokens[2].Upos);
        Assert.Equal("di+il", first.Tokens[2].Lemma);
        Assert.False(first.Tokens[3].SpaceAfter);
        Assert.False(sentences[1].NewDocument);
    }

    [Fact]
    public void A_short_token_line_is_an_error_naming_the_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(new StringReader("1\tSì\tsì\n"), "broken.conllu").ToList());

        Assert.Contains("broken.conllu:1", error.Message);
    }
}
