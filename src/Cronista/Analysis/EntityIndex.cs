using System.Collections.Immutable;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.Analysis;

/// <summary>Finds, for the stages after entity grouping, which entity a stretch of text mentions and which tokens a span covers.</summary>
internal sealed class EntityIndex
{
    private readonly ImmutableArray<Token> _tokens;
    private readonly List<(Mention Mention, Entity Entity)> _mentions;

    public EntityIndex(Document document)
    {
        _tokens = document.Get(Layers.Tokens);
        Entities = document.Get(Layers.Entities);
        _mentions = [.. Entities.SelectMany(e => e.Mentions.Select(m => (m, e))).OrderBy(p => p.m.Span.Start)];
        ById = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public ImmutableArray<Entity> Entities { get; }

    public IReadOnlyDictionary<string, Entity> ById { get; }

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
        Longest(_mentions.Where(p => TokenAt(p.Mention.Span.Start) == token && (accept?.Invoke(p.Mention) ?? true)));

    /// <summary>The longest mention that ends with the token, or null.</summary>
    public (Mention Mention, Entity Entity)? EndingAt(int token, Func<Mention, bool>? accept = null) =>
        Longest(_mentions.Where(p => TokenAt(p.Mention.Span.End - 1) == token && (accept?.Invoke(p.Mention) ?? true)));

    /// <summary>The mentions inside a span, in text order.</summary>
    public IEnumerable<(Mention Mention, Entity Entity)> Within(TextSpan span) =>
        _mentions.Where(p => span.Contains(p.Mention.Span));

    /// <summary>The country a token names: a country or a place in one, by name or adjective (russo, Pyongyang).</summary>
    public string? CountryAt(TextSpan tokenSpan)
    {
        foreach (var (mention, entity) in _mentions)
        {
            if (mention.Span.Start > tokenSpan.Start)
                break;
            if (entity.Type == EntityType.LOC && mention.Span.Contains(tokenSpan))
                return entity.Country;
        }
        return null;
    }

    private static (Mention Mention, Entity Entity)? Longest(IEnumerable<(Mention Mention, Entity Entity)> candidates)
    {
        (Mention Mention, Entity Entity)? best = null;
        foreach (var candidate in candidates)
        {
            if (best is null || candidate.Mention.Span.Length > best.Value.Mention.Span.Length)
                best = candidate;
        }
        return best;
    }
}
