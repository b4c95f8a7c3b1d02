using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Cronista.Eval.Ner;

namespace Cronista.Eval.Ud;

/// <summary>Correct answers out of all gold tokens.</summary>
internal readonly record struct Accuracy(int Correct, int Total)
{
    public double Value => Total == 0 ? 0 : (double)Correct / Total;

    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Total + b.Total);
}

/// <summary>The outcome of scoring tokenization, sentence splitting and (when present) tags and lemmas on a treebank.</summary>
/// <param name="SentencesColonJoined">Sentence scores with every gold sentence that ends in a colon joined to the next one:
/// the treebanks end a sentence before a colon-introduced clause, Cronista never does (see SentenceSplitter).</param>
/// <param name="Upos">Part-of-speech accuracy over gold tokens; null when the analysis fills no words layer.</param>
/// <param name="Lemmas">Lemma accuracy over gold tokens; null when the analysis fills no words layer.</param>
/// <param name="Errors">Examples of wrong tokens and sentence boundaries, in text order, at most the number asked for of each kind.</param>
internal sealed record UdReport(
    string Gold,
    string Language,
    int Documents,
    PrfScore Tokens,
    PrfScore Sentences,
    PrfScore SentencesColonJoined,
    Accuracy? Upos,
    Accuracy? Lemmas,
    double Seconds,
    ImmutableArray<UdError> Errors)
{
    /// <summary>Every figure by a flat name.</summary>
    public IReadOnlyDictionary<string, double> Metrics
    {
        get
        {
            var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["token_precision"] = Tokens.Precision,
                ["token_recall"] = Tokens.Recall,
                ["token_f1"] = Tokens.F1,
                ["sentence_precision"] = Sentences.Precision,
                ["sentence_recall"] = Sentences.Recall,
                ["sentence_f1"] = Sentences.F1,
                ["sentence_f1_colon_joined"] = SentencesColonJoined.F1,
            };
            if (Upos is { } upos)
                metrics["upos_accuracy"] = upos.Value;
            if (Lemmas is { } lemmas)
                metrics["lemma_accuracy"] = lemmas.Value;
            return metrics;
        }
    }

    public JsonObject ToJson()
    {
        var metrics = new JsonObject();
        foreach (var (name, value) in Metrics)
            metrics[name] = Math.Round(value, 4);
        return new JsonObject
        {
            ["gold"] = Gold,
            ["language"] = Language,
            ["documents"] = Documents,
            ["gold_tokens"] = Tokens.Gold,
            ["gold_sentences"] = Sentences.Gold,
            ["seconds"] = Math.Round(Seconds, 3),
            ["metrics"] = metrics,
        };
    }
}

/// <summary>What kind of mistake an example shows.</summary>
internal enum UdErrorKind
{
    /// <summary>A gold token the tokenizer did not produce exactly.</summary>
    MissedToken,
    /// <summary>A gold sentence end where the splitter did not end a sentence.</summary>
    MissedBoundary,
    /// <summary>A sentence end the splitter made where the gold has none.</summary>
    SpuriousBoundary,
}

/// <summary>One example of a mistake, with the text around it.</summary>
internal sealed record UdError(UdErrorKind Kind, string Example);
