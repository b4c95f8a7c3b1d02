using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Text;

namespace Cronista.Tests.Core;

public sealed class DocumentTests
{
    [Fact]
    public void Reading_a_missing_layer_says_which_and_how_to_fix_it()
    {
        var document = Document.Create("Testo.", new DocumentMetadata("test"));

        var error = Assert.Throws<MissingLayerException>(() => document.Get(Layers.Tokens));

        Assert.Equal("Layer 'tokens' is missing; add the stage that produces it.", error.Message);
    }

    [Fact]
    public void Adding_a_layer_leaves_the_original_untouched_and_records_the_producer()
    {
        var original = Document.Create("Testo.", new DocumentMetadata("test"));
        ImmutableArray<Token> tokens = [new Token(new TextSpan(0, 5), TokenKind.Word)];

        var changed = original.With(Layers.Tokens, tokens, "tokenize");

        Assert.False(original.Has(Layers.Tokens));
        Assert.Equal(tokens, changed.Get(Layers.Tokens));
        Assert.Equal("tokenize", changed.ProducerOf(Layers.Tokens));
    }

    [Fact]
    public void The_same_url_or_the_same_text_gives_the_same_id()
    {
        Assert.Equal(Document.IdFor("https://a.ch/x", "one"), Document.IdFor("https://a.ch/x", "two"));
        Assert.Equal(Document.IdFor(null, "same text"), Document.IdFor(null, "same text"));
        Assert.NotEqual(Document.IdFor(null, "one text"), Document.IdFor(null, "another text"));
    }

    [Fact]
    public void A_span_with_its_end_before_its_start_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
}
