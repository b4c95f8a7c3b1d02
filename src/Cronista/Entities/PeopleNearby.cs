using System.Collections.Immutable;
using Cronista.Text;

namespace Cronista.Entities;

/// <summary>The person mentions around a description, found by binary search over the document's sorted mentions.</summary>
internal sealed class PeopleNearby(ImmutableArray<Mention> mentions, ImmutableArray<Sentence> sentences)
{
    private readonly int[] _starts = [.. mentions.Select(m => m.Span.Start)];
    private readonly int[] _sentenceStarts = [.. sentences.Select(s => s.Span.Start)];

    /// <summary>The first person's name that starts at or after the description's end.</summary>
    public Mention? NameAfter(Mention description)
    {
        for (var i = IndexAtOrAfter(_starts, description.Span.End); i < mentions.Length; i++)
        {
            var m = mentions[i];
            if (m.Type == EntityType.PER && m.Kind is MentionKind.Name or MentionKind.PartialName)
                return m;
        }
        return null;
    }

    /// <summary>The person mentions before the description, nearest first, in its sentence and the <paramref name="reach"/> before it.</summary>
    public IEnumerable<Mention> PeopleBefore(Mention description, int reach)
    {
        var sentence = Math.Max(0, IndexAtOrAfter(_sentenceStarts, description.Span.Start + 1) - 1);
        var from = _sentenceStarts.Length == 0 ? 0 : _sentenceStarts[Math.Max(0, sentence - reach)];
        for (var i = IndexAtOrAfter(_starts, description.Span.Start) - 1; i >= 0 && mentions[i].Span.Start >= from; i--)
        {
            var m = mentions[i];
            if (m.Type == EntityType.PER && m.Span.End <= description.Span.Start && m != description)
                yield return m;
        }
    }

    private static int IndexAtOrAfter(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
            return ~index;
        while (index > 0 && starts[index - 1] == offset)
            index--;
        return index;
    }
}
