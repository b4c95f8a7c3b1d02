using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Cronista.Core;

namespace Cronista.Eval.Attributions;

/// <summary>The roles of an attribution that are scored.</summary>
internal enum AttributionRole
{
    Source,
    Cue,
    Content,
}

/// <summary>How a predicted span may match a gold one: exactly, or on the gold span's head.</summary>
/// <remarks>Exact: the same characters, segments compared after trimming white space and joining segments that only
/// white space separates. Head: for a source, the prediction covers part of the head word, the last word before the
/// phrase's first comma, bracket, preposition, conjunction or relative pronoun (Haley Morris; a spokesman for the
/// campaign); for a cue, part of the main verb, its first word that is no auxiliary or adverb (has also said); for a
/// content, the two share at least half of the words of the longer one.</remarks>
internal static partial class SpanMatching
{
    private static readonly HashSet<string> HeadStops =
        [",", "(", "[", "—", "–", "of", "for", "at", "from", "in", "with", "on", "who", "which", "that", "and", "or", "whose"];

    private static readonly HashSet<string> Auxiliaries =
    [
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "may",
        "might", "can", "must", "did", "does", "do", "not", "n't", "also", "already", "previously", "later", "then", "just",
        "repeatedly", "publicly", "recently", "reportedly", "often", "never", "still", "even", "again", "'s", "'ve", "'d",
    ];

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex Word();

    /// <summary>Segments trimmed of white space, in order, joined where only white space separates them.</summary>
    public static ImmutableArray<TextSpan> Normalize(string text, IEnumerable<TextSpan> segments)
    {
        var trimmed = new List<TextSpan>();
        foreach (var segment in segments.OrderBy(s => s.Start))
        {
            var start = Math.Clamp(segment.Start, 0, text.Length);
            var end = Math.Clamp(segment.End, start, text.Length);
            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            if (start == end)
                continue;
            if (trimmed.Count > 0 && string.IsNullOrWhiteSpace(text[Math.Min(trimmed[^1].End, start)..start]) && start >= trimmed[^1].Start)
                trimmed[^1] = new TextSpan(trimmed[^1].Start, Math.Max(end, trimmed[^1].End));
            else
                trimmed.Add(new TextSpan(start, end));
        }
        return [.. trimmed];
    }

    /// <summary>The words of a span, as character spans.</summary>
    public static List<TextSpan> Words(string text, ImmutableArray<TextSpan> segments) =>
        [.. segments.SelectMany(s => Word().Matches(text[s.Start..s.End]).Select(m => new TextSpan(s.Start + m.Index, s.Start + m.Index + m.Length)))];

    /// <summary>The head word of a gold span of the role; null for contents, which match by overlap.</summary>
    public static TextSpan? Head(string text, AttributionRole role, ImmutableArray<TextSpan> segments)
    {
        var words = Words(text, segments);
        if (words.Count == 0)
            return null;
        string Folded(TextSpan w) => text[w.Start..w.End].ToLowerInvariant().Replace('’', '\'');
        switch (role)
        {
            case AttributionRole.Source:
                var stop = words.FindIndex(1, w => HeadStops.Contains(Folded(w)));
                var before = words.Take(stop < 0 ? words.Count : stop).Where(w => char.IsLetterOrDigit(text[w.Start])).ToList();
                return before.Count > 0 ? before[^1] : words[0];
            case AttributionRole.Cue:
                return words.Find(w => char.IsLetterOrDigit(text[w.Start]) && !Auxiliaries.Contains(Folded(w))) is { IsEmpty: false } verb ? verb : words[0];
            default:
                return null;
        }
    }

    /// <summary>The main verb of a cue as written, lower case: how speech is told from belief.</summary>
    public static string CueWord(string text, ImmutableArray<TextSpan> cue) =>
        Head(text, AttributionRole.Cue, cue) is { } head ? text[head.Start..head.End].ToLowerInvariant() : "";

    /// <summary>True when the prediction matches the gold span on its head (source, cue) or on half its words (content).</summary>
    public static bool HeadMatch(string text, AttributionRole role, ImmutableArray<TextSpan> gold, ImmutableArray<TextSpan> predicted)
    {
        if (role != AttributionRole.Content)
            return Head(text, role, gold) is { } head && predicted.Any(p => p.Overlaps(head));
        var goldWords = Words(text, gold).Where(w => char.IsLetterOrDigit(text[w.Start])).ToList();
        var predictedWords = Words(text, predicted).Where(w => char.IsLetterOrDigit(text[w.Start])).ToHashSet();
        var shared = goldWords.Count(predictedWords.Contains);
        return shared > 0 && shared * 2 >= Math.Max(goldWords.Count, predictedWords.Count);
    }
}
