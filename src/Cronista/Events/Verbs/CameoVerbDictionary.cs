using System.Text;
using System.Text.RegularExpressions;

namespace Cronista.Events.Verbs;

/// <summary>Reads the CAMEO verb pattern dictionary of PETRARCH2 (CAMEO.2.0.txt) and writes it as Cronista trigger rows: a file of
/// word sets (the dictionary's synonym sets, and each verb block's verbs with their forms) and a file of patterns over them.</summary>
/// <remarks>
/// The dictionary's layout: synonym sets (<c>&amp;NAME</c> then <c>+WORD</c> lines); then verb blocks, each a header
/// <c>--- NAME [code] ---</c>, its verbs (<c>VERB {IRREGULAR FORMS} [code]</c>; <c>+A_B</c> for a verb of several words) and its
/// patterns (<c>- words * words [code]</c>: <c>*</c> is the verb, <c>{…}</c> words that stand together, <c>(…)</c> a prepositional
/// phrase, <c>$</c> and <c>+</c> the source and target, <c>&amp;SET</c> any word of a set). A pattern coded <c>[---]</c> is not an event.
/// </remarks>
internal static partial class CameoVerbDictionary
{
    /// <summary>The rows of a set file (name, alternatives) and of a trigger file (pattern, cameo, kind, mode).</summary>
    public sealed record Conversion(List<(string Name, string Alternatives)> Sets, List<(string Pattern, string Cameo)> Triggers, int Blocks, int Skipped);

    public static Conversion Convert(IEnumerable<string> lines)
    {
        var sets = new List<(string, string)>();
        var triggers = new List<(string, string)>();
        var inVerbs = false;
        string? setName = null;
        var setWords = new List<string>();
        string? block = null;
        var blockCode = "---";
        var blocks = 0;
        var skipped = 0;
        var blockVerbs = new List<string>();
        var pending = new List<(string Pattern, string Cameo)>();

        void EndSet()
        {
            if (setName is not null && setWords.Count > 0)
                sets.Add((setName, string.Join('|', setWords.Distinct())));
            setName = null;
            setWords.Clear();
        }

        void EndBlock()
        {
            if (block is not null && blockVerbs.Count > 0)
            {
                var name = $"@{block.ToLowerInvariant()}";
                sets.Add((name, string.Join('|', blockVerbs.Distinct())));
                foreach (var (pattern, cameo) in pending)
                    triggers.Add((pattern.Replace("@*", name, StringComparison.Ordinal), cameo));
            }
            block = null;
            blockVerbs.Clear();
            pending.Clear();
        }

        foreach (var raw in lines)
        {
            if (raw.Contains("VERB PATTERNS", StringComparison.Ordinal))
            {
                EndSet();
                inVerbs = true;
                continue;
            }
            var line = StripComment(raw).TrimEnd();
            if (line.Length == 0 || line.StartsWith('~'))
                continue;
            if (!inVerbs)
            {
                if (line.StartsWith('&'))
                {
                    EndSet();
                    setName = SetName(line);
                }
                else if (line.StartsWith('+') && setName is not null)
                    setWords.Add(Phrase(line[1..]));
                continue;
            }
            var header = Header().Match(line);
            if (header.Success)
            {
                EndBlock();
                block = header.Groups[1].Value;
                blockCode = header.Groups[2].Value;
                blocks++;
                continue;
            }
            if (block is null)
                continue;
            if (line.StartsWith('-'))
            {
                if (Pattern(line) is { } pattern)
                    pending.Add(pattern);
                else
                    skipped++;
                continue;
            }
            // A verb of the block, with its irregular forms and its own code.
            var verb = VerbLine().Match(line.Trim());
            if (!verb.Success)
            {
                skipped++;
                continue;
            }
            var forms = Forms(verb.Groups[1].Value, verb.Groups[2].Success ? verb.Groups[2].Value : null);
            blockVerbs.AddRange(forms);
            var code = verb.Groups[3].Success ? FirstCode(verb.Groups[3].Value) : blockCode;
            if (code == "---")
                continue;
            if (forms.Any(f => f.Contains(' ', StringComparison.Ordinal)))
            {
                // A slot's alternatives cannot hold spaces: a verb of several words ("pull back") gets a set of its own.
                var name = $"@{block.ToLowerInvariant()}:{forms[0].Replace(' ', '_')}";
                sets.Add((name, string.Join('|', forms)));
                triggers.Add((name, code));
            }
            else
                triggers.Add((string.Join('|', forms), code));
        }
        EndBlock();
        // A few patterns name synonym sets the dictionary never defines; they cannot match as meant.
        var known = sets.Select(s => s.Item1).ToHashSet(StringComparer.Ordinal);
        var readable = triggers.Where(t => t.Item1.Split(' ').All(slot => slot[0] is not ('&' or '@') || known.Contains(slot))).ToList();
        return new Conversion(sets, readable, blocks, skipped + triggers.Count - readable.Count);
    }

    /// <summary>A pattern line as a trigger pattern over sets: "- * (TO {BANNED PARTIES}) $ [1722]" → "@* ... to ... banned parties".</summary>
    private static (string Pattern, string Cameo)? Pattern(string line)
    {
        var code = CodeAtEnd().Match(line);
        if (!code.Success)
            return null;
        var body = line[1..code.Index];
        var slots = new List<string>();
        var group = new StringBuilder();
        var inBraces = false;
        foreach (var token in body.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
                     .Replace("{", " { ", StringComparison.Ordinal).Replace("}", " } ", StringComparison.Ordinal)
                     .Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "{":
                    inBraces = true;
                    group.Clear();
                    continue;
                case "}":
                    inBraces = false;
                    if (group.Length > 0)
                        slots.Add(group.ToString());
                    group.Clear();
                    continue;
                case "$" or "+" or "^" or "%" or "!" or "_":
                    continue;
            }
            var slot = token == "*" ? "@*" : token.StartsWith('&') ? SetName(token) : Phrase(token);
            if (slot.Length == 0)
                continue;
            if (inBraces && !slot.StartsWith('&') && !slot.StartsWith('@'))
                group.Append(group.Length > 0 ? " " : "").Append(slot);
            else
                slots.Add(slot);
        }
        if (!slots.Contains("@*"))
            return null;
        return (string.Join(" ... ", slots), FirstCode(code.Groups[1].Value));
    }

    /// <summary>The forms of a verb: the base, the forms English makes regularly, and the irregular ones the dictionary lists.</summary>
    private static List<string> Forms(string verb, string? irregular)
    {
        var words = Phrase(verb.TrimStart('+')).Split(' ');
        var head = words[0];
        var rest = words.Length > 1 ? " " + string.Join(' ', words[1..]) : "";
        var forms = new List<string> { head };
        // Braces, even empty ones, list every form the verb takes; without them English's regular forms apply.
        if (irregular is null)
            forms.AddRange(Regular(head));
        var result = forms.Select(f => f + rest).ToList();
        // Irregular forms are listed with spaces and sometimes commas between them.
        result.AddRange((irregular ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(f => Phrase(f.TrimStart('+'))).Where(f => f.Length > 0));
        return result;
    }

    private static IEnumerable<string> Regular(string verb)
    {
        if (verb.Length < 2)
            return [];
        var consonantY = verb.EndsWith('y') && !"aeiou".Contains(verb[^2]);
        var third = consonantY ? verb[..^1] + "ies" : verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith("ch") || verb.EndsWith("sh") ? verb + "es" : verb + "s";
        var past = consonantY ? verb[..^1] + "ied" : verb.EndsWith('e') ? verb + "d" : verb + "ed";
        var gerund = verb.EndsWith('e') && !verb.EndsWith("ee") ? verb[..^1] + "ing" : verb + "ing";
        return [third, past, gerund];
    }

    /// <summary>"HUMANITARIAN_AID_" → "humanitarian aid".</summary>
    private static string Phrase(string words) =>
        string.Join(' ', words.Trim().ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"&amp;AUXVERB1_" → "&amp;auxverb1": sets are named with and without the closing underscore.</summary>
    private static string SetName(string name) => name.Trim().TrimEnd('_').ToLowerInvariant();

    private static string FirstCode(string code) => code.Split(':')[0].Trim();

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line[..hash];
    }

    [GeneratedRegex(@"^---\s+(\S+)\s+\[([^\]]+)\]")]
    private static partial Regex Header();

    [GeneratedRegex(@"^(\+?[A-Z][A-Z0-9_'\-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]+)\])?\s*$")]
    private static partial Regex VerbLine();

    [GeneratedRegex(@"\[([^\]]+)\]\s*$")]
    private static partial Regex CodeAtEnd();
}
