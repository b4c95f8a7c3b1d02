using System.Collections.Immutable;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;

namespace Cronista.Text.Boundaries;

/// <summary>The feature templates of the sentence-end classifier: the mark, the word before it, the tokens after it and
/// the word clusters of the next word (which tell "U.S. Senate" from "U.S. The").</summary>
/// <remarks>Each candidate is scored on its own, as a sequence of one. Changing a template changes what a trained model
/// means: bump <see cref="Version"/> and retrain.</remarks>
internal static class SentenceEndFeatures
{
    /// <summary>Written into every model; a model of another version is refused.</summary>
    public const string Version = "sentence-end-features-2";

    /// <summary>The two labels a model chooses between.</summary>
    public static readonly LabelSet Labels = new(["end", "in"], bio: false);

    /// <summary>Writes the features of the candidate at <paramref name="mark"/> (closed by token <paramref name="last"/>).</summary>
    public static void Extract(string text, ImmutableArray<Token> tokens, int mark, int last, IWordClusters? clusters, SentenceFeatures output)
    {
        output.Clear();
        output.NextToken();
        var markHash = FeatureHash.Of(Lower(text, tokens[mark], stackalloc char[16]));
        var before = Atoms(text, tokens, mark - 1);
        var beforeBefore = Atoms(text, tokens, mark - 2);
        var next = Atoms(text, tokens, last + 1, clusters);
        var afterNext = Atoms(text, tokens, last + 2);
        var closers = last > mark ? FeatureHash.Of(text.AsSpan(tokens[mark + 1].Span.Start, tokens[last].Span.End - tokens[mark + 1].Span.Start)) : 0UL;
        var lineBreak = text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End).Contains('\n') ? 1UL : 0UL;
        var startsSentence = CharClass.CanStartSentence(text[tokens[last + 1].Span.Start]) ? 1UL : 0UL;
        var beforeLength = mark > 0 ? (ulong)Math.Min(tokens[mark - 1].Span.Length, 5) : 0UL;

        output.Add(FeatureHash.Key(0));
        output.Add(FeatureHash.Key(1, markHash));
        output.Add(FeatureHash.Key(2, markHash, before.Lower));
        output.Add(FeatureHash.Key(3, markHash, before.ShortShape));
        output.Add(FeatureHash.Key(4, before.Lower));
        output.Add(FeatureHash.Key(5, before.Shape));
        output.Add(FeatureHash.Key(6, next.Lower));
        output.Add(FeatureHash.Key(7, next.Shape));
        output.Add(FeatureHash.Key(8, markHash, next.ShortShape));
        output.Add(FeatureHash.Key(9, before.Lower, next.ShortShape));
        output.Add(FeatureHash.Key(10, before.ShortShape, next.ShortShape));
        output.Add(FeatureHash.Key(11, closers, next.ShortShape));
        output.Add(FeatureHash.Key(12, lineBreak, markHash));
        output.Add(FeatureHash.Key(13, next.ShortShape, afterNext.ShortShape));
        output.Add(FeatureHash.Key(14, beforeLength, before.Capitalised ? 1UL : 0UL));
        output.Add(FeatureHash.Key(15, markHash, next.Lower));
        output.Add(FeatureHash.Key(16, startsSentence, markHash));
        output.Add(FeatureHash.Key(17, beforeBefore.Lower, before.Lower));
        output.Add(FeatureHash.Key(18, before.Suffixes[1], next.ShortShape));
        if (next.Clusters[1] != 0)
        {
            output.Add(FeatureHash.Key(19, next.Clusters[1]));
            output.Add(FeatureHash.Key(20, markHash, next.Clusters[2]));
        }
    }

    private static TokenAtoms Atoms(string text, ImmutableArray<Token> tokens, int k, IWordClusters? clusters = null) =>
        k >= 0 && k < tokens.Length ? TokenAtoms.Of(text.AsSpan(tokens[k].Span.Start, tokens[k].Span.Length), clusters) : default;

    private static ReadOnlySpan<char> Lower(string text, Token token, Span<char> buffer)
    {
        var form = text.AsSpan(token.Span.Start, Math.Min(token.Span.Length, buffer.Length));
        return buffer[..form.ToLowerInvariant(buffer)];
    }
}
