using System.Collections.Concurrent;
using System.Collections.Immutable;
using Cronista.Attributions;
using Cronista.Core;

namespace Cronista.Eval.Attributions;

/// <summary>Runs the analysis over an attribution corpus and scores its source, cue and content spans.</summary>
internal sealed class AttributionEvaluator(Func<Document, CancellationToken, Document> analyze)
{
    public static AttributionEvaluator For(Analyzer analyzer) => new(analyzer.Analyze);

    /// <summary>The attributions the analysis finds in a text, as brat spans.</summary>
    public List<BratAttribution> Predict(string name, string text, string language, CancellationToken cancellationToken)
    {
        var document = analyze(Document.Create(text, new DocumentMetadata($"eval:{name}", Language: language)), cancellationToken);
        return [.. document.Get(Layers.Attributions).Select(ToBrat)];
    }

    public AttributionReport Evaluate(string gold, IReadOnlyList<AttributionDocument> documents, string language, int threads, CancellationToken cancellationToken)
    {
        var predictions = new ConcurrentDictionary<int, List<BratAttribution>>();
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            i => predictions[i] = Predict(documents[i].Name, documents[i].Text, language, cancellationToken));
        var report = new AttributionReport(gold, documents.Count);
        for (var i = 0; i < documents.Count; i++)
            Score(report, documents[i].Text, documents[i].Gold, predictions[i]);
        return report;
    }

    /// <summary>Human agreement: each later annotator of an article scored against its first, as a prediction would be.</summary>
    public static AttributionReport Agreement(string gold, List<(AttributionDocument First, List<BratAttribution> Other)> pairs)
    {
        var report = new AttributionReport(gold, pairs.Count);
        foreach (var (first, other) in pairs)
            Score(report, first.Text, first.Gold, other);
        return report;
    }

    /// <summary>Adds one document to the report, for all attributions and for speech only.</summary>
    public static void Score(AttributionReport report, string text, List<BratAttribution> gold, List<BratAttribution> predicted)
    {
        foreach (var subset in AttributionReport.Subsets)
        {
            var g = subset == "all" ? gold : gold.Where(a => IsSpeech(text, a)).ToList();
            var p = subset == "all" ? predicted : predicted.Where(a => IsSpeech(text, a)).ToList();
            foreach (var role in Enum.GetValues<AttributionRole>())
            {
                AttributionScore.Add(text, role, Spans(g, role), Spans(p, role),
                    report.For(subset, role, "exact"), report.For(subset, role, "head"));
            }
        }
    }

    private static bool IsSpeech(string text, BratAttribution attribution) =>
        SpeechCues.IsSpeech(!attribution.Source.IsEmpty, SpanMatching.CueWord(text, SpanMatching.Normalize(text, attribution.Cue)));

    private static List<ImmutableArray<TextSpan>> Spans(List<BratAttribution> attributions, AttributionRole role) =>
        [.. attributions.Select(a => role switch
        {
            AttributionRole.Source => a.Source,
            AttributionRole.Cue => a.Cue,
            _ => a.Content,
        }).Where(s => !s.IsEmpty)];

    public static BratAttribution ToBrat(Attribution attribution) =>
        new(attribution.Source is { } source ? [source] : [], [attribution.Cue], attribution.Content);
}
