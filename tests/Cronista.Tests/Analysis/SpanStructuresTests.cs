using Cronista.Analysis;
using Cronista.Core;

namespace Cronista.Tests.Analysis;

public sealed class SpanStructuresTests
{
    private static readonly TextSpan[] Sentences = [new(0, 10), new(11, 20), new(21, 35)];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(9, 0)]
    [InlineData(10, -1)]
    [InlineData(11, 1)]
    [InlineData(34, 2)]
    [InlineData(35, -1)]
    public void The_item_containing_an_offset_is_found_or_none(int offset, int expected) =>
        Assert.Equal(expected, SpanSearch.IndexContaining(Sentences, s => s, offset));

    [Fact]
    public void Items_starting_within_a_span_come_in_order() =>
        Assert.Equal([new TextSpan(11, 20), new TextSpan(21, 35)], SpanSearch.StartingWithin(Sentences, s => s, new TextSpan(5, 30)));

    [Fact]
    public void Disjoint_spans_refuse_any_overlap_and_accept_neighbours()
    {
        var spans = new DisjointSpans();

        Assert.True(spans.TryAdd(new TextSpan(10, 20)));
        Assert.False(spans.TryAdd(new TextSpan(15, 25)));
        Assert.False(spans.TryAdd(new TextSpan(5, 11)));
        Assert.False(spans.TryAdd(new TextSpan(12, 13)));
        Assert.True(spans.TryAdd(new TextSpan(20, 30)));
        Assert.True(spans.TryAdd(new TextSpan(0, 10)));
        Assert.True(spans.Overlaps(new TextSpan(29, 40)));
        Assert.False(spans.Overlaps(new TextSpan(30, 40)));
    }

    [Fact]
    public void The_longest_phrase_at_a_position_wins()
    {
        var phrases = new WordPhrases([["media"], ["media", "statali"], ["stampa"]]);
        string[] words = ["i", "media", "statali", "di", "pyongyang"];

        Assert.Equal(2, phrases.LengthAt(words, 1));
        Assert.Equal(0, phrases.LengthAt(words, 0));
        Assert.True(phrases.Contains("stampa"));
        Assert.False(phrases.Contains("statali"));
    }
}
