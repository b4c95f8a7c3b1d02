using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Learning.Clusters;
using Cronista.Learning.Features;
using Cronista.Learning.Gazetteers;
using Cronista.Learning.Perceptron;

namespace Cronista.Entities.Learned;

/// <summary>Finds names with a trained sequence model, using the rule-based mentions as evidence.</summary>
/// <remarks>Thread-safe: every call keeps its own buffers.</remarks>
internal sealed class NamedEntityTagger
{
    /// <summary>The rule that model mentions carry in their provenance.</summary>
    public const string Rule = "ner-model";

    /// <summary>The taggers shipped in models/&lt;language&gt;/ner.bin.gz, each loaded on first use.</summary>
    public static readonly PerLanguage<NamedEntityTagger> Shipped = new(language =>
        SequenceModelFile.LoadShipped($"{language}/ner.bin.gz", NerFeatures.Version) is { } model
            ? new NamedEntityTagger(model, WordClusters.ForLanguage(language), NameList.ForLanguage(language))
            : null);

    private static readonly Provenance Found = new(MentionStage.StageName, Rule, 0.9);

    private readonly SequenceModel _model;
    private readonly IWordClusters? _clusters;
    private readonly NameList? _names;

    public NamedEntityTagger(SequenceModel model, IWordClusters? clusters, NameList? names)
    {
        _model = model;
        _clusters = clusters;
        _names = names;
    }

    /// <summary>The names in the document, one mention each, in text order; a label type that is not an
    /// <see cref="EntityType"/> gives no mention.</summary>
    public ImmutableArray<Mention> Find(Document document, ImmutableArray<Mention> ruleMentions)
    {
        var ner = new NerDocument(document, ruleMentions, _clusters, _names);
        var found = ImmutableArray.CreateBuilder<Mention>();
        foreach (var (span, type) in Chunks(_model, ner))
        {
            if (Enum.TryParse<EntityType>(type, out var entityType))
                found.Add(new Mention(span, entityType, MentionKind.Name, Found));
        }
        return found.ToImmutable();
    }

    /// <summary>The chunks the model labels in the document, sentence by sentence, as character spans with their types.</summary>
    public static IEnumerable<(TextSpan Span, string Type)> Chunks(SequenceModel model, NerDocument ner)
    {
        var features = new SentenceFeatures();
        var labels = new int[ner.Tokens.Length];
        var chunks = new List<LabelChunk>();
        foreach (var sentence in ner.Sentences)
        {
            var sentenceLabels = labels.AsSpan(sentence.FirstToken, sentence.TokenCount);
            NerFeatures.Extract(ner, sentence.FirstToken, sentence.EndToken, features);
            model.Decode(features, sentenceLabels);
            model.Labels.AddChunks(sentenceLabels, sentence.FirstToken, chunks);
        }
        return chunks.Select(c => (new TextSpan(ner.Tokens[c.Start].Span.Start, ner.Tokens[c.End - 1].Span.End), c.Type));
    }
}
