using System.Collections.Immutable;

namespace Cronista.Eval.Ner;

/// <summary>Splits a corpus that has no separate dev file (WikiNEuRal's French val) into training and held-out sentences:
/// every n-th sentence of the file, counting from 0, is held out.</summary>
internal static class HeldOut
{
    /// <summary>The held-out sentences (<paramref name="heldOut"/> true) or the others.</summary>
    public static GoldCorpus Select(GoldCorpus corpus, int every, bool heldOut)
    {
        if (every <= 1)
            return corpus;
        var index = 0;
        var documents = ImmutableArray.CreateBuilder<GoldDocument>();
        foreach (var document in corpus.Documents)
        {
            var kept = ImmutableArray.CreateBuilder<GoldSentence>();
            foreach (var sentence in document.Sentences)
            {
                if (index++ % every == 0 == heldOut)
                    kept.Add(sentence);
            }
            if (kept.Count > 0)
                documents.Add(document with { Sentences = kept.ToImmutable() });
        }
        return corpus with { Documents = documents.ToImmutable() };
    }
}
