namespace Cronista.Events.Actors;

/// <summary>The regular English plural of an agent phrase, for the Phoenix agents that leave it to the reader.</summary>
/// <remarks>PETRARCH adds -IES after Y, -ES after S and -S otherwise to the last word; this also puts the plural on the
/// head before a preposition (ministers of defence), keeps consonant + y apart from vowel + y (attorneys), knows
/// -man/-men, -person/-people and child/children, and gives no plural to words already plural (forces, troops) nor to
/// adjectives in -ish (Jewish).</remarks>
internal static class EnglishPlural
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "of", "for", "in", "at", "to", "on", "from", "with", "against", "de", "del", "du", "des" };

    /// <summary>The plural phrase, or null when the phrase already looks plural.</summary>
    public static string[]? Of(string[] words)
    {
        if (words.Length == 0)
            return null;
        var head = Array.FindIndex(words, w => Prepositions.Contains(w)) is var preposition and > 0 ? preposition - 1 : words.Length - 1;
        if (OfWord(words[head]) is not { } plural)
            return null;
        var result = (string[])words.Clone();
        result[head] = plural;
        return result;
    }

    /// <summary>The plural of one lower-case word, or null when it already looks plural.</summary>
    public static string? OfWord(string word)
    {
        if (word.Length < 2 || !char.IsLetter(word[^1]))
            return null;
        // Already plural, or an adjective used as a noun (Jewish).
        if (word.EndsWith("men", StringComparison.Ordinal) || word.EndsWith("people", StringComparison.Ordinal) ||
            word.EndsWith("children", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal))
            return null;
        if (word.EndsWith("man", StringComparison.Ordinal))
            return word[..^3] + "men";
        if (word.EndsWith("person", StringComparison.Ordinal))
            return word[..^6] + "people";
        if (word.EndsWith("child", StringComparison.Ordinal))
            return word + "ren";
        if (word.EndsWith('s'))
            return word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) ? word + "es" : null;
        if (word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
            return word + "es";
        if (word[^1] == 'y' && !IsVowel(word[^2]))
            return word[..^1] + "ies";
        return word + "s";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
