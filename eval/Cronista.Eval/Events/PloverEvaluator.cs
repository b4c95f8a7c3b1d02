using System.Text.Json.Nodes;

namespace Cronista.Eval.Events;

/// <summary>Codes every record of a PLOVER gold file and scores the predictions.</summary>
internal sealed class PloverEvaluator(PloverTagger tagger)
{
    public static PloverEvaluator For(Analyzer analyzer) => new(PloverTagger.For(analyzer));

    public PloverScore Evaluate(string goldPath, int threads, CancellationToken cancellationToken)
    {
        var gold = PloverRecords.Read(goldPath);
        var predicted = new JsonObject[gold.Count];
        Parallel.For(0, gold.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken },
            i => predicted[i] = tagger.Tag(gold[i], cancellationToken));
        return PloverScorer.Score([.. gold.Zip(predicted)]);
    }
}
