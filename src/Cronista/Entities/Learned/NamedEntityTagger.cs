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

    /// <summary>The taggers shipped in models/&lt;language&gt;/: ner.bin.gz, and ner-document.bin.gz for the second
    /// pass when there is one; each loaded on first use.</summary>
    /// <remarks>The second pass was trained on the votes of its own first pass, so both come from the same place: a
    /// first pass retrained into CRONISTA_MODELS never runs with the compiled-in second pass.</remarks>
    public static readonly PerLanguage<NamedEntityTagger> Shipped = new(language =>
    {
        var (first, second) = ($"{language}/ner.bin.gz", $"{language}/{SecondPassFile}");
        if (SequenceModelFile.LoadShipped(first, NerFeatures.Version) is not { } model)
            return null;
        var secondPass = ModelFiles.FromFolder(first) == ModelFiles.FromFolder(second)
            ? SequenceModelFile.LoadShipped(second, NerFeatures.DocumentVersion)
            : null;
        return new NamedEntityTagger(model, WordClusters.ForLanguage(language), NameList.ForLanguage(language), secondPass);
    });

    /// <summary>The file name of the second-pass model, beside the first.</summary>
    public const string SecondPassFile = "ner-document.bin.gz";

    private static readonly Provenance Found = new(MentionStage.StageName, Rule, 0.9);

    private readonly SequenceModel _model;
    private readonly IWordClusters? _clusters;
    private readonly NameList? _names;
    private readonly SequenceModel? _secondPass;

    /// <param name="model">The first (or only) pass.</param>
    /// <param name="clusters">The word clusters both passes read, if any.</param>
    /// <param name="names">The name list both passes read, if any.</param>
    /// <param name="secondPass">A model that tags again knowing what the first pass said of each word elsewhere in
    /// the document (<see cref="FirstPassVotes"/>); null for one pass.</param>
    public NamedEntityTagger(SequenceModel model, IWordClusters? clusters, NameList? names, SequenceModel? secondPass = null)
    {
        _model = model;
        _clusters = clusters;
        _names = names;
        _secondPass = secondPass;
    }

    /// <summary>The names in the document, one mention each, in text order; a label type that is not an
    /// <see cref="EntityType"/> gives no mention.</summary>
    public ImmutableArray<Mention> Find(Document document, ImmutableArray<Mention> ruleMentions)
    {
        var ner = new NerDocument(document, ruleMentions, _clusters, _names);
        var model = _model;
        if (_secondPass is not null)
        {
            ner.UseFirstPass(Label(_model, ner), _model.Labels);
            model = _secondPass;
        }
        var found = ImmutableArray.CreateBuilder<Mention>();
        foreach (var (span, type) in Chunks(model, ner))
        {
            if (Enum.TryParse<EntityType>(type, out var entityType))
                found.Add(new Mention(span, entityType, MentionKind.Name, Found));
        }
        return found.ToImmutable();
    }

    /// <summary>The chunks the model labels in the document, sentence by sentence, as character spans with their types.</summary>
    public static IEnumerable<(TextSpan Span, string Type)> Chunks(SequenceModel model, NerDocument ner)
    {
        var labels = Label(model, ner);
        var chunks = new List<LabelChunk>();
        foreach (var sentence in ner.Sentences)
            model.Labels.AddChunks(labels.AsSpan(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, chunks);
        return chunks.Select(c => (new TextSpan(ner.Tokens[c.Start].Span.Start, ner.Tokens[c.End - 1].Span.End), c.Type));
    }

    /// <summary>The label index the model gives each token of the document, sentence by sentence.</summary>
    public static int[] Label(SequenceModel model, NerDocument ner)
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
}
