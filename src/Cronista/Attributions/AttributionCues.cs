using System.Collections.Frozen;
using Cronista.Core;

namespace Cronista.Attributions;

/// <summary>The words of one language that make an attribution: cues with their kind, the words that join a cue's
/// verb group, and the cues whose object is the addressee.</summary>
internal sealed class AttributionCues
{
    private const string Folder = "Attributions";

    private AttributionCues(FrozenDictionary<string, CueKind> single, IReadOnlyList<(string[] Words, CueKind Kind)> phrases,
        FrozenSet<string> first, FrozenSet<string> prefixes, FrozenSet<string> recipients)
    {
        _first = first;
        _single = single;
        _phrases = phrases;
        Prefixes = prefixes;
        Recipients = recipients;
    }

    private readonly FrozenDictionary<string, CueKind> _single;
    private readonly IReadOnlyList<(string[] Words, CueKind Kind)> _phrases;
    private readonly FrozenSet<string> _first;

    /// <summary>True for a reliable cue, tried before the others (said, told, according to).</summary>
    public bool IsFirst(string[] words, int position) => _first.Contains(words[position]);

    /// <summary>Auxiliaries and adverbs that belong to the cue when they stand right before it (has, also).</summary>
    public FrozenSet<string> Prefixes { get; }

    /// <summary>Cues followed by who was addressed before what was said (told reporters that).</summary>
    public FrozenSet<string> Recipients { get; }

    /// <summary>The cue that starts at a word, with its length in words, or null.</summary>
    public (CueKind Kind, int Length)? At(string[] words, int position)
    {
        foreach (var (phrase, kind) in _phrases)
        {
            if (position + phrase.Length <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(position, phrase.Length)))
                return (kind, phrase.Length);
        }
        return _single.TryGetValue(words[position], out var single) ? (single, 1) : null;
    }

    /// <summary>The cues of one language, or null when the language has none.</summary>
    public static AttributionCues? Load(string language)
    {
        var single = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        var phrases = new List<(string[], CueKind)>();
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadLanguageRows(Folder, language, "cues.tsv"))
        {
            if (row.Length < 2 || !Enum.TryParse<CueKind>(row[1], ignoreCase: true, out var kind))
                throw new InvalidDataException($"Attributions/Languages/{language}/cues.tsv: '{string.Join('\t', row)}' needs a cue and its kind (speech, belief, after).");
            var words = row[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
                single[words[0]] = kind;
            else
                phrases.Add((words, kind));
            if (row.Length > 2 && row[2] == "first")
                first.Add(words[0]);
        }
        if (single.Count == 0 && phrases.Count == 0)
            return null;
        return new AttributionCues(single.ToFrozenDictionary(StringComparer.Ordinal), phrases, first.ToFrozenSet(StringComparer.Ordinal),
            ResourceFiles.ReadLanguageLines(Folder, language, "cue-prefixes.txt").ToFrozenSet(StringComparer.Ordinal),
            ResourceFiles.ReadLanguageLines(Folder, language, "recipient-cues.txt").ToFrozenSet(StringComparer.Ordinal));
    }
}
