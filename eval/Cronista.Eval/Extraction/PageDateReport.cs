using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Cronista.Eval.Extraction;

/// <summary>How one page's predicted publication date compares with the gold.</summary>
internal enum PageDateOutcome
{
    /// <summary>The same day as the gold.</summary>
    Correct,

    /// <summary>A different day.</summary>
    Wrong,

    /// <summary>The gold has a date and none was predicted.</summary>
    Missing,

    /// <summary>The gold says the page shows no date, and one was predicted.</summary>
    Spurious,

    /// <summary>Neither the gold nor the prediction has a date.</summary>
    CorrectNone,
}

/// <summary>One scored page.</summary>
/// <param name="Gold">The gold entry.</param>
/// <param name="Predicted">The date the extractor read, if any.</param>
/// <param name="Outcome">How they compare.</param>
internal sealed record PageDateResult(PageDateGoldItem Gold, DateOnly? Predicted, PageDateOutcome Outcome)
{
    /// <summary>The outcome of a prediction against a gold date.</summary>
    public static PageDateOutcome Compare(DateOnly? gold, DateOnly? predicted) => (gold, predicted) switch
    {
        (null, null) => PageDateOutcome.CorrectNone,
        (null, _) => PageDateOutcome.Spurious,
        (_, null) => PageDateOutcome.Missing,
        _ => gold == predicted ? PageDateOutcome.Correct : PageDateOutcome.Wrong,
    };
}

/// <summary>Publication dates scored to the day over a gold list of pages.</summary>
/// <param name="Gold">The gold file read.</param>
/// <param name="Results">One result per gold page, in gold order.</param>
internal sealed record PageDateReport(string Gold, ImmutableArray<PageDateResult> Results)
{
    /// <summary>Pages whose gold has a date: the denominator of <see cref="Accuracy"/>.</summary>
    public int Dated => Results.Count(r => r.Gold.Published is not null);

    /// <summary>Pages the gold says show no date.</summary>
    public int Undated => Results.Length - Dated;

    public int Correct => Count(PageDateOutcome.Correct);

    public int Wrong => Count(PageDateOutcome.Wrong);

    public int Missing => Count(PageDateOutcome.Missing);

    public int Spurious => Count(PageDateOutcome.Spurious);

    /// <summary>Right to the day over dated pages; a missing prediction counts as wrong.</summary>
    public double Accuracy => Dated == 0 ? 0 : (double)Correct / Dated;

    /// <summary>Every page that is not right: wrong, missing and spurious dates.</summary>
    public IEnumerable<PageDateResult> Failures =>
        Results.Where(r => r.Outcome is not (PageDateOutcome.Correct or PageDateOutcome.CorrectNone));

    /// <summary>Every figure by a flat name, for floors in eval/baseline.json.</summary>
    public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["accuracy"] = Accuracy,
        // Share of undated pages left undated: a rule that guesses a date everywhere loses here.
        ["none_accuracy"] = Undated == 0 ? 1 : (double)Count(PageDateOutcome.CorrectNone) / Undated,
    };

    /// <summary>The report as one JSON object with snake_case fields.</summary>
    public JsonObject ToJson()
    {
        var metrics = new JsonObject();
        foreach (var (name, value) in Metrics)
            metrics[name] = Math.Round(value, 4);
        return new JsonObject
        {
            ["gold"] = Gold,
            ["pages"] = Results.Length,
            ["dated"] = Dated,
            ["undated"] = Undated,
            ["correct"] = Correct,
            ["wrong"] = Wrong,
            ["missing"] = Missing,
            ["spurious"] = Spurious,
            ["metrics"] = metrics,
            ["failures"] = new JsonArray([.. Failures.Select(f => (JsonNode)new JsonObject
            {
                ["file"] = f.Gold.File,
                ["outcome"] = OutcomeName(f.Outcome),
                ["gold"] = Written(f.Gold.Published),
                ["predicted"] = Written(f.Predicted),
                ["evidence"] = f.Gold.Evidence,
            })]),
        };
    }

    /// <summary>The outcome's name in JSON and tables.</summary>
    public static string OutcomeName(PageDateOutcome outcome) => outcome switch
    {
        PageDateOutcome.Correct => "correct",
        PageDateOutcome.Wrong => "wrong",
        PageDateOutcome.Missing => "missing",
        PageDateOutcome.Spurious => "spurious",
        _ => "correct_none",
    };

    /// <summary>A date as the gold file writes it.</summary>
    public static string Written(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private int Count(PageDateOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
