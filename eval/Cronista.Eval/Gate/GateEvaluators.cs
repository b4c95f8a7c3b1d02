using Cronista.Eval.Ner;
using Cronista.Eval.Ud;

namespace Cronista.Eval.Gate;

/// <summary>The evaluators the quality gate knows, one per baseline section.</summary>
internal static class GateEvaluators
{
    /// <summary>Every evaluator, sharing one analyzer that is built only if an evaluation needs it.</summary>
    public static IReadOnlyList<IGateEvaluator> Default(int threads)
    {
        var analyzer = new Lazy<Analyzer>(() => Analyzer.Create(new AnalyzerOptions(LearnedEntities: true)));
        return
        [
            new NerGateEvaluator(() => NerEvaluator.For(analyzer.Value), threads),
            new UdGateEvaluator(() => UdEvaluator.For(analyzer.Value), threads),
            new ExtractionGateEvaluator(Extraction.ExtractionEvaluator.ForHtml, threads),
            new PageDateGateEvaluator(Extraction.PageDateEvaluator.ForHtml),
            // Attribution reads only tokens, sentences and parts of speech: its pipeline stops there.
            new AttributionGateEvaluator(() => Attributions.AttributionEvaluator.For(Analyzer.Create(new AnalyzerOptions(LastStage: "attribute-spans"))), threads),
            new TimeGateEvaluator(Time.TimeEvaluator.ForCronista, threads),
            new SpecGateEvaluator(() => new Specs.SpecEvaluator(analyzer.Value), threads),
            new EventsGateEvaluator(() => Events.PloverEvaluator.For(analyzer.Value), threads),
        ];
    }
}
