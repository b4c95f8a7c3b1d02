using Cronista.Amounts;
using Cronista.Analysis;
using Cronista.Attributions;
using Cronista.Claims;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Entities.Learned;
using Cronista.Events;
using Cronista.Knowledge;
using Cronista.Language;
using Cronista.Quotes;
using Cronista.Text;
using Cronista.Text.Boundaries;
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
        var spanCues = new PerLanguage<AttributionCues>(AttributionCues.Load);
        var recognizer = new EntityRecognizer(
            new KnowledgeMentionFinder(knowledge, AgencyForms.Of(agencies), tokenization), new NameRunClassifier(knowledge), new DescriptionFinder(knowledge), lexicons);
        IStage[] stages =
        [
            new LanguageStage(new LanguageDetector()),
            new TokenizeStage(tokenization),
            new SentenceStage(tokenization, options.LearnedSentences ? SentenceEndModel.Shipped : null),
            new WordStage(PartOfSpeechTagger.Shipped),
            new AttributionStage(new AttributionFinder(spanCues, CueTagger.Shipped)),
            new TimeStage(new TimeRules(tokenization)),
            new MentionStage(recognizer, options.LearnedEntities ? NamedEntityTagger.Shipped : null),
            new EntityStage(new MentionGrouper(knowledge)),
            new AmountStage(new AmountRules(tokenization)),
            new ClaimStage(new ClaimAttributor(attribution, lexicons, resolver)),
            new QuoteStage(new QuoteAttributor(new QuoteLexicon.Set(), attribution, lexicons, coordination, resolver)),
            new QuoteClaimSpansStage(language => spanCues.For(language) is not null),
            new EventStage(new EventCoder(new EventLexicon.Set(tokenization), coordination, new CameoTable(), knowledge.Roles, knowledge.Countries, new Events.Actors.ActorDictionary.Set())),
        ];
        var builder = new PipelineBuilder();
        foreach (var stage in stages)
        {
            builder.Add(stage);
            if (stage.Name == options.LastStage)
                return new Analyzer(builder.Build());
        }
        if (options.LastStage is not null)
            throw new ArgumentException($"No stage is named '{options.LastStage}'; the stages are {string.Join(", ", stages.Select(s => s.Name))}.", nameof(options));
        return new Analyzer(builder.Build());
    }

    /// <summary>Runs every stage over the document.</summary>
    public Document Analyze(Document document, CancellationToken cancellationToken = default) =>
        Pipeline.Process(document, cancellationToken);
}
