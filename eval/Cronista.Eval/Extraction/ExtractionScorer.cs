using System.Collections.Immutable;

namespace Cronista.Eval.Extraction;

/// <summary>How one page's output scored.</summary>
/// <param name="Counts">Its snippet counts.</param>
/// <param name="Missed">The "with" snippets not found in the output, as annotated.</param>
/// <param name="Leaked">The "without" snippets found in the output, as annotated.</param>
internal sealed record ItemScore(ConfusionMatrix Counts, ImmutableArray<string> Missed, ImmutableArray<string> Leaked);

/// <summary>Scores an extractor's output for one page as eval_common.count_item does: whitespace-normalized substring matching.</summary>
internal static class ExtractionScorer
{
    /// <summary>Which snippets of the item the output holds; a null output (no article, or a crash) holds none, so every
    /// "with" snippet is a miss and every "without" snippet a true negative.</summary>
    public static ItemScore Score(ExtractionItem item, string? output)
    {
        if (output is null)
            return new ItemScore(new ConfusionMatrix(0, 0, item.With.Length, item.Without.Length), item.With, []);
        var text = ChunkText.Norm(output);
        // Ordinal: Python's 'in' compares code points, with no culture and no case folding.
        ImmutableArray<string> missed = [.. item.With.Where(chunk => !text.Contains(ChunkText.Norm(chunk), StringComparison.Ordinal))];
        ImmutableArray<string> leaked = [.. item.Without.Where(chunk => text.Contains(ChunkText.Norm(chunk), StringComparison.Ordinal))];
        var found = item.With.Length - missed.Length;
        return new ItemScore(new ConfusionMatrix(found, leaked.Length, missed.Length, item.Without.Length - leaked.Length), missed, leaked);
    }
}
