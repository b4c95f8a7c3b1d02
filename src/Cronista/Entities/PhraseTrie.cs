namespace Cronista.Entities;

/// <summary>A table of phrases keyed by their parts' lookup keys, for longest-match search over a text's parts.</summary>
/// <typeparam name="T">What a phrase points to.</typeparam>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (keys.Count == 0)
            return;
        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
                node.Children[key] = child = new Node();
            node = child;
        }
        (node.Values ??= []).Add(value);
    }

    /// <summary>Every phrase that starts at part <paramref name="start"/>, longest first, as (number of parts, values).</summary>
    public IEnumerable<(int Length, IReadOnlyList<T> Values)> MatchesAt(TextParts text, int start, int end)
    {
        var found = new List<(int, IReadOnlyList<T>)>();
        var node = _root;
        for (var i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(text.Parts[i].Key, out node))
                break;
            if (node.Values is not null && text.CanEndAfter(i))
                found.Add((i - start + 1, node.Values));
        }
        found.Reverse();
        return found;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }
}
