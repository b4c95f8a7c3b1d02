using System.Collections.Immutable;

namespace Cronista.Eval.Ner;

/// <summary>One gold token: its text as the file writes it and its tag.</summary>
internal sealed record GoldToken(string Text, NerTag Tag);

/// <summary>One gold sentence.</summary>
internal sealed record GoldSentence(ImmutableArray<GoldToken> Tokens);

/// <summary>Gold sentences analysed together as one document.</summary>
internal sealed record GoldDocument(string Id, ImmutableArray<GoldSentence> Sentences)
{
    /// <summary>How many tokens the document has.</summary>
    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);
}

/// <summary>A gold NER file, read and grouped into documents.</summary>
/// <param name="Source">The file it was read from.</param>
/// <param name="Format">Its layout.</param>
/// <param name="Documents">Its documents, in file order.</param>
internal sealed record GoldCorpus(string Source, NerFormat Format, ImmutableArray<GoldDocument> Documents)
{
    /// <summary>How many sentences the corpus has.</summary>
    public int SentenceCount => Documents.Sum(d => d.Sentences.Length);

    /// <summary>How many tokens the corpus has.</summary>
    public int TokenCount => Documents.Sum(d => d.TokenCount);

    /// <summary>The corpus cut after its first <paramref name="sentences"/> sentences (the last document may be cut short).</summary>
    public GoldCorpus Take(int sentences)
    {
        var kept = ImmutableArray.CreateBuilder<GoldDocument>();
        var left = sentences;
        foreach (var document in Documents)
        {
            if (left <= 0)
                break;
            kept.Add(document.Sentences.Length <= left ? document : document with { Sentences = document.Sentences[..left] });
            left -= document.Sentences.Length;
        }
        return this with { Documents = kept.ToImmutable() };
    }
}
