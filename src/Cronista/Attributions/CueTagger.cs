using Cronista.Core;
using Cronista.Learning.Perceptron;

namespace Cronista.Attributions;

/// <summary>Marks cue spans with a trained BIO tagger (O, B-CUE, I-CUE), learned from PolNeAR: it reaches the nouns,
/// colons, prepositions and rare verbs that PolNeAR marks as cues and a word list does not (support for, criticism of).</summary>
/// <remarks>Thread-safe: every call keeps its own buffers.</remarks>
internal sealed class CueTagger(SequenceModel model)
{
    /// <summary>The taggers shipped in models/&lt;language&gt;/attribution-cues.bin.gz, each loaded on first use.</summary>
    public static readonly PerLanguage<CueTagger> Shipped = new(language =>
        SequenceModelFile.LoadShipped($"{language}/attribution-cues.bin.gz", CueFeatures.Version) is { } found ? new CueTagger(found) : null);

    /// <summary>The labels, in the order the model numbers them.</summary>
    /// <remarks>Sources are tagged too: a cue whose source the rules cannot find takes the tagged one.</remarks>
    public static readonly LabelSet Labels = LabelSet.Iob2(["CUE", "SOURCE"]);

    public SequenceModel Model { get; } = model;

    /// <summary>The cue and source spans of tokens [<paramref name="first"/>, <paramref name="end"/>), as token ranges.</summary>
    public List<LabelChunk> Tag(SentenceWords words, AttributionCues? lexicon, int first, int end)
    {
        var features = new SentenceFeatures();
        CueFeatures.Extract(words, lexicon, first, end, features);
        var tags = new int[end - first];
        Model.Decode(features, tags);
        var chunks = new List<LabelChunk>();
        Model.Labels.AddChunks(tags, first, chunks);
        return chunks;
    }
}
