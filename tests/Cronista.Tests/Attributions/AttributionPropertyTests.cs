using CsCheck;
using Cronista.Core;
using Cronista.Tests.Support;

namespace Cronista.Tests.Attributions;

/// <summary>Attribution spans on random text: nothing throws, every span lies inside the text, no token has two roles
/// (a source shared by joined cues aside), the same text gives the same spans twice.</summary>
public sealed class AttributionPropertyTests
{
    // Reporting words, quotation marks of every kind (often unbalanced), paragraph breaks, and awkward characters.
    private static readonly string[] Pieces =
    [
        "He", " said", " says", " told", " reporters", " that", " according to", " the", " senator", ",", ".", ":", " “", "”", "\"",
        "''", " ‘", "’", "\n\n", " we", " will", " win", " Mr. Smith", " — ", "\u00A0", "\u200B", "e\u0301", " שלום", " 中文", " 🙂",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(Pieces).Array[0, 80].Select(string.Concat);

    [Fact]
    public void Spans_lie_inside_the_text_and_never_overlap()
    {
        Texts.Sample(text =>
        {
            var attributions = SharedAnalyzer.Analyze(text, "en").Get(Layers.Attributions);
            // One subject may be the source of two joined cues (he said …, adding that …): a shared source counts once.
            var sources = attributions.Select(a => a.Source).OfType<TextSpan>().Distinct();
            var spans = attributions.SelectMany(a => a.Content.Append(a.Cue)).Concat(sources).OrderBy(s => s.Start).ToList();
            for (var i = 0; i < spans.Count; i++)
            {
                Assert.InRange(spans[i].Start, 0, text.Length);
                Assert.InRange(spans[i].End, spans[i].Start + 1, text.Length);
                if (i > 0)
                    Assert.True(spans[i - 1].End <= spans[i].Start, $"overlapping spans in '{text}'");
            }
        }, iter: 200);
    }

    [Fact]
    public void The_same_text_gives_the_same_spans_twice()
    {
        Texts.Sample(text =>
        {
            var first = SharedAnalyzer.Analyze(text, "en").Get(Layers.Attributions);
            var second = SharedAnalyzer.Analyze(text, "en").Get(Layers.Attributions);
            Assert.Equal(first.Select(a => (a.Source, a.Cue, string.Join(",", a.Content))), second.Select(a => (a.Source, a.Cue, string.Join(",", a.Content))));
        }, iter: 100);
    }
}
