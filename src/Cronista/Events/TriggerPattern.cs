using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Events;

/// <summary>Whether a trigger is a verb (subject acts on object) or a noun (participants follow it).</summary>
internal enum TriggerKind
{
    /// <summary>The actor is the subject before it, the target follows.</summary>
    Verb,
    /// <summary>The participants follow the noun (vertice Russia-USA, guerra russa contro l’Ucraina).</summary>
    Noun,
    /// <summary>A word of obligation in a reported clause ("China must drop barriers", "l'Iran deve"): the source of the claim
    /// demands it of the subject before the word.</summary>
    Obligation,
}

/// <summary>Words that report an event, with its closest CAMEO code, from <c>Events/Languages/&lt;iso&gt;/triggers.tsv</c>.</summary>
internal sealed class TriggerPattern
{
    // "..." stands for up to this many other tokens (ha espresso il suo “pieno sostegno”).
    private const int MaxGap = 4;

    private readonly List<Slot> _slots;

    private TriggerPattern(List<Slot> slots, string cameo, TriggerKind kind, EventMode? mode, string text)
    {
        _slots = slots;
        Cameo = cameo;
        Kind = kind;
        Mode = mode;
        Text = text;
    }

    public string Cameo { get; }

    /// <summary>True when the first slot is a verb block of the dictionary ("@ask ... extradition"): a match starts on a verb.</summary>
    public bool OpensWithVerb { get; private init; }

    /// <summary>True when the words report an event only with someone on the other side ("received" a visitor, not votes or
    /// threats): a fifth column "dyad".</summary>
    public bool NeedsTarget { get; private init; }

    /// <summary>True for rows of the converted CAMEO verb dictionary, false for the hand-written triggers.</summary>
    public bool FromDictionary { get; private init; }

    /// <summary>A verb of the converted dictionary alone with the general code of a root of cooperation ("go" 040, "manage"
    /// 060, "expect" 030), no words of a pattern around it: the weakest evidence of an event, coded only between two actors, as
    /// PETRARCH2 codes only dyads. Verbs of conflict ("demand" 100, "reject" 120) say what happened on their own.</summary>
    public bool IsBareDictionaryVerb => FromDictionary && Specificity == 1 && Cameo is ['0', >= '1' and <= '8', '0'];

    public TriggerKind Kind { get; }

    /// <summary>The mode the words themselves carry (promised for "promised to"), or null.</summary>
    public EventMode? Mode { get; }

    public string Text { get; }

    /// <summary>Where the pattern stands in its files, the first read first: of two patterns alike, the earlier wins.</summary>
    public int Order { get; private init; }

    /// <summary>This pattern at its place in the files.</summary>
    public TriggerPattern WithOrder(int order) =>
        new(_slots, Cameo, Kind, Mode, Text) { Order = order, FromDictionary = FromDictionary, OpensWithVerb = OpensWithVerb, NeedsTarget = NeedsTarget };

    /// <summary>The single words its second slot accepts, when that slot has only single words: a match needs one of them
    /// shortly after the first word. Null for a pattern of one slot, or whose second slot has phrases or stems.</summary>
    public FrozenSet<string>? SecondWords =>
        _slots.Where(s => !s.IsGap).Skip(1).FirstOrDefault() is { HasOthers: false } second ? second.Single : null;

    /// <summary>The words a match can start with: exact words, and stems ending in '*'.</summary>
    public IEnumerable<string> FirstWords => _slots[0].Alternatives?.Select(a => a[0]) ?? [];

    /// <summary>True when a match can start with the word: a cheap test before <see cref="MatchAt"/>.</summary>
    public static bool Starts(string first, string word) => WordMatches(first, word);

    /// <summary>The number of word slots, the measure of how specific the pattern is.</summary>
    public int Specificity => _slots.Count(s => !s.IsGap);

    /// <summary>True for the rows of a dictionary that says where an event is NOT coded ("---"): a match blocks shorter patterns.</summary>
    public bool IsBlock => Cameo == "---";

    /// <summary>Reads a row; a slot "&amp;name" or "@name" stands for a word set from <paramref name="sets"/>.</summary>
    public static TriggerPattern Parse(string[] row, TokenizationRules rules, Func<string, string[][]?>? sets = null, bool fromDictionary = false)
    {
        if (row.Length < 4)
            throw new InvalidDataException($"Events triggers: '{string.Join('\t', row)}' needs four columns: pattern, cameo, kind, mode.");
        var slots = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(slot => slot switch
        {
            "..." => Slot.Gap,
            ['&' or '@', ..] => Slot.For(sets?.Invoke(slot) ?? throw new InvalidDataException($"Events triggers: no word set '{slot}' for '{row[0]}'.")),
            _ => Slot.For([.. slot.Split('|').Select(alternative => Words(alternative, rules))]),
        }).ToList();
        var kind = row[2] switch
        {
            "verb" => TriggerKind.Verb,
            "noun" => TriggerKind.Noun,
            "obligation" => TriggerKind.Obligation,
            _ => throw new InvalidDataException($"Events triggers: kind must be verb, noun or obligation in '{row[0]}'."),
        };
        var mode = row[3] switch
        {
            "-" or "" => (EventMode?)null,
            "planned" => EventMode.Planned,
            "promised" => EventMode.Promised,
            "ongoing" => EventMode.Ongoing,
            _ => throw new InvalidDataException($"Events triggers: mode must be planned, promised, ongoing or - in '{row[0]}'."),
        };
        var needsTarget = row.Length > 4 && row[4] switch
        {
            "dyad" => true,
            "" or "-" => false,
            _ => throw new InvalidDataException($"Events triggers: the fifth column must be dyad or - in '{row[0]}'."),
        };
        return new TriggerPattern(slots, row[1], kind, mode, row[0])
        {
            FromDictionary = fromDictionary,
            OpensWithVerb = kind == TriggerKind.Verb && row[0].StartsWith('@') && row[1] != "---",
            NeedsTarget = needsTarget,
        };
    }

    /// <summary>The alternatives of a word set as the slots of this class read them: each alternative's words, folded.</summary>
    public static string[][] SetAlternatives(string alternatives, TokenizationRules rules) =>
        [.. alternatives.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(alternative => Words(alternative, rules))];

    /// <summary>The end of a match that starts at <paramref name="start"/>, or -1; a word matches as written or by its lemma.</summary>
    public int MatchAt(string[] words, int start, string[]? lemmas = null)
    {
        return Match(0, start);

        int Match(int slot, int position)
        {
            if (slot == _slots.Count)
                return position;
            var current = _slots[slot];
            if (current.IsGap)
            {
                for (var skip = 0; skip <= MaxGap && position + skip <= words.Length; skip++)
                {
                    // A gap stays inside its clause: it does not pass a comma, colon or bracket.
                    if (skip > 0 && words[position + skip - 1] is "," or ";" or ":" or "(" or ")")
                        return -1;
                    var end = Match(slot + 1, position + skip);
                    if (end >= 0)
                        return end;
                }
                return -1;
            }
            if (position >= words.Length)
                return -1;
            // Phrases and stems first, then single words by look-up: a verb block holds hundreds of forms.
            foreach (var alternative in current.HasOthers ? current.OthersAt(words[position], lemmas?[position]) : [])
            {
                if (position + alternative.Length > words.Length)
                    continue;
                var all = true;
                for (var k = 0; k < alternative.Length && all; k++)
                    all = WordMatches(alternative[k], words[position + k]) || (lemmas is not null && alternative[k] == lemmas[position + k]);
                if (all)
                {
                    var end = Match(slot + 1, position + alternative.Length);
                    if (end >= 0)
                        return end;
                }
            }
            if (current.Single.Contains(words[position]) || (lemmas is not null && current.Single.Contains(lemmas[position])))
                return Match(slot + 1, position + 1);
            return -1;
        }
    }

    private static bool WordMatches(string pattern, string word) =>
        pattern.EndsWith('*') ? word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal) && word.Length >= pattern.Length - 1 : pattern == word;

    // A word of letters alone is one token as it stands: the tokenizer is needed only for the others (thousands of forms load).
    private static string[] Words(string alternative, TokenizationRules rules) =>
        alternative.EndsWith('*') || alternative.EndsWith('\'') || alternative.All(char.IsLetter)
            ? [EntityLexicon.Fold(alternative)]
            : [.. Tokenizer.Tokenize(alternative, rules).Select(t => EntityLexicon.Fold(alternative.Substring(t.Span.Start, t.Span.Length)))];

    /// <summary>One position of a pattern: a gap, or alternatives split into single words (looked up) and the others
    /// (phrases and stems, tried in turn). A word set's slot is built once and shared by every pattern that names it.</summary>
    private sealed class Slot
    {
        private static readonly ConditionalWeakTable<string[][], Slot> Shared = new();

        private Slot(string[][]? alternatives)
        {
            Alternatives = alternatives;
            Single = (alternatives ?? []).Where(a => a.Length == 1 && !a[0].EndsWith('*')).Select(a => a[0]).ToFrozenSet(StringComparer.Ordinal);
            var others = (alternatives ?? []).Where(a => a.Length != 1 || a[0].EndsWith('*')).ToList();
            _stems = [.. others.Where(a => a[0].EndsWith('*'))];
            _phrases = others.Where(a => !a[0].EndsWith('*')).GroupBy(a => a[0], StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        }

        private readonly string[][] _stems;
        private readonly FrozenDictionary<string, string[][]> _phrases;

        /// <summary>True when the slot has phrases or stems besides its single words (most have none).</summary>
        public bool HasOthers => _stems.Length > 0 || _phrases.Count > 0;

        /// <summary>The phrases that may start with the word (or its lemma), and the stems.</summary>
        public IEnumerable<string[]> OthersAt(string word, string? lemma)
        {
            if (_phrases.TryGetValue(word, out var byWord))
            {
                foreach (var phrase in byWord)
                    yield return phrase;
            }
            if (lemma is not null && lemma != word && _phrases.TryGetValue(lemma, out var byLemma))
            {
                foreach (var phrase in byLemma)
                    yield return phrase;
            }
            foreach (var stem in _stems)
                yield return stem;
        }

        public static Slot Gap { get; } = new(null);

        public static Slot For(string[][] alternatives) => Shared.GetValue(alternatives, a => new Slot(a));

        public string[][]? Alternatives { get; }

        public FrozenSet<string> Single { get; }

        public bool IsGap => Alternatives is null;
    }
}
