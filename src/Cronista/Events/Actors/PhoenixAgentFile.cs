using System.Text.RegularExpressions;

namespace Cronista.Events.Actors;

/// <summary>One line of a Phoenix agents dictionary: its sector and its forms as written (underscores, upper case).</summary>
/// <param name="Sector">The first three letters of the code, without the '~' (GOV for [~GOVMED], IGO for [IGO~]).</param>
/// <param name="Singular">Singular forms.</param>
/// <param name="Plural">Plural forms given by the file (a {plural} or plural members of a substitution set).</param>
/// <param name="RegularPlural">True when the file gives no plural and the regular one is meant.</param>
internal sealed record PhoenixAgentEntry(string Sector, IReadOnlyList<string> Singular, IReadOnlyList<string> Plural, bool RegularPlural);

/// <summary>Reads a Phoenix (PETRARCH2) agents dictionary: <c>NOUN [~GOV]</c>, <c>NOUN {PLURAL} [~GOV]</c> ('{}' for none),
/// and substitution sets (<c>!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON</c>) expanded wherever <c>!PERSON!</c> appears.</summary>
/// <remarks>Forms made from a substitution set get no regular plural, as in PETRARCH: the set lists its plurals (MEN,
/// MINISTRIES); a form is plural when its member ends in S or MEN. A marker with letters right before and after it is a
/// search-and-replace left inside a word (AD!MINIST!RATION) and is read as the word.</remarks>
internal static partial class PhoenixAgentFile
{
    [GeneratedRegex("(?<=[A-Za-z])!([A-Za-z]+)!(?=[A-Za-z])")]
    private static partial Regex MarkerInsideWord();

    public static List<PhoenixAgentEntry> Read(TextReader reader, ConversionNotes notes)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entries = new List<PhoenixAgentEntry>();
        while (reader.ReadLine() is { } raw)
        {
            var line = PhoenixActorFile.WithoutComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith("<!", StringComparison.Ordinal))
                continue;
            if (line.Contains('!') && line.Contains('='))
            {
                DefineSet(line, sets);
                continue;
            }
            var bracket = line.IndexOf('[');
            if (bracket < 0)
            {
                notes.Add("agents without a code", line);
                continue;
            }
            // The letters of the code, without '~' and whatever closes it (one line ends "[~ENV}").
            var code = new string([.. line[(bracket + 1)..].TakeWhile(c => c != ']').Where(char.IsAsciiLetterUpper)]);
            if (code.Length < 3)
            {
                notes.Add("agents with a malformed code", line);
                continue;
            }
            var sector = code[..3];
            var noun = MarkerInsideWord().Replace(line[..bracket].Trim(), "$1");
            if (noun.Contains('!'))
            {
                if (Expand(noun, sets) is { } forms)
                    entries.Add(new PhoenixAgentEntry(sector, [.. forms.Where(f => !f.Plural).Select(f => f.Text)], [.. forms.Where(f => f.Plural).Select(f => f.Text)], false));
                else
                    notes.Add("agents with an undefined substitution set", noun);
            }
            else if (noun.IndexOf('{') is var open and >= 0)
            {
                var end = noun.IndexOf('}', open);
                if (end < 0)
                {
                    notes.Add("agents with an unclosed {plural}", noun);
                    continue;
                }
                var plural = noun[(open + 1)..end].Trim();
                entries.Add(new PhoenixAgentEntry(sector, [noun[..open].Trim()], plural.Length == 0 ? [] : [plural], false));
            }
            else
            {
                entries.Add(new PhoenixAgentEntry(sector, [noun], [], true));
            }
        }
        return entries;
    }

    private static void DefineSet(string line, Dictionary<string, string[]> sets)
    {
        var open = line.IndexOf('!');
        var close = line.IndexOf('!', open + 1);
        var equals = line.IndexOf('=', Math.Max(close, 0));
        if (close < 0 || equals < 0)
            return;
        sets[line[(open + 1)..close]] = line[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Every form of a noun with substitution markers, or null when a marker has no set.</summary>
    private static List<(string Text, bool Plural)>? Expand(string noun, Dictionary<string, string[]> sets)
    {
        var open = noun.IndexOf('!');
        if (open < 0)
            return [(noun, false)];
        var close = noun.IndexOf('!', open + 1);
        if (close < 0 || !sets.TryGetValue(noun[(open + 1)..close], out var members))
            return null;
        var forms = new List<(string, bool)>();
        foreach (var member in members)
        {
            var plural = member.EndsWith('S') || member.EndsWith("MEN", StringComparison.Ordinal);
            var rest = Expand(noun[(close + 1)..], sets);
            if (rest is null)
                return null;
            forms.AddRange(rest.Select(r => (noun[..open] + member + r.Text, plural || r.Plural)));
        }
        return forms;
    }
}
