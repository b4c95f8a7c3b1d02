using Cronista.Core;
using Cronista.Learning.Perceptron;

namespace Cronista.Attributions;

/// <summary>The features the cue tagger reads for every token of a sentence: the words and parts of speech around it,
/// whether the cue list knows it, and the punctuation that frames reported speech (quotes, colons, commas).</summary>
internal static class CueFeatures
{
    /// <summary>Changes whenever the features change, so that a model trained with other features is refused.</summary>
    public const string Version = "attribution-cue-2";

    private static readonly ulong None = FeatureHash.Of("<none>");

    /// <summary>Adds the features of tokens [<paramref name="first"/>, <paramref name="end"/>) to <paramref name="features"/>.</summary>
    public static void Extract(SentenceWords words, AttributionCues? lexicon, int first, int end, SentenceFeatures features)
    {
        features.Clear();
        var n = end - first;
        var word = new ulong[n + 4];
        var pos = new ulong[n + 4];
        for (var i = -2; i < n + 2; i++)
        {
            var k = first + i;
            word[i + 2] = k >= first && k < end ? FeatureHash.Of(words.Words[k]) : None;
            pos[i + 2] = k >= first && k < end ? FeatureHash.Of(words.Upos[k]) : None;
        }
        for (var i = 0; i < n; i++)
        {
            var k = first + i;
            var c = i + 2;
            features.NextToken();
            features.Add(FeatureHash.Key(0));
            features.Add(FeatureHash.Key(1, word[c]));
            features.Add(FeatureHash.Key(2, word[c - 1]));
            features.Add(FeatureHash.Key(3, word[c + 1]));
            features.Add(FeatureHash.Key(4, word[c - 2]));
            features.Add(FeatureHash.Key(5, word[c + 2]));
            features.Add(FeatureHash.Key(6, pos[c]));
            features.Add(FeatureHash.Key(7, pos[c - 1], pos[c]));
            features.Add(FeatureHash.Key(8, pos[c], pos[c + 1]));
            features.Add(FeatureHash.Key(9, pos[c - 1], pos[c], pos[c + 1]));
            features.Add(FeatureHash.Key(10, word[c - 1], word[c]));
            features.Add(FeatureHash.Key(11, word[c], word[c + 1]));
            features.Add(FeatureHash.Key(12, word[c], pos[c]));
            features.Add(FeatureHash.Key(13, word[c], pos[c - 1]));
            var text = words.Words[k];
            // Rare reporting verbs share their endings (-ed, -ing) and stems with common ones.
            features.Add(FeatureHash.Key(14, FeatureHash.Of(text.AsSpan(Math.Max(0, text.Length - 3)))));
            features.Add(FeatureHash.Key(15, FeatureHash.Of(text.AsSpan(0, Math.Min(4, text.Length)))));
            // The cue list as evidence, not as the decision: the tagger learns when a listed word is no cue.
            var listed = lexicon?.At(words.Words, k) is { } cue ? (ulong)cue.Kind + 1 : 0;
            features.Add(FeatureHash.Key(16, listed, pos[c]));
            // A reporting verb inside a quotation belongs to the quote, not to an attribution.
            features.Add(FeatureHash.Key(17, words.InsideQuote(k) ? 1UL : 0UL, pos[c]));
            features.Add(FeatureHash.Key(18, Near(words, k - 3, k, first, end), Near(words, k + 1, k + 4, first, end)));
            features.Add(FeatureHash.Key(19, i == 0 ? 1UL : i == n - 1 ? 2UL : i < 4 ? 3UL : n - i < 4 ? 4UL : 5UL, pos[c]));
        }
    }

    /// <summary>What punctuation lies in tokens [from, to): a quote mark (1), a colon (2), a comma (4), as bits.</summary>
    private static ulong Near(SentenceWords words, int from, int to, int first, int end)
    {
        var bits = 0UL;
        for (var k = Math.Max(from, first); k < Math.Min(to, end); k++)
        {
            if (words.IsQuoteMark(k))
                bits |= 1;
            else if (words.Words[k] == ":")
                bits |= 2;
            else if (words.Words[k] == ",")
                bits |= 4;
        }
        return bits;
    }
}
