using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Entities.Learned;

/// <summary>Finds names with a trained sequence model, using the rule-based mentions as evidence.</summary>
/// <remarks>Thread-safe: every call keeps its own buffers.</remarks>
internal sealed class NamedEntityTagger
{
    /// <summary>The rule that model mentions carry in their provenance.</summary>
    public const string Rule = "ner-model";

    private readonly SequenceModel _model;
    private readonly IWordClusters? _clusters;
    private readonly EntityType?[] _types;
    private readonly bool[] _begins;

    public NamedEntityTagger(SequenceModel model, IWordClusters? clusters)
    {
        _model = model;
        _clusters = clusters;
        var names = model.Labels.Names;
        _types = [.. names.Select(n => n.Length > 2 && Enum.TryParse<EntityType>(n[2..], out var type) ? type : (EntityType?)null)];
        _begins = [.. names.Select(n => n.StartsWith("B-", StringComparison.Ordinal))];
    }

    /// <summary>The names in the document, one mention each, in text order.</summary>
    public ImmutableArray<Mention> Find(Document document, ImmutableArray<Mention> ruleMentions)
    {
        var ner = new NerDocument(document, ruleMentions, _clusters);
        var features = new SentenceFeatures();
        var found = ImmutableArray.CreateBuilder<Mention>();
        var labels = new int[64];
        foreach (var sentence in ner.Sentences)
        {
            if (sentence.TokenCount == 0)
                continue;
            if (labels.Length < sentence.TokenCount)
                labels = new int[sentence.TokenCount * 2];
            NerFeatures.Extract(ner, sentence.FirstToken, sentence.EndToken, features);
            _model.Decode(features, labels);
            AddChunks(ner, sentence.FirstToken, labels.AsSpan(0, sentence.TokenCount), found);
        }
        return found.ToImmutable();
    }

    /// <summary>Decodes every sentence's labels, for training and measurement: one label index per token.</summary>
    public static int[] Labels(SequenceModel model, NerDocument ner)
    {
        var features = new SentenceFeatures();
        var labels = new int[ner.Tokens.Length];
        foreach (var sentence in ner.Sentences)
        {
            NerFeatures.Extract(ner, sentence.FirstToken, sentence.EndToken, features);
            model.Decode(features, labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
        return labels;
    }

    private void AddChunks(NerDocument ner, int first, ReadOnlySpan<int> labels, ImmutableArray<Mention>.Builder found)
    {
        var start = -1;
        for (var t = 0; t <= labels.Length; t++)
        {
            var type = t < labels.Length ? _types[labels[t]] : null;
            var continues = type is not null && !_begins[labels[t]] && start >= 0 && _types[labels[start]] == type;
            if (start >= 0 && !continues)
            {
                var span = new TextSpan(ner.Tokens[first + start].Span.Start, ner.Tokens[first + t - 1].Span.End);
                found.Add(new Mention(span, _types[labels[start]]!.Value, MentionKind.Name, new Provenance("find-mentions", Rule, 0.9)));
                start = -1;
            }
            if (type is not null && start < 0)
                start = t;
        }
    }
}
