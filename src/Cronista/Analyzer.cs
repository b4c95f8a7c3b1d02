using Cronista.Amounts;
using Cronista.Claims;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Events;
using Cronista.Language;
using Cronista.Quotes;
using Cronista.Text;
using Cronista.Time;

namespace Cronista;

/// <summary>The default analysis: every stage, in order, built once and shared by all threads.</summary>
public sealed class Analyzer
{
    private Analyzer(Pipeline pipeline) => Pipeline = pipeline;

    /// <summary>The validated pipeline the analyzer runs.</summary>
    public Pipeline Pipeline { get; }

    /// <summary>Loads every stage's data and builds the pipeline; do this once at start-up.</summary>
    public static Analyzer CreateDefault()
    {
        var tokenization = new TokenizationRuleSet();
        var pipeline = new PipelineBuilder()
            .Add(new LanguageStage(new LanguageDetector()))
            .Add(new TokenizeStage(tokenization))
            .Add(new SentenceStage(tokenization))
            .Add(new MentionStage())
            .Add(new EntityStage())
            .Add(new TimeStage(new TimeRules(tokenization)))
            .Add(new AmountStage(new AmountRules(tokenization)))
            .Add(new ClaimStage())
            .Add(new QuoteStage())
            .Add(new EventStage())
            .Build();
        return new Analyzer(pipeline);
    }

    /// <summary>Runs every stage over the document.</summary>
    public Document Analyze(Document document, CancellationToken cancellationToken = default) =>
        Pipeline.Process(document, cancellationToken);
}
