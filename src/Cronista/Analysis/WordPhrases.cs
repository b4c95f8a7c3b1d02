using System.Collections.Frozen;

namespace Cronista.Analysis;

/// <summary>A set of phrases of one or more folded words, matched against a sentence's folded words, longest first.</summary>
internal sealed class WordPhrases
{
    private readonly string[][] _phrases;

    public WordPhrases(IEnumerable<string[]> phrases)
    {
        _phrases = [.. phrases.Where(p => p.Length > 0).OrderByDescending(p => p.Length)];
        Words = _phrases.Where(p => p.Length == 1).Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The one-word phrases.</summary>
    public FrozenSet<string> Words { get; }

    /// <summary>True when a one-word phrase is this word.</summary>
    public bool Contains(string word) => Words.Contains(word);

    /// <summary>The length in words of the longest phrase starting at the position, or 0.</summary>
    public int LengthAt(string[] words, int position)
    {
        foreach (var phrase in _phrases)
        {
            if (StartsAt(phrase, words, position))
                return phrase.Length;
        }
        return 0;
    }

    /// <summary>True when the phrase's words stand in the sentence from the position on.</summary>
    public static bool StartsAt(string[] phrase, string[] words, int position)
    {
        if (position < 0 || position + phrase.Length > words.Length)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[position + k] != phrase[k])
                return false;
        }
        return true;
    }
}
