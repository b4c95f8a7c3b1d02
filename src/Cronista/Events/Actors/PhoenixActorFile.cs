namespace Cronista.Events.Actors;

/// <summary>Reads a Phoenix (PETRARCH2) actor dictionary: names with '_' between words, '+' aliases of the entry above,
/// and bracketed codes with optional date restrictions, inline or on the indented lines that follow.</summary>
/// <remarks>
/// Restrictions: <c>[AFGGOV 051101-060531]</c> (both days included), <c>[KSV &gt;080217]</c> (from), <c>[USRARM &lt;900823]</c>
/// (until), <c>[USAELI]</c> (the default). A bare date (<c>[MNEGOV 20121204]</c>) is read as "from". Comments start at '#'.
/// Consecutive names with no code between them are one entry: the codes that follow belong to all of them.
/// Departures from PETRARCH's reader, which loses these: every bracket of a line is read (it keeps only the first), and an
/// indented line that holds a name starts an entry instead of being taken for a restriction.
/// </remarks>
internal static class PhoenixActorFile
{
    public static List<PhoenixActorEntry> Read(TextReader reader, string fileName, ConversionNotes notes)
    {
        var entries = new List<PhoenixActorEntry>();
        List<string>? names = null;
        List<ActorCodeRange>? codes = null;
        void Close()
        {
            if (names is null || codes is null)
                return;
            if (codes.Count == 0)
                notes.Add("names without a code (at the end of a file)", names[0]);
            else
                entries.Add(new PhoenixActorEntry(names, codes));
        }

        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = WithoutComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith("<!", StringComparison.Ordinal))
                continue;
            if (line.Contains("---STOP---", StringComparison.Ordinal))
                break;
            var bracket = line.IndexOf('[');
            var phrase = (bracket < 0 ? line : line[..bracket]).Trim();
            if (phrase.StartsWith('+'))
            {
                if (names is null)
                {
                    notes.Add("aliases before any name", $"{fileName}:{lineNumber}");
                    continue;
                }
                phrase = phrase[1..].Trim();
            }
            else if (phrase.Length > 0 && (codes is null || codes.Count > 0))
            {
                // As in PETRARCH, names that come before any code share the codes of the entry they lead into.
                Close();
                names = [];
                codes = [];
            }
            if (phrase.Length > 0)
                names!.Add(phrase);
            if (bracket < 0)
                continue;
            if (codes is null)
            {
                notes.Add("codes before any name", $"{fileName}:{lineNumber}");
                continue;
            }
            foreach (var content in Brackets(line[bracket..]))
            {
                if (ParseCode(content) is { } code)
                    codes.Add(code);
                else
                    notes.Add("unreadable date restrictions (code skipped)", $"[{content}]");
            }
        }
        Close();
        return entries;
    }

    /// <summary>The text of a line before its comment.</summary>
    public static string WithoutComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    /// <summary>The contents of every [...] on a line.</summary>
    public static IEnumerable<string> Brackets(string text)
    {
        var start = text.IndexOf('[');
        while (start >= 0)
        {
            var end = text.IndexOf(']', start + 1);
            if (end < 0)
                yield break;
            yield return text[(start + 1)..end].Trim();
            start = text.IndexOf('[', end + 1);
        }
    }

    /// <summary>A code and its restriction ("IGOUNO 000101-080801"), or null when the restriction cannot be read.</summary>
    public static ActorCodeRange? ParseCode(string content)
    {
        var space = content.IndexOfAny([' ', '\t']);
        if (space < 0)
            return content.Length == 0 ? null : new ActorCodeRange(content, null, null);
        var code = content[..space];
        var rest = content[(space + 1)..].Trim();
        if (rest.Length == 0)
            return new ActorCodeRange(code, null, null);
        if (rest[0] is '<' or '>')
        {
            if (PhoenixDate.Parse(rest.AsSpan(1)) is not { } date)
                return null;
            return rest[0] == '<' ? new ActorCodeRange(code, null, date) : new ActorCodeRange(code, date, null);
        }
        var dash = rest.IndexOf('-');
        if (dash < 0)
            return PhoenixDate.Parse(rest) is { } from ? new ActorCodeRange(code, from, null) : null;
        if (PhoenixDate.Parse(rest.AsSpan(0, dash)) is not { } start || PhoenixDate.Parse(rest.AsSpan(dash + 1)) is not { } end || end < start)
            return null;
        return new ActorCodeRange(code, start, end);
    }
}
