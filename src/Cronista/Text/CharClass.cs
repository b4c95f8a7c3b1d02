using System.Globalization;

namespace Cronista.Text;

/// <summary>Character classes the tokenizer and the rules built on it agree on.</summary>
internal static class CharClass
{
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>Letters and combining marks: the stuff words are made of.</summary>
    public static bool IsWordChar(char c)
    {
        if (char.IsLetter(c))
            return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Characters that separate tokens and carry nothing: spaces, controls, zero-width marks, BOM.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>Marks that close a quotation or a bracket after a sentence's final punctuation.</summary>
    public static bool IsClosing(char c) => c is '”' or '»' or '"' or '’' or '\'' or ')' or ']' or '›' or '“';

    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>True when the character begins a sentence: a capital, a digit, or an opening quote or bracket.</summary>
    /// <remarks>'`' and '‚' only ever open quotations (``typewriter quotes'', German ‚so‘); after a full stop, '-' and '•'
    /// open a list item or a line of dialogue.</remarks>
    public static bool CanStartSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '“' or '«' or '„' or '‚' or '`' or '\'' or '-' or '•' or '"' or '(' or '[' or '‘' or '¿' or '¡' or '–' or '—' || char.IsLetter(c) && !char.IsLower(c);
}
