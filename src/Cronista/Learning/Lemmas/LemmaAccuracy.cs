using Cronista.Learning.Corpora;

namespace Cronista.Learning.Lemmas;

/// <summary>Lemma accuracy over surface tokens, all and those whose form training never saw.</summary>
/// <param name="Tokens">Tokens scored.</param>
/// <param name="Correct">Tokens whose lemma matches the gold exactly.</param>
/// <param name="CorrectIgnoringCase">Tokens whose lemma matches the gold up to letter case.</param>
/// <param name="Unseen">Tokens whose form is not among the training forms.</param>
/// <param name="UnseenCorrect">Of those, exact matches.</param>
/// <param name="UnseenCorrectIgnoringCase">Of those, matches up to letter case.</param>
public sealed record LemmaAccuracy(int Tokens, int Correct, int CorrectIgnoringCase, int Unseen, int UnseenCorrect, int UnseenCorrectIgnoringCase)
{
    /// <summary>Exact-match accuracy.</summary>
    public double Accuracy => Ratio(Correct, Tokens);

    /// <summary>Accuracy when letter case is ignored.</summary>
    public double AccuracyIgnoringCase => Ratio(CorrectIgnoringCase, Tokens);

    /// <summary>Exact-match accuracy on unseen forms.</summary>
    public double UnseenAccuracy => Ratio(UnseenCorrect, Unseen);

    /// <summary>Accuracy on unseen forms when letter case is ignored.</summary>
    public double UnseenAccuracyIgnoringCase => Ratio(UnseenCorrectIgnoringCase, Unseen);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>Lemmatizes every token of the sentences with its gold part of speech and compares with the gold lemma.</summary>
    /// <param name="lemmatizer">The system under test.</param>
    /// <param name="sentences">Gold sentences.</param>
    /// <param name="trainingForms">The forms seen in training, which decide what counts as unseen.</param>
    public static LemmaAccuracy Measure(Lemmatizer lemmatizer, IEnumerable<ConlluSentence> sentences, IReadOnlySet<string> trainingForms)
    {
        ArgumentNullException.ThrowIfNull(lemmatizer);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(trainingForms);
        int tokens = 0, correct = 0, caseless = 0, unseen = 0, unseenCorrect = 0, unseenCaseless = 0;
        foreach (var token in sentences.SelectMany(s => s.Tokens))
        {
            var lemma = lemmatizer.Lemmatize(token.Form, token.Upos);
            var exact = string.Equals(lemma, token.Lemma, StringComparison.Ordinal);
            var folded = exact || string.Equals(lemma, token.Lemma, StringComparison.OrdinalIgnoreCase);
            tokens++;
            correct += exact ? 1 : 0;
            caseless += folded ? 1 : 0;
            if (trainingForms.Contains(token.Form))
                continue;
            unseen++;
            unseenCorrect += exact ? 1 : 0;
            unseenCaseless += folded ? 1 : 0;
        }
        return new LemmaAccuracy(tokens, correct, caseless, unseen, unseenCorrect, unseenCaseless);
    }
}
