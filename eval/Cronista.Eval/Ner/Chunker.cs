namespace Cronista.Eval.Ner;

/// <summary>An entity as a run of tokens in one sentence: tokens [Start, End) of sentence <see cref="Sentence"/>.</summary>
internal readonly record struct Chunk(int Sentence, int Start, int End, string Type);

/// <summary>Reads entity chunks from a sentence's tags with the rules of conlleval.</summary>
/// <remarks>
/// The start and end rules are those of conlleval.pl (CoNLL-2000/2003), with the S- and E- cases of its
/// widely used Python port, so IOB1, IOB2 and IOBES tags are all read as their authors meant. A sentence
/// boundary ends every chunk.
/// </remarks>
internal static class Chunker
{
    /// <summary>The chunks of one sentence, in order.</summary>
    public static List<Chunk> Chunks(IReadOnlyList<NerTag> tags, int sentence)
    {
        var chunks = new List<Chunk>();
        var previous = NerTag.Outside;
        var open = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (open >= 0 && EndsChunk(previous, tag))
            {
                chunks.Add(new Chunk(sentence, open, i, previous.Type!));
                open = -1;
            }
            if (StartsChunk(previous, tag))
                open = i;
            previous = tag;
        }
        if (open >= 0)
            chunks.Add(new Chunk(sentence, open, tags.Count, previous.Type!));
        return chunks;
    }

    /// <summary>conlleval's endOfChunk: whether a chunk ends between the previous token and this one.</summary>
    private static bool EndsChunk(NerTag previous, NerTag tag)
    {
        var (p, t) = (PrefixOf(previous), PrefixOf(tag));
        return p switch
        {
            'O' => false,
            'E' or 'S' => true,
            _ when t is 'B' or 'S' or 'O' => true,
            _ => previous.Type != tag.Type,
        };
    }

    /// <summary>conlleval's startOfChunk: whether a chunk starts at this token.</summary>
    private static bool StartsChunk(NerTag previous, NerTag tag)
    {
        var (p, t) = (PrefixOf(previous), PrefixOf(tag));
        return t switch
        {
            'O' => false,
            'B' or 'S' => true,
            _ when p is 'E' or 'S' or 'O' => true,
            _ => previous.Type != tag.Type,
        };
    }

    private static char PrefixOf(NerTag tag) => tag.IsOutside ? 'O' : tag.Prefix;
}
