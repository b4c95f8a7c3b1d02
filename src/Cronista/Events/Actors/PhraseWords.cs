using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Events.Actors;

/// <summary>Splits a dictionary phrase into the folded words the event coder compares: the tokens Cronista's tokenizer
/// makes of it, lower case, so "U.S._PRESIDENT" is "u.s. president" and "MAZAR-I-SHARIF" one word.</summary>
internal static class PhraseWords
{
    /// <summary>The words of a phrase whose words are joined by '_' or spaces (a trailing '_' only marks a whole word).</summary>
    public static string[] Of(string phrase, TokenizationRules rules)
    {
        var text = phrase.Replace('_', ' ');
        return [.. Tokenizer.Tokenize(text, rules).Select(t => EntityLexicon.Fold(text[t.Span.Start..t.Span.End]))];
    }
}
