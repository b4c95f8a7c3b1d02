using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Analysis;

/// <summary>Finds, for the stages after entity grouping, which entity a stretch of text mentions and which tokens a span covers.</summary>
/// <remarks>Every lookup is a binary search or a dictionary probe, so that a long document costs in proportion to its length.</remarks>
internal sealed class EntityIndex
{
    private readonly ImmutableArray<Token> _tokens;
    private readonly List<(Mention Mention, Entity Entity)> _mentions;
    private readonly int[] _starts;
    private readonly Dictionary<int, List<int>> _byFirstToken = [];
    private readonly Dictionary<int, List<int>> _byLastToken = [];

    public EntityIndex(Document document)
    {
        _tokens = document.Get(Layers.Tokens);
        Entities = document.Get(Layers.Entities);
        _mentions = [.. Entities.SelectMany(e => e.Mentions.Select(m => (m, e))).OrderBy(p => p.m.Span.Start).ThenBy(p => p.m.Span.End)];
        _starts = [.. _mentions.Select(p => p.Mention.Span.Start)];
        for (var i = 0; i < _mentions.Count; i++)
        {
            var span = _mentions[i].Mention.Span;
            Add(_byFirstToken, TokenAt(span.Start), i);
            Add(_byLastToken, TokenAt(span.End - 1), i);
        }
    }

    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Every mention of every entity, in text order.</summary>
    public IReadOnlyList<(Mention Mention, Entity Entity)> Mentions => _mentions;

    /// <summary>The index of the token that contains or follows the offset.</summary>
    public int TokenAt(int offset)
    {
        int low = 0, high = _tokens.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_tokens[mid].Span.End <= offset)
                low = mid + 1;
            else
                high = mid - 1;
        }
        return low;
    }

    /// <summary>The longest mention that starts at the token, or null.</summary>
    public (Mention Mention, Entity Entity)? StartingAt(int token, Func<Mention, bool>? accept = null) =>
        Longest(_byFirstToken.GetValueOrDefault(token), accept);

    /// <summary>The longest mention that ends with the token, or null.</summary>
    public (Mention Mention, Entity Entity)? EndingAt(int token, Func<Mention, bool>? accept = null) =>
        Longest(_byLastToken.GetValueOrDefault(token), accept);

    /// <summary>The mentions inside a span, in text order.</summary>
    public IEnumerable<(Mention Mention, Entity Entity)> Within(TextSpan span)
    {
        for (var i = FirstStartingAtOrAfter(span.Start); i < _mentions.Count && _mentions[i].Mention.Span.Start < span.End; i++)
        {
            if (span.Contains(_mentions[i].Mention.Span))
                yield return _mentions[i];
        }
    }

    /// <summary>The mentions that end at or before an offset, nearest first.</summary>
    public IEnumerable<(Mention Mention, Entity Entity)> Before(int offset)
    {
        for (var i = FirstStartingAtOrAfter(offset) - 1; i >= 0; i--)
        {
            if (_mentions[i].Mention.Span.End <= offset)
                yield return _mentions[i];
        }
    }

    /// <summary>The country a token names: a country or a place in one, by name or adjective (russo, Pyongyang).</summary>
    public string? CountryAt(TextSpan tokenSpan)
    {
        // Mentions are short: those that can contain the token start shortly before it.
        for (var i = FirstStartingAtOrAfter(tokenSpan.Start + 1) - 1; i >= 0 && tokenSpan.Start - _mentions[i].Mention.Span.Start < 200; i--)
        {
            var (mention, entity) = _mentions[i];
            if (entity.Type == EntityType.LOC && mention.Span.Contains(tokenSpan))
                return entity.Country;
        }
        return null;
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        if (index < 0)
            return ~index;
        while (index > 0 && _starts[index - 1] == offset)
            index--;
        return index;
    }

    private (Mention Mention, Entity Entity)? Longest(List<int>? candidates, Func<Mention, bool>? accept)
    {
        if (candidates is null)
            return null;
        (Mention Mention, Entity Entity)? best = null;
        foreach (var i in candidates)
        {
            var candidate = _mentions[i];
            if ((accept?.Invoke(candidate.Mention) ?? true) && (best is null || candidate.Mention.Span.Length > best.Value.Mention.Span.Length))
                best = candidate;
        }
        return best;
    }

    private static void Add(Dictionary<int, List<int>> index, int key, int value)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(value);
    }
}
