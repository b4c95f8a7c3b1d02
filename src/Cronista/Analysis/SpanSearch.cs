using Cronista.Core;

namespace Cronista.Analysis;

/// <summary>Binary search over items sorted by where they start and not overlapping: sentences, claims, quotations.</summary>
internal static class SpanSearch
{
    /// <summary>The index of the item whose span contains the offset, or -1.</summary>
    public static int IndexContaining<T>(IReadOnlyList<T> items, Func<T, TextSpan> spanOf, int offset)
    {
        int low = 0, high = items.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var span = spanOf(items[mid]);
            if (span.End <= offset)
                low = mid + 1;
            else if (span.Start > offset)
                high = mid - 1;
            else
                return mid;
        }
        return -1;
    }

    /// <summary>The items that start inside a span, in order.</summary>
    public static IEnumerable<T> StartingWithin<T>(IReadOnlyList<T> items, Func<T, TextSpan> spanOf, TextSpan span)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (spanOf(items[mid]).Start < span.Start)
                low = mid + 1;
            else
                high = mid;
        }
        for (var i = low; i < items.Count && spanOf(items[i]).Start < span.End; i++)
            yield return items[i];
    }

    /// <summary>The item whose span contains the offset, or the fallback.</summary>
    public static T? Containing<T>(IReadOnlyList<T> items, Func<T, TextSpan> spanOf, int offset, T? fallback = default)
    {
        var index = IndexContaining(items, spanOf, offset);
        return index < 0 ? fallback : items[index];
    }
}
