using Cronista.Core;

namespace Cronista.Analysis;

/// <summary>Tells whether a span overlaps any of a fixed set of spans (which may overlap each other) by binary search,
/// so that checking every mention of a long article against every time expression stays linear-logarithmic.</summary>
internal sealed class SpanOverlaps
{
    private readonly int[] _starts;
    private readonly int[] _furthestEnds;

    public SpanOverlaps(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        _starts = [.. sorted.Select(s => s.Start)];
        // The furthest any of the first i + 1 spans reaches: a span overlaps the set when one starting before its end
        // reaches past its start.
        _furthestEnds = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
            _furthestEnds[i] = Math.Max(sorted[i].End, i > 0 ? _furthestEnds[i - 1] : int.MinValue);
    }

    /// <summary>True when the span shares an offset with a span of the set.</summary>
    public bool Overlaps(TextSpan span)
    {
        int low = 0, high = _starts.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_starts[mid] < span.End)
                low = mid + 1;
            else
                high = mid;
        }
        return low > 0 && _furthestEnds[low - 1] > span.Start;
    }
}
