using System.Collections.Immutable;
using System.Text;
using Cronista.Core;
using Cronista.Learning.Corpora;

namespace Cronista.Eval.Ud;

/// <summary>Rebuilds raw documents from CoNLL-U sentences, as the CoNLL 2018 shared task scores tokenizers.</summary>
/// <remarks>
/// A "# newdoc" starts a new document (a file without any is one document); within it, sentences are joined by a
/// space, paragraphs ("# newpar") by a blank line. A sentence's text is its "# text" comment when its tokens can be
/// found in it in order; otherwise its forms joined as SpaceAfter says.
/// </remarks>
internal static class UdGoldText
{
    public static ImmutableArray<UdGoldDocument> Build(IEnumerable<ConlluSentence> sentences, string name)
    {
        var documents = ImmutableArray.CreateBuilder<UdGoldDocument>();
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<UdGoldToken>();
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        void Flush()
        {
            if (spans.Count == 0)
                return;
            documents.Add(new UdGoldDocument($"{name}#{documents.Count + 1}", text.ToString(), tokens.DrainToImmutable(), spans.DrainToImmutable()));
            text.Clear();
        }
        foreach (var sentence in sentences)
        {
            if (sentence.NewDocument)
                Flush();
            if (spans.Count > 0)
                text.Append(sentence.NewParagraph ? "\n\n" : " ");
            var (sentenceText, offsets) = Place(sentence);
            var start = text.Length;
            text.Append(sentenceText);
            for (var i = 0; i < offsets.Length; i++)
            {
                var token = sentence.Tokens[i];
                tokens.Add(new UdGoldToken(new TextSpan(start + offsets[i], start + offsets[i] + token.Form.Length), token.Upos, token.Lemma));
            }
            spans.Add(new TextSpan(start + offsets[0], start + offsets[^1] + sentence.Tokens[^1].Form.Length));
        }
        Flush();
        return documents.ToImmutable();
    }

    /// <summary>The sentence's text and each token's offset in it.</summary>
    private static (string Text, int[] Offsets) Place(ConlluSentence sentence)
    {
        if (sentence.Text is { Length: > 0 } written && Find(written, sentence) is { } found)
            return (written, found);
        var text = new StringBuilder();
        var offsets = new int[sentence.Tokens.Length];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = text.Length;
            text.Append(sentence.Tokens[i].Form);
            if (sentence.Tokens[i].SpaceAfter && i + 1 < offsets.Length)
                text.Append(' ');
        }
        return (text.ToString(), offsets);
    }

    /// <summary>The tokens' offsets in the written text, or null when they are not all there, in order, apart from spaces.</summary>
    private static int[]? Find(string text, ConlluSentence sentence)
    {
        var offsets = new int[sentence.Tokens.Length];
        var position = 0;
        for (var i = 0; i < offsets.Length; i++)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
                position++;
            var form = sentence.Tokens[i].Form;
            if (string.CompareOrdinal(text, position, form, 0, form.Length) != 0)
                return null;
            offsets[i] = position;
            position += form.Length;
        }
        return text.AsSpan(position).IsWhiteSpace() ? offsets : null;
    }
}
