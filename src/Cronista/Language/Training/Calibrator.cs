namespace Cronista.Language.Training;

/// <summary>Fits the numbers that turn a model's scores into decisions, on held-out text and on text in other languages.</summary>
internal static class Calibrator
{
    /// <summary>Texts with fewer letters are "und": a name or two short words are not evidence of a language.</summary>
    public const int MinLetters = 6;

    /// <summary>The share of held-out text in a known language the "und" threshold may reject.</summary>
    public const double MaxFalseUndetermined = 0.01;

    /// <summary>Calibrates the model on held-out sentences in its languages and on examples in other languages.</summary>
    /// <remarks>
    /// The temperature minimises the negative log-likelihood of the true language on held-out text. The "und" threshold
    /// has two parts, a margin and a noise allowance that shrinks with the square root of the text's n-gram count; the grid
    /// search keeps the pair that calls the most texts in other languages "und" while calling at most
    /// <see cref="MaxFalseUndetermined"/> of held-out text "und" (whole sentences and their first 50 and 20 characters).
    /// </remarks>
    public static LanguageCalibration Fit(LanguageModel model, IReadOnlyList<LabelledText> heldOut, IReadOnlyList<LabelledText> unsupported, TextWriter log)
    {
        var languages = model.Languages;
        var mean = new double[languages.Count];
        var std = new double[languages.Count];
        for (var l = 0; l < languages.Count; l++)
        {
            var values = heldOut.Where(t => t.Language == languages[l])
                .SelectMany(t => model.NgramLogProbs(LanguageEvidence.Extract(t.Text).Evidence, l)).ToList();
            mean[l] = values.Average();
            std[l] = Math.Sqrt(values.Sum(v => (v - mean[l]) * (v - mean[l])) / values.Count);
        }
        var provisional = new LanguageCalibration(MinLetters, 1, mean, std, double.PositiveInfinity, 0);
        var known = Score(model, Snippets(heldOut), provisional);
        var other = Score(model, Snippets(unsupported), provisional);
        var temperature = FitTemperature(known);
        var (margin, noise) = FitThreshold(known, other);
        var calibration = provisional with { Temperature = temperature, Margin = margin, Noise = noise };
        log.WriteLine($"Calibration on {known.Count} held-out texts (sentences and their first 50 and 20 characters) and {other.Count} in other languages:");
        log.WriteLine($"  temperature {temperature:F2}; \"und\" below a deviation of -({margin:F2} + {noise:F2} / sqrt(n-grams))");
        foreach (var kind in new[] { "sentence", "50 chars", "20 chars" })
        {
            var inKind = known.Where(s => s.Kind == kind).ToList();
            var outKind = other.Where(s => s.Kind == kind).ToList();
            log.WriteLine($"  {kind}: held-out made und {Share(inKind, s => s.Deviation < calibration.MinDeviation(s.Ngrams))}, other languages made und {Share(outKind, s => s.Deviation < calibration.MinDeviation(s.Ngrams))}");
        }
        return calibration;
    }

    /// <summary>Each text whole, and its first 50 and 20 characters when it is longer.</summary>
    internal static IEnumerable<(string Kind, LabelledText Text)> Snippets(IEnumerable<LabelledText> texts)
    {
        foreach (var text in texts)
        {
            yield return ("sentence", text);
            foreach (var length in new[] { 50, 20 })
            {
                if (text.Text.Length > length)
                    yield return ($"{length} chars", text with { Text = text.Text[..length] });
            }
        }
    }

    /// <summary>A text's scores: its true language's index (-1 for other languages), its n-gram count, and its deviation under the best language.</summary>
    private sealed record ScoredText(string Kind, int Truth, double[] LogLikelihood, int Ngrams, double Deviation);

    private static List<ScoredText> Score(LanguageModel model, IEnumerable<(string Kind, LabelledText Text)> texts, LanguageCalibration calibration)
    {
        var scored = new List<ScoredText>();
        var languages = model.Languages.ToList();
        foreach (var (kind, text) in texts)
        {
            var (evidence, letters) = LanguageEvidence.Extract(text.Text);
            if (letters < calibration.MinLetters)
                continue;
            var (logLikelihood, ngrams) = model.Score(evidence);
            var best = Array.IndexOf(logLikelihood, logLikelihood.Max());
            scored.Add(new ScoredText(kind, languages.IndexOf(text.Language), logLikelihood, ngrams, calibration.Deviation(best, logLikelihood[best], ngrams)));
        }
        return scored;
    }

    /// <summary>The temperature that minimises the negative log-likelihood of the true languages (golden-section search on its logarithm).</summary>
    private static double FitTemperature(IReadOnlyList<ScoredText> known)
    {
        double Loss(double logT)
        {
            var t = Math.Exp(logT);
            var loss = 0.0;
            foreach (var item in known)
                loss -= Math.Log(Math.Max(1e-12, LanguageDetector.Posterior(item.LogLikelihood, item.Truth, t)));
            return loss / known.Count;
        }
        var (lo, hi) = (0.0, Math.Log(1000));
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 60; i++)
        {
            var a = hi - ratio * (hi - lo);
            var b = lo + ratio * (hi - lo);
            if (Loss(a) < Loss(b))
                hi = b;
            else
                lo = a;
        }
        return Math.Round(Math.Exp((lo + hi) / 2), 3);
    }

    /// <summary>The margin and noise allowance (on a grid of 0.01 and 0.1) that reject the most other-language texts within the false "und" budget.</summary>
    private static (double Margin, double Noise) FitThreshold(IReadOnlyList<ScoredText> known, IReadOnlyList<ScoredText> other)
    {
        var best = (Margin: 1.0, Noise: 10.0, Accepted: int.MaxValue, Rejected: 0);
        for (var m = 0; m <= 60; m++)
        {
            for (var n = 0; n <= 100; n++)
            {
                var (margin, noise) = (m / 100.0, n / 10.0);
                var rejected = known.Count(s => s.Deviation < -(margin + noise / Math.Sqrt(s.Ngrams)));
                if (rejected > MaxFalseUndetermined * known.Count)
                    continue;
                var accepted = other.Count(s => s.Deviation >= -(margin + noise / Math.Sqrt(s.Ngrams)));
                if (accepted < best.Accepted || accepted == best.Accepted && rejected < best.Rejected)
                    best = (margin, noise, accepted, rejected);
            }
        }
        return (best.Margin, best.Noise);
    }

    private static string Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? "n/a" : $"{items.Count(predicate) / (double)items.Count:P1} of {items.Count}";
}
