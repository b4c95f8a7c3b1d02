using Cronista.Core;
using Cronista.Learning.Clusters;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Words;

/// <summary>Tags universal parts of speech with a trained sequence model.</summary>
/// <remarks>Thread-safe: every call keeps its own buffers.</remarks>
internal sealed class PartOfSpeechTagger(SequenceModel model, IWordClusters? clusters)
{
    /// <summary>The taggers shipped in models/&lt;language&gt;/pos.bin.gz, each loaded on first use.</summary>
    public static readonly PerLanguage<PartOfSpeechTagger> Shipped = new(language =>
        SequenceModelFile.LoadShipped($"{language}/pos.bin.gz", PosFeatures.Version) is { } model
            ? new PartOfSpeechTagger(model, WordClusters.ForLanguage(language))
            : null);

    /// <summary>The model's labels: UD tags, and '+'-joined tags of contractions ("ADP+DET").</summary>
    public SequenceModel Model { get; } = model;

    /// <summary>The clusters the tagger's features read, if any.</summary>
    public IWordClusters? Clusters { get; } = clusters;

    /// <summary>Tags one sentence: <paramref name="tags"/> receives a label index per word.</summary>
    public void Tag(ReadOnlySpan<TokenAtoms> atoms, SentenceFeatures buffer, Span<int> tags)
    {
        PosFeatures.Extract(atoms, buffer);
        Model.Decode(buffer, tags);
    }
}
