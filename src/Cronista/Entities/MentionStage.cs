using Cronista.Core;
using Cronista.Entities.Learned;

namespace Cronista.Entities;

/// <summary>Finds names, role descriptions and demonyms of people, organisations and places.</summary>
/// <remarks>Where the language has a trained model, the model decides which words are names, weighing the rules'
/// findings as evidence; elsewhere the rules decide alone.</remarks>
internal sealed class MentionStage(EntityRecognizer recognizer, PerLanguage<NamedEntityTagger>? models) : IStage
{
    /// <summary>The producer recorded when the language's trained tagger found the names.</summary>
    public const string ModelProducer = "find-mentions/model";

    /// <summary>The producer recorded when the rules alone found them (no model for the language).</summary>
    public const string RulesProducer = "find-mentions/rules";

    /// <summary>The stage's name, for pipelines that stop after it.</summary>
    public const string StageName = "find-mentions";

    public string Name => StageName;

    public IReadOnlyList<ILayer> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Times];

    public IReadOnlyList<ILayer> Produces { get; } = [Layers.Mentions];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        var rules = recognizer.Recognize(document);
        var tagger = models?.For(document.Language);
        var mentions = tagger is null ? rules
            : LearnedMentions.Combine(document.Text, tagger.Find(document, rules), rules, document.Get(Layers.Times).Select(t => t.Span));
        // The producer says which way names were found, for the output's "entity_method".
        return document.With(Layers.Mentions, mentions, tagger is null ? RulesProducer : ModelProducer);
    }
}
