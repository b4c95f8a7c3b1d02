using System.Diagnostics;
using System.Globalization;

namespace Cronista.Language.Training;

/// <summary>Measures a detector: accuracy and confusion per language on whole sentences and short prefixes, and throughput.</summary>
internal static class LanguageIdEvaluation
{
    /// <summary>Writes Markdown tables: accuracy per language and kind of text, and one confusion matrix per kind.</summary>
    /// <remarks>Sentences no longer than a prefix are counted whole in that prefix's rows, so every kind has every sentence.</remarks>
    public static void Accuracy(LanguageDetector detector, IReadOnlyList<LabelledText> texts, TextWriter output)
    {
        var languages = detector.Model.Languages;
        var minLetters = detector.Model.Calibration.MinLetters;
        var columns = languages.Append(Core.SupportedLanguages.Undetermined).ToList();
        var kinds = new[] { ("sentence", int.MaxValue), ("50 chars", 50), ("20 chars", 20) };
        var results = kinds.ToDictionary(k => k.Item1, _ => new List<(string Truth, string Predicted, bool Enough)>());
        foreach (var text in texts)
        {
            foreach (var (kind, length) in kinds)
            {
                var snippet = text.Text.Length > length ? text.Text[..length] : text.Text;
                var enough = LanguageEvidence.Extract(snippet).Letters >= minLetters;
                results[kind].Add((text.Language, detector.Detect(snippet).Language, enough));
            }
        }
        output.WriteLine("| text | " + string.Join(" | ", languages) + " | all | all, texts with " + minLetters + "+ letters |");
        output.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", languages.Count + 2)));
        foreach (var (kind, _) in kinds)
        {
            var items = results[kind];
            var row = languages.Select(l => Percent(items.Count(i => i.Truth == l && i.Predicted == l), items.Count(i => i.Truth == l)));
            var all = Percent(items.Count(i => i.Truth == i.Predicted), items.Count);
            var enough = Percent(items.Count(i => i.Enough && i.Truth == i.Predicted), items.Count(i => i.Enough));
            output.WriteLine($"| {kind} | {string.Join(" | ", row)} | {all} | {enough} |");
        }
        output.WriteLine();
        foreach (var (kind, _) in kinds)
        {
            var items = results[kind];
            output.WriteLine($"Confusion, {kind} (rows: true language, columns: detected; \"short\": of the und, texts with fewer than {minLetters} letters):");
            output.WriteLine();
            output.WriteLine("| true \\ detected | " + string.Join(" | ", columns) + " | short | n |");
            output.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", columns.Count + 2)));
            foreach (var truth in languages)
            {
                var own = items.Where(i => i.Truth == truth).ToList();
                var counts = columns.Select(p => own.Count(i => i.Predicted == p).ToString(CultureInfo.InvariantCulture));
                output.WriteLine($"| {truth} | {string.Join(" | ", counts)} | {own.Count(i => !i.Enough)} | {own.Count} |");
            }
            output.WriteLine();
        }
    }

    /// <summary>Writes how often text in other languages is called "und", per language, whole and in 50-character prefixes.</summary>
    public static void Rejection(LanguageDetector detector, IReadOnlyList<LabelledText> texts, TextWriter output)
    {
        output.WriteLine("| language | texts | und (whole) | und (first 50 chars) | detected as |");
        output.WriteLine("|---|---:|---:|---:|---|");
        foreach (var group in texts.GroupBy(t => t.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var whole = group.Select(t => detector.Detect(t.Text).Language).ToList();
            var prefix = group.Select(t => detector.Detect(t.Text[..Math.Min(50, t.Text.Length)]).Language).ToList();
            var wrong = whole.Concat(prefix).Where(l => l != Core.SupportedLanguages.Undetermined)
                .GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            output.WriteLine($"| {group.Key} | {whole.Count} | {Percent(whole.Count(IsUnd), whole.Count)} | {Percent(prefix.Count(IsUnd), prefix.Count)} | {string.Join(", ", wrong)} |");
        }
        output.WriteLine();

        static bool IsUnd(string language) => language == Core.SupportedLanguages.Undetermined;
    }

    /// <summary>Documents of about 2,000 characters a second, over articles made of consecutive test sentences.</summary>
    public static double Throughput(LanguageDetector detector, IReadOnlyList<LabelledText> texts, int articleLength = 2000)
    {
        var articles = new List<string>();
        foreach (var group in texts.GroupBy(t => t.Language))
        {
            var article = new System.Text.StringBuilder();
            foreach (var text in group)
            {
                article.Append(text.Text).Append(' ');
                if (article.Length >= articleLength)
                {
                    articles.Add(article.ToString(0, articleLength));
                    article.Clear();
                }
            }
        }
        _ = detector.Detect(articles[0]);
        var watch = Stopwatch.StartNew();
        var done = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var article in articles)
                _ = detector.Detect(article);
            done += articles.Count;
        }
        return done / watch.Elapsed.TotalSeconds;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture);
}
