namespace Cronista.Learning.Perceptron;

/// <summary>Finds the best label sequence under per-token scores and label-to-label transition scores.</summary>
public static class Viterbi
{
    /// <summary>Decodes one sentence into <paramref name="best"/>.</summary>
    /// <param name="emissions">Token-by-label scores, row-major (tokens × labels).</param>
    /// <param name="transitions">Label-to-label scores, row-major ((labels + 1) × labels); the last row scores the first label of a sentence.</param>
    /// <param name="allowed">Which transitions may happen, laid out as <paramref name="transitions"/> (BIO forbids O → I-PER).</param>
    /// <param name="labels">How many labels there are.</param>
    /// <param name="best">Receives one label per token.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<bool> allowed, int labels, Span<int> best)
    {
        var tokens = best.Length;
        if (tokens == 0)
            return;
        var back = tokens * labels <= 4096 ? stackalloc int[tokens * labels] : new int[tokens * labels];
        Span<float> previous = stackalloc float[labels];
        Span<float> current = stackalloc float[labels];
        var start = labels * labels;
        for (var l = 0; l < labels; l++)
            previous[l] = allowed[start + l] ? transitions[start + l] + emissions[l] : float.NegativeInfinity;
        for (var t = 1; t < tokens; t++)
        {
            for (var l = 0; l < labels; l++)
            {
                var bestScore = float.NegativeInfinity;
                var bestFrom = 0;
                for (var from = 0; from < labels; from++)
                {
                    var index = from * labels + l;
                    if (!allowed[index])
                        continue;
                    var score = previous[from] + transitions[index];
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestFrom = from;
                    }
                }
                current[l] = bestScore + emissions[t * labels + l];
                back[t * labels + l] = bestFrom;
            }
            current.CopyTo(previous);
        }
        var last = 0;
        for (var l = 1; l < labels; l++)
        {
            if (previous[l] > previous[last])
                last = l;
        }
        for (var t = tokens - 1; t >= 0; t--)
        {
            best[t] = last;
            last = back[t * labels + last];
        }
    }
}
