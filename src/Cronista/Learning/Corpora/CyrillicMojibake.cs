using System.Text;

namespace Cronista.Learning.Corpora;

/// <summary>Repairs text whose Latin-1 letters were read as Windows-1251 Cyrillic, as in the German CoNLL-2003
/// training file, where "erklärte" is written "erklдrte" and "Straße" "Straяe".</summary>
/// <remarks>Each Cyrillic letter goes back to the Latin-1 letter with the same byte (д → ä, ь → ü, ц → ö, й → é),
/// except "я", which that file uses for "ß". A file is repaired only when it has such letters and not one real
/// umlaut or "ß", so text that is genuinely mixed, or Cyrillic, is left as it is.</remarks>
public static class CyrillicMojibake
{
    private static readonly Encoding Cyrillic = CodePagesEncodingProvider.Instance.GetEncoding(1251)
        ?? throw new InvalidOperationException("Windows-1251 is not available.");

    /// <summary>True when the tokens show the damage: some of "дьця", none of "äöüßÄÖÜ".</summary>
    public static bool IsDamaged(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var damaged = false;
        foreach (var token in tokens)
        {
            if (token.AsSpan().IndexOfAny("äöüßÄÖÜ") >= 0)
                return false;
            damaged |= token.AsSpan().IndexOfAny("дьця") >= 0;
        }
        return damaged;
    }

    /// <summary>The token with its Cyrillic letters turned back into Latin-1 ones.</summary>
    public static string Repair(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!token.Any(c => c is >= '\u0400' and <= '\u04FF'))
            return token;
        var repaired = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (c == 'я')
                repaired.Append('ß');
            else if (c is >= '\u0400' and <= '\u04FF')
                repaired.Append((char)Cyrillic.GetBytes([c])[0]);
            else
                repaired.Append(c);
        }
        return repaired.ToString();
    }
}
