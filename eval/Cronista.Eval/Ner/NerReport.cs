using System.Text.Json.Nodes;

namespace Cronista.Eval.Ner;

/// <summary>The outcome of one NER evaluation: what was read, how it scored, how fast it ran.</summary>
internal sealed record NerReport(
    string Gold,
    NerFormat Format,
    string Language,
    DemonymPolicy Demonyms,
    int Documents,
    int Sentences,
    int Tokens,
    int FailedDocuments,
    string? FirstError,
    double Seconds,
    NerScores Scores)
{
    /// <summary>Gold tokens analysed per second of wall-clock time.</summary>
    public double TokensPerSecond => Seconds > 0 ? Tokens / Seconds : 0;

    /// <summary>Every figure by a flat name, for floors in eval/baseline.json.</summary>
    /// <remarks>
    /// entity_f1 / entity_precision / entity_recall are micro-averaged entity-level (conlleval);
    /// token_f1 / token_precision / token_recall are the token-level "micro avg" of KIND's scorer, token_macro_f1
    /// its "macro avg" F1; per-type figures append the type (entity_f1_PER, token_f1_LOC). Speed is not among
    /// them: it depends on the machine, and bench/ measures it.
    /// </remarks>
    public IReadOnlyDictionary<string, double> Metrics
    {
        get
        {
            var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["entity_precision"] = Scores.Entity.Micro.Precision,
                ["entity_recall"] = Scores.Entity.Micro.Recall,
                ["entity_f1"] = Scores.Entity.Micro.F1,
                ["token_precision"] = Scores.Token.Micro.Precision,
                ["token_recall"] = Scores.Token.Micro.Recall,
                ["token_f1"] = Scores.Token.Micro.F1,
                ["token_macro_f1"] = Scores.Token.Macro.F1,
                ["token_weighted_f1"] = Scores.Token.Weighted.F1,
            };
            foreach (var type in Scores.Types)
            {
                metrics[$"entity_f1_{type}"] = Scores.Entity.PerType[type].F1;
                metrics[$"token_f1_{type}"] = Scores.Token.PerType[type].F1;
            }
            return metrics;
        }
    }

    /// <summary>The report as one JSON object with snake_case fields, for other tools.</summary>
    public JsonObject ToJson()
    {
        var entityTypes = new JsonObject();
        var tokenTypes = new JsonObject();
        foreach (var type in Scores.Types)
        {
            entityTypes[type] = Counts(Scores.Entity.PerType[type]);
            tokenTypes[type] = Counts(Scores.Token.PerType[type]);
        }
        return new JsonObject
        {
            ["gold"] = Gold,
            ["format"] = NerFormats.NameOf(Format),
            ["language"] = Language,
            ["types"] = new JsonArray([.. Scores.Types.Select(t => JsonValue.Create(t))]),
            ["demonyms"] = DemonymPolicies.NameOf(Demonyms),
            ["documents"] = Documents,
            ["sentences"] = Sentences,
            ["tokens"] = Tokens,
            ["failed_documents"] = FailedDocuments,
            ["first_error"] = FirstError,
            ["entity"] = new JsonObject
            {
                ["micro"] = Counts(Scores.Entity.Micro),
                ["per_type"] = entityTypes,
            },
            ["token"] = new JsonObject
            {
                ["micro"] = Counts(Scores.Token.Micro),
                ["macro"] = Average(Scores.Token.Macro),
                ["weighted"] = Average(Scores.Token.Weighted),
                ["per_type"] = tokenTypes,
            },
            ["seconds"] = Round(Seconds),
            ["tokens_per_second"] = Math.Round(TokensPerSecond, 1),
            ["metrics"] = new JsonObject([.. Metrics.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)JsonValue.Create(Round(m.Value))))]),
        };
    }

    private static JsonObject Counts(PrfScore score) => new()
    {
        ["precision"] = Round(score.Precision),
        ["recall"] = Round(score.Recall),
        ["f1"] = Round(score.F1),
        ["true_positives"] = score.TruePositives,
        ["predicted"] = score.Predicted,
        ["gold"] = score.Gold,
    };

    private static JsonObject Average(PrfAverage average) => new()
    {
        ["precision"] = Round(average.Precision),
        ["recall"] = Round(average.Recall),
        ["f1"] = Round(average.F1),
    };

    private static double Round(double value) => Math.Round(value, 6);
}
