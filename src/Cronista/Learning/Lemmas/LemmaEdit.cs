using System.Globalization;

namespace Cronista.Learning.Lemmas;

/// <summary>How a word form becomes its lemma: optionally lower-case it, cut characters off both ends, append an ending.</summary>
/// <param name="Lower">Lower-case the form first ("Ricercatori" → "ricercatori").</param>
/// <param name="PrefixStrip">Characters removed from the start (German "gemacht" → "macht…" removes 2).</param>
/// <param name="SuffixStrip">Characters removed from the end.</param>
/// <param name="Append">The ending added after removing ("ricercator" + "e").</param>
/// <remarks>Edits carry no letters of the word's stem, so one edit learned from "ricercatori" applies to "lavoratori".</remarks>
public readonly record struct LemmaEdit(bool Lower, int PrefixStrip, int SuffixStrip, string Append)
{
    /// <summary>The edit that leaves the form as it is.</summary>
    public static readonly LemmaEdit Identity = new(false, 0, 0, "");

    // German participles (ge-macht, ausge-…) are the only prefixes worth learning; longer ones are stems.
    private const int MaxPrefixStrip = 3;

    /// <summary>True when the edit can be applied to a form of this length.</summary>
    public bool AppliesTo(string form) => PrefixStrip + SuffixStrip <= form.Length;

    /// <summary>The lemma this edit makes of the form; the form itself when the form is too short for it.</summary>
    public string Apply(string form)
    {
        if (!AppliesTo(form))
            return form;
        var source = Lower ? form.ToLowerInvariant() : form;
        return string.Concat(source.AsSpan(PrefixStrip, source.Length - PrefixStrip - SuffixStrip), Append);
    }

    /// <summary>The cheapest edit turning <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    /// <remarks>Cost counts removed and added characters. On a tie lower-casing wins, so that lower-case words and
    /// their capitalised sentence-initial twins learn the same edit; then the smaller prefix cut wins.</remarks>
    public static LemmaEdit Between(string form, string lemma)
    {
        var best = Identity;
        var bestCost = int.MaxValue;
        foreach (var lower in (ReadOnlySpan<bool>)[true, false])
        {
            var source = lower ? form.ToLowerInvariant() : form;
            for (var prefix = 0; prefix <= Math.Min(MaxPrefixStrip, source.Length); prefix++)
            {
                var common = CommonPrefixLength(source.AsSpan(prefix), lemma);
                var cost = prefix + (source.Length - prefix - common) + (lemma.Length - common);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = new LemmaEdit(lower, prefix, source.Length - prefix - common, lemma[common..]);
                }
            }
        }
        return best;
    }

    /// <summary>The edit as one field: "L" or "K" (lower-case or keep case), prefix cut, suffix cut, ending, separated by '|'.</summary>
    public string Encode() => string.Create(CultureInfo.InvariantCulture, $"{(Lower ? 'L' : 'K')}|{PrefixStrip}|{SuffixStrip}|{Append}");

    /// <summary>Reads an edit written by <see cref="Encode"/>.</summary>
    /// <exception cref="FormatException">The field is not an encoded edit.</exception>
    public static LemmaEdit Decode(string field)
    {
        var parts = field.Split('|', 4);
        if (parts.Length != 4 || parts[0] is not ("L" or "K"))
            throw new FormatException($"'{field}' is not a lemma edit (expected L|prefix|suffix|ending).");
        return new LemmaEdit(parts[0] == "L", int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), parts[3]);
    }

    private static int CommonPrefixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => a.CommonPrefixLength(b);
}
