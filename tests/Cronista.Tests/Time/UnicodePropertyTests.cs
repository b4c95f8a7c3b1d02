using CsCheck;
using Cronista.Tests.Time;

namespace Cronista.Tests.Time;

/// <summary>Random text from the awkward corners of Unicode, mixed with the words and numbers the rules look for.</summary>
public sealed class UnicodePropertyTests
{
    private static readonly string[] Fragments =
    [
        " ", " ", "\n", "\n\n", "\u00A0", "\u202F", "\u200B", "\u200D", "\uFEFF", ".", ",", "'", "’", "-", "–", "/", ":", "%", "(", ")", "“", "”",
        "😀", "👨‍👩‍👧", "🇨🇭", "שלום", "مرحبا", "北京", "東京都", "e\u0301", "a\u0308\u0301", "\u0301", "\uD83D",
        "ieri", "oggi", "domani", "agosto", "Ferragosto", "Natale", "lunedì", "scorso", "prossimo", "anni", "giorni", "fa", "alle", "dal", "al", "tra", "e",
        "yesterday", "August", "Monday", "last", "next", "week", "years", "ago", "the", "between", "and", "p.m.", "at", "every",
        "gestern", "August", "Montag", "Jahre", "vor", "um", "Uhr", "morgen", "Morgen", "Montagabend", "Mio.", "Franken",
        "hier", "août", "lundi", "il y a", "ans", "heures", "à", "mi-juillet", "quatre-vingt-dix", "euros",
        "5’000", "15", "15:30", "15h30", "1910", "1945", "2024", "13.08.2025", "2,5", "3.2bn", "$", "€", "CHF", "milioni", "mila", "A380", "COVID-19", "'90", "1990s", "XX", "secolo",
    ];

    private static readonly Gen<string> Text =
        Gen.OneOf(Gen.OneOf(Fragments), Gen.Char.Select(c => c.ToString())).Array[0, 40].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Language = Gen.OneOf("it", "en", "de", "fr", "xx");

    private static readonly Gen<DateOnly?> Published = Gen.OneOf<DateOnly?>(null, new DateOnly(2025, 8, 13), new DateOnly(2024, 12, 31), new DateOnly(1583, 1, 1), new DateOnly(9998, 12, 31));

    [Fact]
    public void Times_stay_inside_the_text_in_order_without_overlap_and_repeat_exactly() =>
        Gen.Select(Text, Language, Published).Sample((text, language, published) =>
        {
            var first = TimeKit.TimesOf(text, language, published);
            var second = TimeKit.TimesOf(text, language, published);
            Assert.Equal(first.ToArray(), second.ToArray());
            var previousEnd = 0;
            foreach (var time in first)
            {
                Assert.InRange(time.Span.Start, previousEnd, text.Length);
                Assert.InRange(time.Span.End, time.Span.Start + 1, text.Length);
                previousEnd = time.Span.End;
            }
        }, iter: 3000);

    [Fact]
    public void Amounts_stay_inside_the_text_in_order_and_repeat_exactly() =>
        Gen.Select(Text, Language, Published).Sample((text, language, published) =>
        {
            var first = TimeKit.AmountsOf(text, language, published);
            var second = TimeKit.AmountsOf(text, language, published);
            Assert.Equal(first.ToArray(), second.ToArray());
            var previousEnd = 0;
            foreach (var amount in first)
            {
                Assert.InRange(amount.Span.Start, previousEnd, text.Length);
                Assert.InRange(amount.Span.End, amount.Span.Start + 1, text.Length);
                if (amount.Counted is { } counted)
                    Assert.InRange(counted.End, counted.Start + 1, text.Length);
                previousEnd = amount.Span.End;
            }
        }, iter: 3000);
}
