using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Learning.Clusters;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Text.Boundaries;

/// <summary>A trained classifier of sentence ends, learnt from the Universal Dependencies treebanks.</summary>
/// <remarks>It catches what the rules cannot: a sentence after a full stop that starts in lower case, an
/// abbreviation that does not end one ("U.S. Senate"). Thread-safe: buffers are per thread.</remarks>
internal sealed class SentenceEndModel(SequenceModel model, IWordClusters? clusters) : ISentenceEnds
{
    /// <summary>The models shipped in models/&lt;language&gt;/sentences.bin.gz, each loaded on first use.</summary>
    public static readonly PerLanguage<SentenceEndModel> Shipped = new(language =>
        SequenceModelFile.LoadShipped($"{language}/sentences.bin.gz", SentenceEndFeatures.Version) is { } model ? new SentenceEndModel(model, WordClusters.ForLanguage(language)) : null);

    [ThreadStatic]
    private static SentenceFeatures? t_buffer;

    private readonly int _end = model.Labels.IndexOf("end");

    public bool Ends(string text, ImmutableArray<Token> tokens, int mark, int last)
    {
        var buffer = t_buffer ??= new SentenceFeatures();
        SentenceEndFeatures.Extract(text, tokens, mark, last, clusters, buffer);
        Span<int> best = stackalloc int[1];
        model.Decode(buffer, best);
        return best[0] == _end;
    }
}
