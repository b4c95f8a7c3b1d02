namespace Cronista.Language;

/// <summary>A multinomial naive Bayes model over character n-grams: how likely each n-gram is in each language.</summary>
/// <remarks>
/// Each n-gram order is its own multinomial with add-k smoothing: P(g | L) = (count(g, L) + k) / (total(order, L) + k · V(order)),
/// where V is the number of distinct n-grams of that order seen in training. N-grams pruned from the file count as never seen.
/// </remarks>
internal sealed class LanguageModel
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _logProb;
    private readonly float[] _unseenLogProb;

    /// <summary>Turns the counts of a model file into log-probabilities.</summary>
    public LanguageModel(LanguageModelData data)
    {
        var languages = data.Languages;
        var maxOrder = data.MaxOrder;
        var smoothing = data.Smoothing;
        if (languages.Count == 0)
            throw new ArgumentException("A language model needs at least one language.", nameof(data));
        if (maxOrder is < 1 or > CharNgrams.MaxSupportedOrder || data.Totals.Count != maxOrder || data.Vocabulary.Count != maxOrder)
            throw new ArgumentException($"Totals and vocabulary sizes must be given for each n-gram order 1 to {maxOrder}.", nameof(data));
        if (smoothing <= 0)
            throw new ArgumentException($"Add-k smoothing needs k > 0, not {smoothing}.", nameof(data));
        Languages = [.. languages];
        MaxOrder = maxOrder;
        Calibration = data.Calibration;
        var count = languages.Count;
        var denominators = new double[maxOrder * count];
        _unseenLogProb = new float[maxOrder * count];
        for (var order = 0; order < maxOrder; order++)
        {
            for (var l = 0; l < count; l++)
            {
                denominators[order * count + l] = data.Totals[order][l] + smoothing * Math.Max(1, data.Vocabulary[order]);
                _unseenLogProb[order * count + l] = (float)Math.Log(smoothing / denominators[order * count + l]);
            }
        }
        _rows = new Dictionary<ulong, int>(data.Counts.Count);
        _logProb = new float[data.Counts.Count * count];
        foreach (var (key, counts) in data.Counts.OrderBy(pair => pair.Key))
        {
            var order = OrderOf(key);
            if (counts.Length != count || order > maxOrder)
                throw new ArgumentException($"N-gram '{CharNgrams.Unpack(key)}' has {counts.Length} counts for {count} languages, or an order above {maxOrder}.", nameof(data));
            var row = _rows.Count * count;
            _rows.Add(key, row);
            for (var l = 0; l < count; l++)
                _logProb[row + l] = (float)Math.Log((counts[l] + smoothing) / denominators[(order - 1) * count + l]);
        }
    }

    /// <summary>The numbers that turn scores into a decision.</summary>
    public LanguageCalibration Calibration { get; }

    /// <summary>The longest n-gram the model reads.</summary>
    public int MaxOrder { get; }

    /// <summary>ISO 639-1 codes, in the order of every per-language array.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>How many n-grams the model stores.</summary>
    public int NgramCount => _rows.Count;

    /// <summary>The log-likelihood of the evidence under each language, and how many n-grams it holds.</summary>
    public (double[] LogLikelihood, int Ngrams) Score(ReadOnlySpan<char> evidence)
    {
        var count = Languages.Count;
        var sums = new double[count];
        var ngrams = 0;
        foreach (var (key, order) in new CharNgrams(evidence, MaxOrder))
        {
            ngrams++;
            if (_rows.TryGetValue(key, out var row))
            {
                for (var l = 0; l < count; l++)
                    sums[l] += _logProb[row + l];
            }
            else
            {
                var unseen = (order - 1) * count;
                for (var l = 0; l < count; l++)
                    sums[l] += _unseenLogProb[unseen + l];
            }
        }
        return (sums, ngrams);
    }

    /// <summary>The log-probability of each of the evidence's n-grams under one language, for calibration.</summary>
    public IEnumerable<double> NgramLogProbs(string evidence, int language)
    {
        var values = new List<double>();
        var count = Languages.Count;
        foreach (var (key, order) in new CharNgrams(evidence, MaxOrder))
        {
            values.Add(_rows.TryGetValue(key, out var row) ? _logProb[row + language] : _unseenLogProb[(order - 1) * count + language]);
        }
        return values;
    }

    /// <summary>The order of the n-gram a key holds: one per 16-bit character.</summary>
    public static int OrderOf(ulong key) => key == 0 ? 0 : (64 - System.Numerics.BitOperations.LeadingZeroCount(key) + 15) / 16;
}
