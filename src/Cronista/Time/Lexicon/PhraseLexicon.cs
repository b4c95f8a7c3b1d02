namespace Cronista.Time.Lexicon;

/// <summary>How a dictionary phrase must look in the text beyond its folded words.</summary>
[Flags]
internal enum PhraseFlags
{
    None = 0,
    /// <summary>The surface must match the data exactly, case included (CET, ET, PT).</summary>
    Cased = 1,
    /// <summary>The first word must be capitalized (Natale the holiday, not natale the adjective).</summary>
    Capitalized = 2,
    /// <summary>The first word must be lower case unless it opens a sentence (German "morgen" tomorrow, not "Morgen" morning).</summary>
    Lower = 4,
}

/// <summary>A dictionary phrase found in the text: its payload and the tokens it covers, end exclusive.</summary>
internal readonly record struct PhraseMatch<T>(T Payload, int Start, int End);

/// <summary>Multi-word phrases matched on folded tokens, longest first, with optional look-behind words.</summary>
/// <remarks>
/// Phrases are tokenized with the same tokenizer as documents, so "l'altro ieri" and "quest'anno" split the same
/// way on both sides. "[in] futuro" matches "futuro" only after "in", which stays outside the match. A trailing
/// dot ("genn.") is optional in the text.
/// </remarks>
internal sealed class PhraseLexicon<T>
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; <paramref name="tokenize"/> splits text the way documents are split.</summary>
    public void Add(string phrase, T payload, PhraseFlags flags, Func<string, IReadOnlyList<string>> tokenize)
    {
        var lookbehind = Array.Empty<string>();
        var body = phrase.Trim();
        if (body.StartsWith('['))
        {
            var close = body.IndexOf(']');
            if (close < 0)
                throw new FormatException($"Phrase '{phrase}' opens a look-behind with '[' but never closes it; write it as '[in] futuro'.");
            lookbehind = [.. Prepare(body[1..close], tokenize).Select(t => t.Norm)];
            body = body[(close + 1)..].Trim();
        }
        var tokens = Prepare(body, tokenize);
        if (tokens.Count == 0)
            throw new FormatException($"Phrase '{phrase}' has no words.");
        var node = _root;
        foreach (var token in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(token.Norm, out var next))
                node.Next[token.Norm] = next = new Node();
            node = next;
        }
        node.Entries ??= [];
        node.Entries.Add(new Entry(payload, lookbehind, [.. tokens], flags));
        Count++;
    }

    /// <summary>Every phrase that matches at token <paramref name="start"/>, appended to <paramref name="results"/>.</summary>
    public void MatchAt(TokenSeq seq, int start, List<PhraseMatch<T>> results)
    {
        var node = _root;
        var i = start;
        var depth = 0;
        while (i < seq.Count && node.Next is not null && (depth == 0 || !seq.LineBreakBefore(i)) && node.Next.TryGetValue(seq.Norm(i), out var next))
        {
            node = next;
            i++;
            depth++;
            if (node.Entries is null)
                continue;
            foreach (var entry in node.Entries)
            {
                if (!Accepts(seq, start, i, entry))
                    continue;
                var end = i;
                // "genn." written with its dot: take the dot the tokenizer left apart, unless it ends the sentence.
                if (entry.Tokens[^1].Dotted && seq.IsChar(end, '.') && seq.GluedToPrevious(end) && seq.Surface(end - 1)[^1] != '.' &&
                    end + 1 < seq.Count && !seq.IsSentenceStart(end + 1))
                    end++;
                results.Add(new PhraseMatch<T>(entry.Payload, start, end));
            }
        }
    }

    private static bool Accepts(TokenSeq seq, int start, int end, Entry entry)
    {
        for (var k = 0; k < entry.Lookbehind.Length; k++)
        {
            var at = start - entry.Lookbehind.Length + k;
            if (at < 0 || seq.Norm(at) != entry.Lookbehind[k])
                return false;
        }
        if ((entry.Flags & PhraseFlags.Cased) != 0)
        {
            for (var k = 0; k < end - start; k++)
            {
                var surface = seq.Surface(start + k);
                var expected = entry.Tokens[k].Surface;
                if (!surface.SequenceEqual(expected) && !(surface.Length == expected.Length + 1 && surface[^1] == '.' && surface.StartsWith(expected)))
                    return false;
            }
        }
        if ((entry.Flags & PhraseFlags.Capitalized) != 0 && !seq.IsCapitalized(start))
            return false;
        if ((entry.Flags & PhraseFlags.Lower) != 0 && seq.IsCapitalized(start) && !seq.IsSentenceStart(start))
            return false;
        return true;
    }

    private static List<PhraseToken> Prepare(string text, Func<string, IReadOnlyList<string>> tokenize)
    {
        var result = new List<PhraseToken>();
        foreach (var raw in tokenize(text))
        {
            // An elided word at the end of a phrase ("l'", "quest'") has nothing to elide into: keep its apostrophe.
            if (raw is "'" or "’" && result.Count > 0)
            {
                result[^1] = result[^1] with { Norm = result[^1].Norm + "'", Surface = result[^1].Surface + raw };
                continue;
            }
            if (raw == "." && result.Count > 0)
            {
                result[^1] = result[^1] with { Dotted = true };
                continue;
            }
            var dotted = raw.Length > 1 && raw[^1] == '.' && char.IsLetter(raw[^2]);
            var surface = dotted ? raw[..^1] : raw;
            result.Add(new PhraseToken(TextFold.Fold(surface), surface, dotted));
        }
        return result;
    }

    private sealed record PhraseToken(string Norm, string Surface, bool Dotted);

    private sealed record Entry(T Payload, string[] Lookbehind, PhraseToken[] Tokens, PhraseFlags Flags);

    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<Entry>? Entries;
    }
}
