using System.Collections.Immutable;
using System.Text;
using Cronista.Core;

namespace Cronista.Eval.Ner;

/// <summary>A gold document rebuilt as plain text, with where each gold token lies in it.</summary>
/// <remarks>
/// Tokens are joined by one space and sentences by a blank line, so the sentence splitter keeps gold sentences
/// apart (a blank line is also a paragraph break) and every gold token has an exact character span.
/// </remarks>
internal sealed record EvalText(string Text, ImmutableArray<ImmutableArray<TextSpan>> TokenSpans)
{
    /// <summary>What separates two tokens of a sentence.</summary>
    public const string TokenSeparator = " ";

    /// <summary>What separates two sentences.</summary>
    public const string SentenceSeparator = "\n\n";

    /// <summary>Builds the text of a gold document.</summary>
    public static EvalText Build(GoldDocument document)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<ImmutableArray<TextSpan>>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            if (spans.Count > 0)
                text.Append(SentenceSeparator);
            var tokens = ImmutableArray.CreateBuilder<TextSpan>(sentence.Tokens.Length);
            foreach (var token in sentence.Tokens)
            {
                if (tokens.Count > 0)
                    text.Append(TokenSeparator);
                var start = text.Length;
                text.Append(token.Text);
                tokens.Add(new TextSpan(start, text.Length));
            }
            spans.Add(tokens.MoveToImmutable());
        }
        return new EvalText(text.ToString(), spans.MoveToImmutable());
    }
}
