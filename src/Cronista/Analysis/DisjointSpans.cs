using Cronista.Core;

namespace Cronista.Analysis;

/// <summary>A growing set of spans that never overlap, kept sorted so that an overlap test is a binary search.</summary>
internal sealed class DisjointSpans
{
    private readonly List<TextSpan> _spans = [];

    /// <summary>True when a span in the set shares an offset with this one.</summary>
    public bool Overlaps(TextSpan span)
    {
        var i = IndexAfter(span.Start);
        // The span before may reach into this one; the span at the position may start inside it.
        return i > 0 && _spans[i - 1].Overlaps(span) || i < _spans.Count && _spans[i].Overlaps(span);
    }

    /// <summary>Adds the span unless it overlaps one already in; true when added.</summary>
    public bool TryAdd(TextSpan span)
    {
        if (Overlaps(span))
            return false;
        _spans.Insert(IndexAfter(span.Start), span);
        return true;
    }

    /// <summary>The first index whose span starts after the offset.</summary>
    private int IndexAfter(int offset)
    {
        int low = 0, high = _spans.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_spans[mid].Start <= offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
}
