using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Text.Boundaries;

namespace Cronista.Text;

/// <summary>Groups tokens into sentences and paragraphs.</summary>
/// <remarks>
/// A sentence ends at . ! ? … (with any closing quotes or brackets after it) when the next token can start a
/// sentence, at a blank line, and at a single line break after a line without a trailing comma or hyphen. Given a
/// trained <see cref="ISentenceEnds"/>, the classifier decides at every full stop, question mark and ellipsis, and may
/// end a sentence before a lower-case word after a full stop. Colons and semicolons never end a sentence: a speaker stays
/// in the sentence of the words quoted after "ha detto:", and clauses joined by a semicolon stay together.
/// </remarks>
internal static class SentenceSplitter
{
    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens, TokenizationRules rules, ISentenceEnds? ends = null)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        var paragraph = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            var last = k;
            var breakKind = BreakAfter(text, tokens, first, k, rules, ends, out last);
            if (breakKind == Break.None)
                continue;
            var span = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
            sentences.Add(new Sentence(span, first, last - first + 1, paragraph));
            if (breakKind == Break.Paragraph)
                paragraph++;
            first = last + 1;
            k = last;
        }
        return sentences.DrainToImmutable();
    }

    private enum Break { None, Sentence, Paragraph }

    private static Break BreakAfter(string text, ImmutableArray<Token> tokens, int first, int k, TokenizationRules rules, ISentenceEnds? ends, out int last)
    {
        last = k;
        if (k == tokens.Length - 1)
            return Break.Paragraph;
        var token = tokens[k];
        var terminal = IsTerminal(text, token, rules);
        if (terminal)
        {
            // Closing quotes and brackets glued to the final punctuation belong to the sentence.
            // Typewriter copy closes with two apostrophes, two glued marks (… policy.'' The network said).
            while (last + 1 < tokens.Length && IsGluedClosing(text, tokens, last + 1) &&
                   (last + 2 >= tokens.Length || tokens[last + 2].Span.Start > tokens[last + 1].Span.End || IsGluedClosing(text, tokens, last + 2)))
                last++;
            // A footnote reference after the full stop ("… in 1805. [19] His …") closes the sentence it follows.
            if (IsFootnoteReference(text, tokens, last + 1))
                last += 3;
            if (last == tokens.Length - 1)
                return Break.Paragraph;
        }
        var gap = SpacingBetween(text, tokens[last].Span.End, tokens[last + 1].Span.Start);
        if (gap == Spacing.BlankLine)
            return Break.Paragraph;
        var nextChar = text[tokens[last + 1].Span.Start];
        if (terminal)
        {
            if (gap == Spacing.None && !CharClass.IsClosing(text[tokens[last].Span.End - 1]))
                return Break.None; // "3.5" or "word.Word" glued together is not a boundary
            if (IsOrdinalDate(text, tokens, k, rules) || IsOrdinal(text, tokens, k, rules) || IsRomanOrdinal(text, tokens, k, nextChar))
                return Break.None;
            if (IsListLabel(text, tokens, first, k))
                return Break.None;
            if (IsSpeakerTag(text, tokens, k, last, nextChar))
                return Break.None;
            // The treebanks the classifier learns from have no line breaks: at one, the rules decide.
            if (ends is null || gap == Spacing.LineBreak)
                return CharClass.CanStartSentence(nextChar) ? Break.Sentence : Break.None;
            var lowerCaseStart = last == k && char.IsLower(nextChar) && IsPlainStop(text, token);
            if (!CharClass.CanStartSentence(nextChar) && !lowerCaseStart)
                return Break.None;
            return ends.Ends(text, tokens, k, last) ? Break.Sentence : Break.None;
        }
        if (gap == Spacing.LineBreak)
        {
            var lastChar = text[token.Span.End - 1];
            if (lastChar is ',' or ';' or ':' or '(' || CharClass.IsHyphen(lastChar))
                return Break.None;
            return CharClass.CanStartSentence(nextChar) ? Break.Sentence : Break.None;
        }
        return Break.None;
    }

    private static bool IsGluedClosing(string text, ImmutableArray<Token> tokens, int k) =>
        tokens[k].Span.Start == tokens[k - 1].Span.End && tokens[k].Span.Length == 1 && CharClass.IsClosing(text[tokens[k].Span.Start]);

    private static bool IsTerminal(string text, Token token, TokenizationRules rules)
    {
        var span = token.Span;
        if (token.Kind == TokenKind.Punctuation)
            return CharClass.IsSentenceFinal(text[span.Start]) || text.AsSpan(span.Start, span.Length) is "...";
        if (token.Kind == TokenKind.Word && text[span.End - 1] == '.')
            return rules.SentenceFinalAbbreviations.Contains(text.Substring(span.Start, span.Length).ToLowerInvariant());
        return false;
    }

    /// <summary>"…?” she asked", "«…» – ha detto Rossi", "“…” ― Jane Doe": after a closing quotation mark, a word in lower
    /// case or a dash goes on with the sentence, naming who spoke.</summary>
    private static bool IsSpeakerTag(string text, ImmutableArray<Token> tokens, int k, int last, char nextChar)
    {
        if (last == k || text[tokens[last].Span.Start] is ')' or ']')
            return false;
        return char.IsLower(nextChar) || nextChar is '–' or '—' or '―';
    }

    /// <summary>A full stop standing alone: the only mark after which the classifier may start a sentence in lower case. After "!" and "?" ("Yahoo! ha perso"), an abbreviation ("S.p.a. ha") or a closing mark ("(I-Vt.)
    /// said"), a lower-case word goes on.</summary>
    private static bool IsPlainStop(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Span.Length == 1 && text[token.Span.Start] == '.';

    /// <summary>German "am 3. Oktober": a day number, a dot and a month name.</summary>
    private static bool IsOrdinalDate(string text, ImmutableArray<Token> tokens, int k, TokenizationRules rules)
    {
        if (rules.MonthNames.Count == 0 || k == 0 || k + 1 >= tokens.Length || text[tokens[k].Span.Start] != '.')
            return false;
        var previous = tokens[k - 1];
        if (previous.Kind != TokenKind.Number || previous.Span.Length > 2 || previous.Span.End != tokens[k].Span.Start)
            return false;
        var next = tokens[k + 1].Span;
        return rules.MonthNames.Contains(text.Substring(next.Start, next.Length).ToLowerInvariant());
    }

    /// <summary>"1." or "858." alone, numbering the item that follows it, is not a sentence of its own.</summary>
    private static bool IsListLabel(string text, ImmutableArray<Token> tokens, int first, int k) =>
        k == first + 1 && tokens[first].Kind == TokenKind.Number && tokens[first].Span.End == tokens[k].Span.Start && text[tokens[k].Span.Start] == '.';

    /// <summary>German "im 6. Stock", "aus dem 18. Jahrhundert": a short number after an article or a contracted preposition is an ordinal.</summary>
    private static bool IsOrdinal(string text, ImmutableArray<Token> tokens, int k, TokenizationRules rules)
    {
        if (rules.OrdinalCues.Count == 0 || k < 2 || text[tokens[k].Span.Start] != '.')
            return false;
        var number = tokens[k - 1];
        if (number.Kind != TokenKind.Number || number.Span.Length > 3 || number.Span.End != tokens[k].Span.Start)
            return false;
        var cue = tokens[k - 2].Span;
        return rules.OrdinalCues.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant());
    }

    /// <summary>German "Papst Leo XIV. hat", "im XX. Jahrhundert": a Roman numeral with a dot, then a word in lower case.</summary>
    private static bool IsRomanOrdinal(string text, ImmutableArray<Token> tokens, int k, char nextChar)
    {
        if (k == 0 || !char.IsLower(nextChar) || text[tokens[k].Span.Start] != '.' || tokens[k - 1].Span.End != tokens[k].Span.Start)
            return false;
        var numeral = text.AsSpan(tokens[k - 1].Span.Start, tokens[k - 1].Span.Length);
        return numeral.Length <= 6 && !numeral.ContainsAnyExcept("IVXLCDM");
    }

    /// <summary>"[19]": an opening bracket, a number and a closing bracket, starting at token <paramref name="k"/>.</summary>
    private static bool IsFootnoteReference(string text, ImmutableArray<Token> tokens, int k) =>
        k + 2 < tokens.Length && text[tokens[k].Span.Start] == '[' && tokens[k + 1].Kind == TokenKind.Number &&
        text[tokens[k + 2].Span.Start] == ']' && tokens[k + 1].Span.Start == tokens[k].Span.End && tokens[k + 2].Span.Start == tokens[k + 1].Span.End;

    private enum Spacing { None, Space, LineBreak, BlankLine }

    private static Spacing SpacingBetween(string text, int from, int to)
    {
        if (from == to)
            return Spacing.None;
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
                newlines++;
        }
        return newlines switch { 0 => Spacing.Space, 1 => Spacing.LineBreak, _ => Spacing.BlankLine };
    }
}
