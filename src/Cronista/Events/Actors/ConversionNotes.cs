namespace Cronista.Events.Actors;

/// <summary>What a dictionary conversion skipped or changed, counted by reason with a few examples, for its report.</summary>
internal sealed class ConversionNotes
{
    private const int ExamplesPerReason = 4;
    private readonly SortedDictionary<string, (int Count, List<string> Examples)> _byReason = new(StringComparer.Ordinal);

    public void Add(string reason, string example)
    {
        if (!_byReason.TryGetValue(reason, out var entry))
            entry = (0, []);
        if (entry.Examples.Count < ExamplesPerReason && !entry.Examples.Contains(example))
            entry.Examples.Add(example);
        _byReason[reason] = (entry.Count + 1, entry.Examples);
    }

    public int CountOf(string reason) => _byReason.TryGetValue(reason, out var entry) ? entry.Count : 0;

    /// <summary>One line a reason: "reason: count (e.g. first, second)".</summary>
    public IEnumerable<string> Lines() =>
        _byReason.Select(p => $"{p.Key}: {p.Value.Count} (e.g. {string.Join(", ", p.Value.Examples)})");
}
