using System.Collections.Immutable;
using CsCheck;
using Cronista.Core;
using Cronista.Output;
using Cronista.Tests.Support;

namespace Cronista.Tests.Core;

/// <summary>Every stage on hostile text: news fragments mixed with emoji, right-to-left and CJK script, no-break and
/// zero-width spaces, combining marks and lone surrogates. Nothing throws, every span lies inside the text in order,
/// and the same text gives the same output twice.</summary>
public sealed class PipelinePropertyTests
{
    private static readonly string[] Fragments =
    [
        "Il presidente russo Vladimir Putin", "ha detto", "secondo l’agenzia KCNA", "“", "”", "«", "»", "„", "\"", "ieri", "5’000",
        "il 15 agosto", "nel giugno del 2024", "Kim", "Mosca", "(Keystone-ATS)", "The Russian president said", "according to Reuters",
        "laut dpa", "selon l’AFP", "der russische Präsident", "le président français", "2,5 milioni", "$3.2bn", ".", ",", ":", "\n\n",
        "\n", "\u200B", "\u00A0", "\u202F", "👍🏽", "שלום", "北京", "e\u0301", "\uD800", "I due hanno parlato al telefono", "e ha discusso con lui",
        "La Corea del Nord ha inviato truppe", "invierà", "guerra contro l'Ucraina", "Lo riporta l'agenzia Interfax.",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i])),
        (1, Gen.String[Gen.Char[char.MinValue, char.MaxValue], 0, 6]));

    private static readonly Gen<string> Article = Piece.Array[0, 50].Select(parts => string.Join(" ", parts));

    private static readonly string?[] Languages = ["it", "en", "de", "fr", null];

    private static readonly Gen<string?> Language = Gen.Int[0, Languages.Length - 1].Select(i => Languages[i]);

    [Fact]
    public void Any_text_yields_spans_inside_it_in_order_and_the_same_output_twice() =>
        Gen.Select(Article, Language).Sample((text, language) =>
        {
            var first = SharedAnalyzer.Analyze(text, language, new DateOnly(2025, 8, 13));
            var second = SharedAnalyzer.Analyze(text, language, new DateOnly(2025, 8, 13));

            AssertInsideAndOrdered(text, first.Get(Layers.Tokens).Select(t => t.Span));
            AssertInsideAndOrdered(text, first.Get(Layers.Sentences).Select(s => s.Span));
            AssertInsideAndOrdered(text, first.Get(Layers.Mentions).Select(m => m.Span), disjoint: false);
            AssertInsideAndOrdered(text, first.Get(Layers.Times).Select(t => t.Span));
            AssertInsideAndOrdered(text, first.Get(Layers.Amounts).Select(a => a.Span));
            AssertInsideAndOrdered(text, first.Get(Layers.Claims).Select(c => c.Span));
            AssertInsideAndOrdered(text, first.Get(Layers.Quotes).Select(q => q.Span));
            foreach (var entity in first.Get(Layers.Entities))
                AssertInsideAndOrdered(text, entity.Mentions.Select(m => m.Span), disjoint: false);
            AssertInside(text, first.Get(Layers.Events).SelectMany(e => e.Triggers.Append(e.Span)));
            Assert.Equal(DocumentRecords.ToJsonLine(DocumentRecords.From(first)), DocumentRecords.ToJsonLine(DocumentRecords.From(second)));
        }, iter: 150);

    private static void AssertInside(string text, IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
            Assert.InRange(span.End, span.Start, text.Length);
    }

    private static void AssertInsideAndOrdered(string text, IEnumerable<TextSpan> spans, bool disjoint = true)
    {
        var list = spans.ToImmutableArray();
        AssertInside(text, list);
        for (var i = 1; i < list.Length; i++)
        {
            Assert.True(list[i - 1].Start <= list[i].Start, $"{list[i - 1]} comes after {list[i]}");
            if (disjoint)
                Assert.True(list[i - 1].End <= list[i].Start, $"{list[i - 1]} overlaps {list[i]}");
        }
    }
}
