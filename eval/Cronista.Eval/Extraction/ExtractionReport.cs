using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Cronista.Eval.Extraction;

/// <summary>What became of one page.</summary>
internal enum ExtractionOutcome
{
    /// <summary>The extractor returned text, which was scored.</summary>
    Extracted,

    /// <summary>The extractor found no article (it said so, or returned no text); scored as an empty output.</summary>
    NoArticle,

    /// <summary>The extractor threw; scored as an empty output, as the reference scores a library that fails.</summary>
    Crashed,
}

/// <summary>One page's result.</summary>
/// <param name="Item">The page and its annotation.</param>
/// <param name="Outcome">Whether text came back.</param>
/// <param name="Score">Its snippet counts and which snippets were missed or leaked.</param>
/// <param name="Seconds">Time spent in the extractor on this page (not reading or scoring it).</param>
/// <param name="Message">Why there was no article, or what was thrown.</param>
internal sealed record ExtractionItemResult(ExtractionItem Item, ExtractionOutcome Outcome, ItemScore Score, double Seconds, string? Message);

/// <summary>What kind of mistake an example shows.</summary>
internal enum ExtractionErrorKind
{
    /// <summary>A "with" snippet missing from text that was extracted.</summary>
    Missed,

    /// <summary>A "without" snippet found in the extracted text.</summary>
    Leaked,

    /// <summary>A page where the extractor found no article.</summary>
    NoArticle,

    /// <summary>A page where the extractor threw.</summary>
    Crashed,
}

/// <summary>One example of a mistake.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="File">The page's file as evaldata.json names it.</param>
/// <param name="Text">The snippet as annotated, or the message.</param>
internal sealed record ExtractionError(ExtractionErrorKind Kind, string File, string Text);

/// <summary>The outcome of scoring an extractor on trafilatura's benchmark.</summary>
/// <param name="Data">The evaldata.json scored.</param>
/// <param name="Counts">Snippet counts summed over every page.</param>
/// <param name="Threads">Pages extracted at once.</param>
/// <param name="Warm">Whether every page was extracted once, untimed, before the scored pass.</param>
/// <param name="Seconds">Wall-clock time of the whole run, reading and scoring included.</param>
/// <param name="Items">Every page's result, in evaldata.json order.</param>
/// <param name="Errors">Examples of mistakes, in page order, at most the number asked for of each kind.</param>
internal sealed record ExtractionReport(
    string Data,
    ConfusionMatrix Counts,
    int Threads,
    bool Warm,
    double Seconds,
    ImmutableArray<ExtractionItemResult> Items,
    ImmutableArray<ExtractionError> Errors)
{
    /// <summary>Pages scored.</summary>
    public int Documents => Items.Length;

    /// <summary>"with" snippets over all pages.</summary>
    public int WithChunks => Items.Sum(i => i.Item.With.Length);

    /// <summary>"without" snippets over all pages.</summary>
    public int WithoutChunks => Items.Sum(i => i.Item.Without.Length);

    /// <summary>Pages where no article was found (the reference's "skipped instances").</summary>
    public int NoArticle => Items.Count(i => i.Outcome == ExtractionOutcome.NoArticle);

    /// <summary>Pages where the extractor threw (the reference's "errors").</summary>
    public int Crashes => Items.Count(i => i.Outcome == ExtractionOutcome.Crashed);

    /// <summary>The first page that crashed and what it threw, or null.</summary>
    public string? FirstCrash => Items.FirstOrDefault(i => i.Outcome == ExtractionOutcome.Crashed) is { } crash
        ? $"{crash.Item.File}: {crash.Message}"
        : null;

    /// <summary>Time spent inside the extractor, summed over pages: what the reference times, so it does not depend on
    /// the thread count the way <see cref="Seconds"/> does.</summary>
    public double ExtractionSeconds => Items.Sum(i => i.Seconds);

    /// <summary>Every figure by a flat name, for floors in eval/baseline.json.</summary>
    /// <remarks>The four columns of the reference's results table; speed is not among them, it depends on the machine.</remarks>
    public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["precision"] = Counts.Precision,
        ["recall"] = Counts.Recall,
        ["accuracy"] = Counts.Accuracy,
        ["f1"] = Counts.F1,
    };

    /// <summary>The report as one JSON object with snake_case fields, for other tools; examples only when asked for.</summary>
    public JsonObject ToJson()
    {
        var metrics = new JsonObject();
        foreach (var (name, value) in Metrics)
            metrics[name] = Math.Round(value, 4);
        var json = new JsonObject
        {
            ["data"] = Data,
            ["documents"] = Documents,
            ["with_chunks"] = WithChunks,
            ["without_chunks"] = WithoutChunks,
            ["true_positives"] = Counts.TruePositives,
            ["false_positives"] = Counts.FalsePositives,
            ["false_negatives"] = Counts.FalseNegatives,
            ["true_negatives"] = Counts.TrueNegatives,
            ["no_article"] = NoArticle,
            ["crashes"] = Crashes,
            ["first_crash"] = FirstCrash,
            ["threads"] = Threads,
            ["warm"] = Warm,
            ["seconds"] = Math.Round(Seconds, 3),
            ["extraction_seconds"] = Math.Round(ExtractionSeconds, 3),
            ["metrics"] = metrics,
        };
        if (Errors.Length > 0)
        {
            json["errors"] = new JsonArray([.. Errors.Select(e => (JsonNode)new JsonObject
            {
                ["kind"] = KindName(e.Kind),
                ["file"] = e.File,
                ["text"] = e.Text,
            })]);
        }
        return json;
    }

    /// <summary>The kind's name in JSON.</summary>
    public static string KindName(ExtractionErrorKind kind) => kind switch
    {
        ExtractionErrorKind.Missed => "missed",
        ExtractionErrorKind.Leaked => "leaked",
        ExtractionErrorKind.NoArticle => "no_article",
        _ => "crashed",
    };
}
