using System.Collections.Immutable;

namespace Cronista.Eval.Ner;

/// <summary>One sentence's gold and predicted tags, token for token.</summary>
internal sealed record TaggedSentence(ImmutableArray<NerTag> Gold, ImmutableArray<NerTag> Predicted);

/// <summary>Entity-level scores: exact span and type, as conlleval counts them.</summary>
/// <param name="Micro">Over all chunks of the evaluated types.</param>
/// <param name="PerType">Per evaluated type.</param>
internal sealed record EntityScores(PrfScore Micro, ImmutableDictionary<string, PrfScore> PerType);

/// <summary>Token-level scores, as KIND's official scorer (get-results.py) reports them.</summary>
/// <param name="Micro">Counts summed over the evaluated types ("micro avg").</param>
/// <param name="Macro">Unweighted mean of the per-type precision, recall and F1 ("macro avg").</param>
/// <param name="Weighted">Mean of the per-type figures weighted by gold support ("weighted avg").</param>
/// <param name="PerType">Per evaluated type.</param>
internal sealed record TokenScores(PrfScore Micro, PrfAverage Macro, PrfAverage Weighted, ImmutableDictionary<string, PrfScore> PerType);

/// <summary>Both kinds of scores over the same tagged sentences.</summary>
internal sealed record NerScores(ImmutableArray<string> Types, EntityScores Entity, TokenScores Token)
{
    /// <summary>Scores tagged sentences over the evaluated types.</summary>
    public static NerScores Score(IReadOnlyList<TaggedSentence> sentences, ImmutableArray<string> types) =>
        new(types, EntityScorer.Score(sentences, types), TokenScorer.Score(sentences, types));
}
