using Cronista.Core;
using Cronista.Language;

namespace Cronista.Tests.Language;

public sealed class LanguageDetectorTests
{
    // One detector over the embedded model for the whole class: loading it is the expensive part.
    private static readonly LanguageDetector Detector = new();

    [Theory]
    [InlineData("Sciopero dei treni, disagi in tutta Italia", "it")]
    [InlineData("Il Papa incontra i giovani a Lisbona", "it")]
    [InlineData("Police arrest two men after Manchester stabbing", "en")]
    [InlineData("Storm leaves thousands without power in Texas", "en")]
    [InlineData("Bahnstreik legt den Verkehr in ganz Deutschland lahm", "de")]
    [InlineData("Bundesregierung beschließt neues Klimaschutzgesetz", "de")]
    [InlineData("Incendie dans un entrepôt près de Marseille", "fr")]
    [InlineData("Le Sénat rejette la réforme des retraites", "fr")]
    public void Short_headlines_get_their_language(string headline, string language) =>
        Assert.Equal(language, Detector.Detect(headline).Language);

    [Theory]
    [InlineData("Mario Draghi, 76 anni, ha incontrato il 12 marzo 2024 a Roma 3.500 sindacalisti della Cgil.", "it")]
    [InlineData("Joe Biden met 1,500 workers in Detroit on March 3, 2024, the White House said.", "en")]
    [InlineData("Angela Merkel traf am 3. Oktober 2019 in Berlin 1.200 Gäste aus 45 Ländern.", "de")]
    [InlineData("Emmanuel Macron a reçu le 14 juillet 2023 à Paris 2 500 invités de 80 pays.", "fr")]
    public void Names_and_numbers_do_not_hide_the_language(string text, string language) =>
        Assert.Equal(language, Detector.Detect(text).Language);

    [Theory]
    [InlineData("L&#8217;Italia ha vinto la partita &amp; i tifosi festeggiano 🎉🇮🇹 in piazza fino a tarda notte.", "it")]
    [InlineData("Fans celebrate 🎉🎉 after the team&rsquo;s victory in the final &mdash; the city is in party mode.", "en")]
    [InlineData("Leggi l'articolo su https://www.repubblica.it/politica/2024/03/12/news/governo e scrivi a redazione@example.org.", "it")]
    public void Entities_emoji_and_addresses_are_ignored(string text, string language) =>
        Assert.Equal(language, Detector.Detect(text).Language);

    [Theory]
    [InlineData("El Ayuntamiento de Sevilla ha decidido cerrar el parque durante todo el verano por las obras de reforma, que costarán unos dos millones de euros. Los vecinos se quejan de que no fueron consultados y piden que se mantenga abierta al menos una parte del recinto para los niños.")]
    [InlineData("De gemeenteraad van Utrecht heeft dinsdagavond besloten om het oude stadhuis te verkopen aan een projectontwikkelaar. Volgens de wethouder levert de verkoop ongeveer vijf miljoen euro op, die wordt gebruikt voor de bouw van nieuwe scholen in de wijk.")]
    [InlineData("Rada miasta Krakowa zdecydowała we wtorek o sprzedaży starego ratusza prywatnemu inwestorowi. Według burmistrza miasto zarobi na tym około pięciu milionów złotych.")]
    [InlineData("市议会周二决定将旧市政厅出售给一家私人开发商。")]
    public void Paragraphs_in_other_languages_are_undetermined(string text)
    {
        var identification = Detector.Detect(text);

        Assert.Equal(SupportedLanguages.Undetermined, identification.Language);
        Assert.Equal(0, identification.Confidence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("12345 67,890 – 3.14")]
    [InlineData("🎉🎉🎉 👍 !!!")]
    [InlineData("OK")]
    public void Text_without_enough_letters_is_undetermined(string text)
    {
        var identification = Detector.Detect(text);

        Assert.Equal(new LanguageIdentification(SupportedLanguages.Undetermined, 0, "detected"), identification);
    }

    [Fact]
    public void A_detection_is_reported_as_detected_with_a_confidence_in_range()
    {
        var identification = Detector.Detect("Le gouvernement a approuvé hier le décret sur les retraites.");

        Assert.Equal("detected", identification.Method);
        Assert.InRange(identification.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void A_huge_text_is_decided_by_its_beginning()
    {
        var italian = string.Concat(Enumerable.Repeat("Il consiglio comunale ha approvato il bilancio dopo una lunga discussione. ", 200));
        var english = string.Concat(Enumerable.Repeat("The city council approved the budget after a long debate. ", 180_000));
        var text = italian + english;

        Assert.True(text.Length > 10_000_000);
        Assert.True(italian.Length > LanguageEvidence.MaxCharsRead);
        Assert.Equal("it", Detector.Detect(text).Language);
    }

    [Fact]
    public void Ten_megabytes_of_italian_are_italian()
    {
        var text = string.Concat(Enumerable.Repeat("Secondo la polizia, i due uomini sono stati arrestati nella notte a Napoli. ", 140_000));

        Assert.True(text.Length > 10_000_000);
        Assert.Equal("it", Detector.Detect(text).Language);
    }

    [Fact]
    public void The_same_text_gets_the_same_answer_from_any_detector_and_thread()
    {
        string[] texts =
        [
            "Il governo ha approvato ieri il decreto.", "The minister resigned on Friday.",
            "Die Polizei nahm zwei Männer fest.", "Le maire a démissionné vendredi.", "Hola, ¿cómo estás?",
        ];
        var expected = texts.Select(Detector.Detect).ToArray();
        var fresh = new LanguageDetector();
        var results = new LanguageIdentification[texts.Length * 50];

        Parallel.For(0, results.Length, i => results[i] = fresh.Detect(texts[i % texts.Length]));

        for (var i = 0; i < results.Length; i++)
            Assert.Equal(expected[i % texts.Length], results[i]);
    }
}
