namespace Cronista.Language.Training;

/// <summary>Counts character n-grams per language, then keeps the frequent ones as a model.</summary>
internal sealed class NgramCounter
{
    private readonly IReadOnlyList<string> _languages;
    private readonly int _maxOrder;
    private readonly Dictionary<ulong, int[]> _counts = [];
    private readonly long[][] _totals;

    /// <summary>An empty counter for these languages and n-grams of orders 1 to <paramref name="maxOrder"/>.</summary>
    public NgramCounter(IReadOnlyList<string> languages, int maxOrder)
    {
        _languages = languages;
        _maxOrder = maxOrder;
        _totals = [.. Enumerable.Range(0, maxOrder).Select(_ => new long[languages.Count])];
    }

    /// <summary>Adds the n-grams of one text in one language.</summary>
    public void Add(string language, string text)
    {
        var l = IndexOf(language);
        var (evidence, _) = LanguageEvidence.Extract(text, int.MaxValue, int.MaxValue);
        foreach (var (key, order) in new CharNgrams(evidence, _maxOrder))
        {
            if (!_counts.TryGetValue(key, out var row))
                _counts[key] = row = new int[_languages.Count];
            row[l]++;
            _totals[order - 1][l]++;
        }
    }

    /// <summary>The model data keeping n-grams seen at least <paramref name="minCount"/> times over all languages.</summary>
    public LanguageModelData Build(double smoothing, int minCount, LanguageCalibration calibration)
    {
        var vocabulary = new long[_maxOrder];
        foreach (var key in _counts.Keys)
            vocabulary[LanguageModel.OrderOf(key) - 1]++;
        // Unigrams are always kept: they are few, and the only evidence in very short texts.
        var kept = _counts
            .Where(pair => LanguageModel.OrderOf(pair.Key) == 1 || pair.Value.Sum() >= minCount)
            .ToDictionary(pair => pair.Key, pair => (int[])pair.Value.Clone());
        return new LanguageModelData(_languages, _maxOrder, smoothing, [.. _totals.Select(t => (long[])t.Clone())], vocabulary, kept, calibration);
    }

    private int IndexOf(string language)
    {
        for (var l = 0; l < _languages.Count; l++)
        {
            if (_languages[l] == language)
                return l;
        }
        throw new ArgumentException($"'{language}' is not one of the model's languages ({string.Join(", ", _languages)}).", nameof(language));
    }
}
