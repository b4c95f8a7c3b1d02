namespace Cronista.Learning.Perceptron;

/// <summary>Trains a linear-chain tagger with the averaged structured perceptron (Collins 2002) and Viterbi decoding.</summary>
/// <remarks>Sentences are added as feature keys and gold labels; keys are numbered as they come, and keys seen fewer than
/// <see cref="PerceptronOptions.MinCount"/> times are dropped before training. Averaging is lazy: each weight keeps the
/// step it last changed at, so an update costs the same whatever the number of steps.</remarks>
public sealed class PerceptronTrainer(LabelSet labels, PerceptronOptions options)
{
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<ulong> _keys = [];
    private readonly List<int> _counts = [];
    private readonly List<int> _features = [];
    private readonly List<int> _tokenStarts = [0];
    private readonly List<(int FirstToken, int Tokens)> _sentences = [];
    private readonly List<int> _gold = [];

    /// <summary>How many training sentences have been added.</summary>
    public int Sentences => _sentences.Count;

    /// <summary>How many training tokens have been added.</summary>
    public int Tokens => _gold.Count;

    /// <summary>Adds one training sentence.</summary>
    public void Add(SentenceFeatures features, ReadOnlySpan<int> gold)
    {
        if (gold.Length != features.Tokens)
            throw new ArgumentException($"A sentence of {features.Tokens} tokens needs as many gold labels, not {gold.Length}.", nameof(gold));
        _sentences.Add((_gold.Count, gold.Length));
        for (var t = 0; t < gold.Length; t++)
        {
            foreach (var key in features.Of(t))
            {
                if (!_ids.TryGetValue(key, out var id))
                {
                    id = _keys.Count;
                    _ids.Add(key, id);
                    _keys.Add(key);
                    _counts.Add(0);
                }
                _counts[id]++;
                _features.Add(id);
            }
            _tokenStarts.Add(_features.Count);
            _gold.Add(gold[t]);
        }
    }

    /// <summary>Trains, reporting each epoch to <paramref name="log"/>; keeps the epoch <paramref name="devScore"/> likes best
    /// (the last one when there is no dev score), with its score. <paramref name="seed"/> replaces the options' seed, so that
    /// one trainer's data serves several runs in different orders.</summary>
    public TrainedWeights Train(Func<SequenceModel, double>? devScore, TextWriter log, int? seed = null)
    {
        var run = new Run(this, labels, options.MinCount);
        TrainedWeights? best = null;
        var bestScore = double.NegativeInfinity;
        var order = Enumerable.Range(0, _sentences.Count).ToArray();
        var random = new Random(seed ?? options.Seed);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
                mistakes += run.Learn(_sentences[s].FirstToken, _sentences[s].Tokens);
            var weights = run.Averaged(options.Prune);
            var score = devScore?.Invoke(weights.ToModel(new Dictionary<string, string>())) ?? epoch;
            log.WriteLine($"epoch {epoch}: {mistakes:N0} tokens wrong in training ({1 - (double)mistakes / Math.Max(1, Tokens):P2} right); {(devScore is null ? "" : $"dev {score:F4}; ")}{weights.Keys.Length:N0} features");
            if (score > bestScore)
            {
                bestScore = score;
                best = devScore is null ? weights : weights with { DevScore = score };
            }
        }
        return best ?? run.Averaged(options.Prune);
    }

    /// <summary>The mean of <paramref name="runs"/> runs in different sentence orders (seeds from the options' seed on),
    /// with its own dev score; one run is <see cref="Train"/>. A perceptron moves by some 0.3 points with the order it
    /// sees the sentences in; the mean of runs is steadier, and decodes as fast as one.</summary>
    public TrainedWeights TrainMean(Func<SequenceModel, double>? devScore, TextWriter log, int runs)
    {
        if (runs <= 1)
            return Train(devScore, log);
        var mean = TrainedWeights.Mean([.. Enumerable.Range(0, runs).Select(r => Train(devScore, log, options.Seed + r))]);
        mean = mean with { DevScore = devScore?.Invoke(mean.ToModel(new Dictionary<string, string>())) ?? double.NaN };
        log.WriteLine($"mean of {runs} runs: dev {mean.DevScore:F4}");
        return mean;
    }

    /// <summary>One training run's weights.</summary>
    private sealed class Run
    {
        private readonly PerceptronTrainer _data;
        private readonly LabelSet _labelSet;
        private readonly int _labels;
        private readonly int[] _kept;
        private readonly float[] _weights;
        private readonly double[] _totals;
        private readonly int[] _stamps;
        private readonly float[] _transitions;
        private readonly double[] _transitionTotals;
        private readonly int[] _transitionStamps;
        private readonly bool[] _allowed;
        private int _step = 1;

        public Run(PerceptronTrainer data, LabelSet labels, int minCount)
        {
            _data = data;
            _labelSet = labels;
            _labels = labels.Count;
            _allowed = [.. labels.Allowed];
            // Rare features become -1 and are skipped: they would only memorise the training set.
            _kept = new int[data._keys.Count];
            var next = 0;
            for (var i = 0; i < _kept.Length; i++)
                _kept[i] = data._counts[i] >= minCount ? next++ : -1;
            KeptKeys = new ulong[next];
            for (var i = 0; i < _kept.Length; i++)
            {
                if (_kept[i] >= 0)
                    KeptKeys[_kept[i]] = data._keys[i];
            }
            _weights = new float[next * _labels];
            _totals = new double[_weights.Length];
            _stamps = new int[_weights.Length];
            _transitions = new float[(_labels + 1) * _labels];
            _transitionTotals = new double[_transitions.Length];
            _transitionStamps = new int[_transitions.Length];
        }

        private ulong[] KeptKeys { get; }

        /// <summary>Decodes one sentence and corrects the weights where it went wrong; returns how many tokens were wrong.</summary>
        public int Learn(int firstToken, int tokens)
        {
            var emissions = new float[tokens * _labels];
            for (var t = 0; t < tokens; t++)
            {
                var row = emissions.AsSpan(t * _labels, _labels);
                for (var f = _data._tokenStarts[firstToken + t]; f < _data._tokenStarts[firstToken + t + 1]; f++)
                {
                    var id = _kept[_data._features[f]];
                    if (id < 0)
                        continue;
                    for (var l = 0; l < _labels; l++)
                        row[l] += _weights[id * _labels + l];
                }
            }
            var predicted = new int[tokens];
            Viterbi.Decode(emissions, _transitions, _allowed, _labels, predicted);
            var wrong = 0;
            for (var t = 0; t < tokens; t++)
            {
                var gold = _data._gold[firstToken + t];
                var guess = predicted[t];
                if (gold != guess)
                {
                    wrong++;
                    for (var f = _data._tokenStarts[firstToken + t]; f < _data._tokenStarts[firstToken + t + 1]; f++)
                    {
                        var id = _kept[_data._features[f]];
                        if (id < 0)
                            continue;
                        Update(_weights, _totals, _stamps, id * _labels + gold, 1);
                        Update(_weights, _totals, _stamps, id * _labels + guess, -1);
                    }
                }
                var goldFrom = t == 0 ? _labels : _data._gold[firstToken + t - 1];
                var guessFrom = t == 0 ? _labels : predicted[t - 1];
                if (goldFrom != guessFrom || gold != guess)
                {
                    Update(_transitions, _transitionTotals, _transitionStamps, goldFrom * _labels + gold, 1);
                    Update(_transitions, _transitionTotals, _transitionStamps, guessFrom * _labels + guess, -1);
                }
            }
            _step++;
            return wrong;
        }

        /// <summary>The weights averaged over every step so far, without the features whose weights are all near zero.</summary>
        public TrainedWeights Averaged(float prune)
        {
            var keys = new List<ulong>();
            var weights = new List<float>();
            var row = new float[_labels];
            for (var id = 0; id < KeptKeys.Length; id++)
            {
                var largest = 0f;
                for (var l = 0; l < _labels; l++)
                {
                    var i = id * _labels + l;
                    row[l] = Average(_weights[i], _totals[i], _stamps[i]);
                    largest = Math.Max(largest, Math.Abs(row[l]));
                }
                if (largest < prune || largest == 0)
                    continue;
                keys.Add(KeptKeys[id]);
                weights.AddRange(row);
            }
            var transitions = new float[_transitions.Length];
            for (var i = 0; i < transitions.Length; i++)
                transitions[i] = Average(_transitions[i], _transitionTotals[i], _transitionStamps[i]);
            return new TrainedWeights(_labelSet, [.. keys], [.. weights], transitions);
        }

        private float Average(float weight, double total, int stamp) => (float)((total + (double)(_step - stamp) * weight) / _step);

        private void Update(float[] weights, double[] totals, int[] stamps, int index, float delta)
        {
            totals[index] += (double)(_step - stamps[index]) * weights[index];
            stamps[index] = _step;
            weights[index] += delta;
        }
    }
}
