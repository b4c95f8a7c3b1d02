using Cronista.Amounts;
using Cronista.Analysis;
using Cronista.Claims;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Entities.Learned;
using Cronista.Events;
using Cronista.Knowledge;
using Cronista.Language;
using Cronista.Quotes;
using Cronista.Text;
using Cronista.Time;
using Cronista.Words;

namespace Cronista;

/// <summary>The default analysis: every stage, in order, built once and shared by all threads.</summary>
public sealed class Analyzer
{
    private Analyzer(Pipeline pipeline) => Pipeline = pipeline;

    /// <summary>The validated pipeline the analyzer runs.</summary>
    public Pipeline Pipeline { get; }

    /// <summary>Loads every stage's data and builds the pipeline; do this once at start-up.</summary>
    public static Analyzer CreateDefault() => Create(new AnalyzerOptions());

    /// <summary>Builds the pipeline with the given choices; do this once at start-up.</summary>
    public static Analyzer Create(AnalyzerOptions options)
    {
        var tokenization = new TokenizationRuleSet();
        var knowledge = KnowledgeBase.Load();
        var agencies = NewsAgencies.Load();
        var lexicons = new EntityLexicon.Set();
        var attribution = new AttributionLexicon.Set(tokenization);
        var coordination = new Coordination.Set();
        var resolver = SourceResolver.Create(knowledge, agencies);
        var recognizer = new EntityRecognizer(
            new KnowledgeMentionFinder(knowledge, AgencyForms.Of(agencies), tokenization), new NameRunClassifier(knowledge), new DescriptionFinder(knowledge), lexicons);
        var pipeline = new PipelineBuilder()
            .Add(new LanguageStage(new LanguageDetector()))
            .Add(new TokenizeStage(tokenization))
            .Add(new SentenceStage(tokenization))
            .Add(new WordStage(PosModelSet.Shared))
            .Add(new TimeStage(new TimeRules(tokenization)))
            .Add(new MentionStage(recognizer, options.LearnedEntities ? NerModelSet.Shared : null))
            .Add(new EntityStage(new MentionGrouper(knowledge)))
            .Add(new AmountStage(new AmountRules(tokenization)))
            .Add(new ClaimStage(new ClaimAttributor(attribution, lexicons, resolver)))
            .Add(new QuoteStage(new QuoteAttributor(new QuoteLexicon.Set(), attribution, lexicons, coordination, resolver)))
            .Add(new EventStage(new EventCoder(new EventLexicon.Set(tokenization), coordination, new CameoTable())))
            .Build();
        return new Analyzer(pipeline);
    }

    /// <summary>Runs every stage over the document.</summary>
    public Document Analyze(Document document, CancellationToken cancellationToken = default) =>
        Pipeline.Process(document, cancellationToken);
}
