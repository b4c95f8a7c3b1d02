using Cronista.Learning.Corpora;
using Cronista.Learning.Lemmas;

namespace Cronista.Tests.Learning;

/// <summary>The lemmatizer trained on a handful of in-memory words: tables, suffix rules, case, contractions, lexicon.</summary>
public sealed class LemmatizerTests
{
    private static ConlluSentence Sentence(params (string Form, string Upos, string Lemma)[] words) =>
        new(null, null, [.. words.Select(w => new ConlluToken(w.Form, w.Lemma, w.Upos, true))], false, false);

    private static readonly ConlluSentence[] Italian =
    [
        Sentence(("I", "DET", "il"), ("ricercatori", "NOUN", "ricercatore"), ("parlavano", "VERB", "parlare"), ("della", "ADP+DET", "di+il"), ("crisi", "NOUN", "crisi")),
        Sentence(("I", "DET", "il"), ("lavoratori", "NOUN", "lavoratore"), ("cantavano", "VERB", "cantare"), ("nella", "ADP+DET", "in+il"), ("piazza", "NOUN", "piazza")),
        Sentence(("Gli", "DET", "il"), ("autori", "NOUN", "autore"), ("mangiavano", "VERB", "mangiare"), ("a", "ADP", "a"), ("Roma", "PROPN", "Roma")),
        Sentence(("Mario", "PROPN", "Mario"), ("Rossi", "PROPN", "Rossi"), ("camminava", "VERB", "camminare"), ("con", "ADP", "con"), ("Anna", "PROPN", "Anna")),
    ];

    private static Lemmatizer Train(IReadOnlyDictionary<string, string>? lexicon = null, params ConlluSentence[] sentences) =>
        new(LemmaTraining.Train("xx", sentences.Length == 0 ? Italian : sentences, lexicon ?? new Dictionary<string, string>(), TextWriter.Null).Data);

    [Theory]
    [InlineData("giocatori", "NOUN", "giocatore")]
    [InlineData("ballavano", "VERB", "ballare")]
    [InlineData("Ballavano", "VERB", "ballare")]
    [InlineData("Ettore", "PROPN", "Ettore")]
    public void Unseen_words_take_the_edit_of_their_longest_known_suffix(string form, string upos, string lemma) =>
        Assert.Equal(lemma, Train().Lemmatize(form, upos));

    [Fact]
    public void Seen_words_take_their_training_lemma_and_a_capitalised_sentence_start_its_lower_case_twin()
    {
        var lemmatizer = Train();

        Assert.Equal("ricercatore", lemmatizer.Lemmatize("ricercatori", "NOUN"));
        Assert.Equal("il", lemmatizer.Lemmatize("Gli", "DET"));
        Assert.Equal("ricercatore", lemmatizer.Lemmatize("Ricercatori", "NOUN"));
    }

    [Fact]
    public void Contractions_get_the_joined_lemmas_of_their_words()
    {
        var lemmatizer = Train();

        Assert.Equal("di+il", lemmatizer.Lemmatize("della", "ADP+DET"));
        Assert.Equal("in+il", lemmatizer.Lemmatize("Nella", "ADP+DET"));
    }

    [Fact]
    public void German_nouns_keep_their_capital_and_participles_lose_ge()
    {
        var lemmatizer = Train(null,
            Sentence(("Die", "DET", "der"), ("Zeitungen", "NOUN", "Zeitung"), ("haben", "AUX", "haben"), ("gemacht", "VERB", "machen")),
            Sentence(("Die", "DET", "der"), ("Wohnungen", "NOUN", "Wohnung"), ("sind", "AUX", "sein"), ("gekauft", "VERB", "kaufen")));

        Assert.Equal("Regierung", lemmatizer.Lemmatize("Regierungen", "NOUN"));
        Assert.Equal("sagen", lemmatizer.Lemmatize("gesagt", "VERB"));
    }

    [Fact]
    public void A_lexicon_answers_for_unseen_forms_only_where_it_beat_the_rules_on_rare_training_words()
    {
        // On the training verbs seen once, the lexicon knows every lemma; for nouns it is wrong.
        var lexicon = new Dictionary<string, string>
        {
            ["parlavano"] = "parlare", ["cantavano"] = "cantare", ["mangiavano"] = "mangiare", ["camminava"] = "camminare",
            ["ricercatori"] = "ricercatrice", ["lavoratori"] = "lavoratrice", ["autori"] = "autrice",
            ["vanno"] = "andare", ["pittori"] = "pittrice",
        };
        var lemmatizer = Train(lexicon);

        Assert.Equal("andare", lemmatizer.Lemmatize("vanno", "VERB"));
        Assert.Equal("pittore", lemmatizer.Lemmatize("pittori", "NOUN"));
    }

    [Fact]
    public void A_written_model_reads_back_to_the_same_answers_and_the_same_bytes()
    {
        var data = LemmaTraining.Train("it", Italian, new Dictionary<string, string> { ["andavano"] = "andare" }, TextWriter.Null).Data;
        var first = Path.GetTempFileName() + ".gz";
        var second = Path.GetTempFileName() + ".gz";
        try
        {
            LemmaModelFile.Write(data, first, ["test"]);
            var read = LemmaModelFile.Read(first);
            LemmaModelFile.Write(read, second, ["test"]);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            Assert.Equal(new Lemmatizer(data).Lemmatize("ballavano", "VERB"), new Lemmatizer(read).Lemmatize("ballavano", "VERB"));
            Assert.Equal("di+il", new Lemmatizer(read).Lemmatize("della", "ADP+DET"));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Theory]
    [InlineData("ricercatori", "ricercatore", "lavoratori", "lavoratore")]
    [InlineData("Ricercatori", "ricercatore", "Lavoratori", "lavoratore")]
    [InlineData("gemacht", "machen", "gesagt", "sagen")]
    [InlineData("went", "go", "at", "at")]
    public void An_edit_learned_from_one_word_applies_to_another(string form, string lemma, string other, string expected)
    {
        var edit = LemmaEdit.Between(form, lemma);

        Assert.Equal(lemma, edit.Apply(form));
        Assert.Equal(expected, edit.Apply(other));
        Assert.Equal(edit, LemmaEdit.Decode(edit.Encode()));
    }

    [Theory]
    [InlineData("it", "della", "ADP+DET", "di+il")]
    [InlineData("it", "ricercatori", "NOUN", "ricercatore")]
    [InlineData("en", "went", "VERB", "go")]
    [InlineData("de", "Häuser", "NOUN", "Haus")]
    [InlineData("fr", "du", "ADP+DET", "de+le")]
    public void The_shipped_models_load_from_the_assembly(string language, string form, string upos, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.For(language)!.Lemmatize(form, upos));

    [Fact]
    public void A_language_without_a_model_has_no_lemmatizer() =>
        Assert.Null(Lemmatizer.For("und"));
}
