using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cronista.Cli;
using Cronista.Eval.Extraction;
using Cronista.Eval.Gate;
using Cronista.Extraction;

namespace Cronista.Tests.Eval;

/// <summary>The port of trafilatura's extraction benchmark: normalization, per-page counts, the checks on evaldata.json,
/// and the evaluator over a small corpus written to a temporary folder.</summary>
public sealed class ExtractionScorerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cronista-extraction-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static ExtractionItem Item(string[] with, string[] without) => new("key", "page.html", "page.html", [.. with], [.. without]);

    /// <summary>Writes evaldata.json into the temporary folder and returns the folder.</summary>
    private string Evaldata(string json)
    {
        File.WriteAllText(Path.Combine(_root, "evaldata.json"), json);
        return _root;
    }

    private void Page(string folder, string name, string html, bool gzip = false)
    {
        Directory.CreateDirectory(Path.Combine(_root, folder));
        var path = Path.Combine(_root, folder, gzip ? name + ".gz" : name);
        if (!gzip)
        {
            File.WriteAllText(path, html);
            return;
        }
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(Encoding.UTF8.GetBytes(html));
    }

    private EvaldataException ReadFails(string json)
    {
        Page("cache", "a.html", "<p>x</p>");
        return Assert.Throws<EvaldataException>(() => EvaldataReader.Read(Evaldata(json)));
    }

    // --- norm ---

    [Theory]
    [InlineData("  a  b\t\tc\n\nd  ", "a b c d")]
    [InlineData("a\u00A0\u2009\u3000b", "a b")] // no-break, thin and ideographic spaces
    [InlineData("a\u001Fb\u0085c\u2028d", "a b c d")] // separators Python counts as whitespace
    [InlineData("a\u200Bb", "a\u200Bb")] // a zero-width space is not whitespace for Python either
    [InlineData("\r\n\t ", "")]
    [InlineData("", "")]
    public void Norm_makes_every_whitespace_run_one_space_and_strips_the_ends(string text, string normalized)
    {
        Assert.Equal(normalized, ChunkText.Norm(text));
    }

    [Fact]
    public void Whitespace_is_exactly_the_set_Python_matches_with_backslash_s()
    {
        // [hex(i) for i in range(0x110000) if re.match(r"\s", chr(i))], Python 3.11 (Unicode 14).
        int[] python =
        [
            0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
            0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
            0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
        ];

        var dotnet = Enumerable.Range(0, 0x10000).Where(c => ChunkText.IsWhiteSpace((char)c));

        Assert.Equal(python, dotnet);
    }

    // --- count_item ---

    [Fact]
    public void A_snippet_counts_when_it_is_in_the_output_whatever_the_whitespace_on_either_side()
    {
        var item = Item(["Der Turm  der\nWünsche", "steht seit 1990."], ["Impressum", "Alle Rechte vorbehalten"]);
        const string output = "Der\u00A0Turm der Wünsche\n\nsteht seit\t1990. Mehr lesen.\nImpressum";

        var score = ExtractionScorer.Score(item, output);

        Assert.Equal(new ConfusionMatrix(2, 1, 0, 1), score.Counts);
        Assert.Empty(score.Missed);
        Assert.Equal(["Impressum"], score.Leaked.AsEnumerable());
    }

    [Fact]
    public void Matching_is_exact_otherwise_case_and_accents_count()
    {
        var item = Item(["Wünsche", "Turm"], ["impressum"]);

        var score = ExtractionScorer.Score(item, "Wunsche, turm. Impressum");

        Assert.Equal(new ConfusionMatrix(0, 0, 2, 1), score.Counts);
        Assert.Equal(["Wünsche", "Turm"], score.Missed.AsEnumerable());
    }

    [Fact]
    public void A_null_output_misses_every_text_snippet_and_keeps_out_every_boilerplate_one()
    {
        var item = Item(["eins", "zwei", "drei"], ["vier", "fünf"]);

        var none = ExtractionScorer.Score(item, null);
        var empty = ExtractionScorer.Score(item, "");

        Assert.Equal(new ConfusionMatrix(0, 0, 3, 2), none.Counts);
        Assert.Equal(["eins", "zwei", "drei"], none.Missed.AsEnumerable());
        Assert.Empty(none.Leaked);
        Assert.Equal(none.Counts, empty.Counts);
    }

    [Fact]
    public void A_snippet_split_across_a_line_break_in_the_output_is_still_found_but_not_one_with_a_word_glued()
    {
        var item = Item(["Ende des Satzes. Anfang"], []);

        Assert.Equal(1, ExtractionScorer.Score(item, "Ende des Satzes.\n\nAnfang des nächsten").Counts.TruePositives);
        Assert.Equal(0, ExtractionScorer.Score(item, "Ende des Satzes.Anfang des nächsten").Counts.TruePositives);
    }

    [Fact]
    public void Scores_are_the_reference_formulas_and_zero_on_an_empty_denominator()
    {
        var counts = new ConfusionMatrix(TruePositives: 6, FalsePositives: 2, FalseNegatives: 4, TrueNegatives: 8);

        Assert.Equal(6.0 / 8, counts.Precision, 12);
        Assert.Equal(6.0 / 10, counts.Recall, 12);
        Assert.Equal(14.0 / 20, counts.Accuracy, 12);
        Assert.Equal(2 * 0.75 * 0.6 / (0.75 + 0.6), counts.F1, 12);
        var nothingFound = new ConfusionMatrix(0, 0, 3, 3);
        Assert.Equal((0.0, 0.0, 0.5, 0.0), (nothingFound.Precision, nothingFound.Recall, nothingFound.Accuracy, nothingFound.F1));
        Assert.Equal((0.0, 0.0, 0.0, 0.0), (default(ConfusionMatrix).Precision, default(ConfusionMatrix).Recall, default(ConfusionMatrix).Accuracy, default(ConfusionMatrix).F1));
        Assert.Equal(new ConfusionMatrix(7, 2, 5, 9), counts + new ConfusionMatrix(1, 0, 1, 1));
    }

    // --- evaldata.json checks ---

    [Theory]
    [InlineData("""{ "u": { "file": "a.html", "with": ["eins  zwei", "eins zwei"], "without": ["x"] } }""", "duplicate entry in 'with'")]
    [InlineData("""{ "u": { "file": "a.html", "with": ["a"], "without": ["x", "x"] } }""", "duplicate entry in 'without'")]
    [InlineData("""{ "u": { "file": "a.html", "with": ["Der Turm der Wünsche"], "without": ["Turm  der"] } }""", "'Turm der' in 'without' also occurs inside 'with'")]
    [InlineData("""{ "u": { "file": "a.html", "with": [], "without": ["x"] } }""", "'with' must hold 1 to 6 chunks, found 0")]
    [InlineData("""{ "u": { "file": "a.html", "with": ["a"], "without": ["1", "2", "3", "4", "5", "6", "7"] } }""", "'without' must hold 1 to 6 chunks, found 7")]
    [InlineData("""{ "u": { "file": "a.html", "with": ["a", " \n "], "without": ["x"] } }""", "'with' must be a list of non-empty strings")]
    [InlineData("""{ "u": { "file": "a.html", "with": ["a", 3], "without": ["x"] } }""", "'with' must be a list of non-empty strings")]
    [InlineData("""{ "u": { "file": "a.html", "with": ["a"] } }""", "'without' must be a list of non-empty strings")]
    [InlineData("""{ "u": { "file": "", "with": ["a"], "without": ["x"] } }""", "u: missing or empty 'file'")]
    [InlineData("""{ "u": { "with": ["a"], "without": ["x"] } }""", "u: missing or empty 'file'")]
    [InlineData("""{ "u": ["a.html"] }""", "u: expected an object")]
    [InlineData("""{}""", "expected a non-empty object of annotations")]
    [InlineData("""[{ "file": "a.html" }]""", "expected a non-empty object of annotations")]
    [InlineData("""{ "u": { "file": "a.html", """, "not valid JSON")]
    public void A_malformed_corpus_is_refused_with_a_message_that_names_the_problem(string json, string message)
    {
        var error = ReadFails(json);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_failing_on_a_later_entry_names_that_entry()
    {
        var error = ReadFails("""
            {
              "https://example.org/good": { "file": "a.html", "with": ["a"], "without": ["x"] },
              "https://example.org/bad": { "file": "a.html", "with": ["a"], "without": [] }
            }
            """);

        Assert.Contains("https://example.org/bad: 'without' must hold 1 to 6 chunks, found 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_page_is_refused_after_every_entry_passed_its_checks()
    {
        Page("cache", "a.html", "<p>a</p>");

        var missing = Assert.Throws<EvaldataException>(() => EvaldataReader.Read(Evaldata("""
            { "u1": { "file": "a.html", "with": ["a"], "without": ["x"] }, "u2": { "file": "gone.html", "with": ["a"], "without": ["x"] } }
            """)));
        var invalidFirst = Assert.Throws<EvaldataException>(() => EvaldataReader.Read(Evaldata("""
            { "u1": { "file": "gone.html", "with": ["a"], "without": ["x"] }, "u2": { "file": "a.html", "with": ["a"], "without": [] } }
            """)));

        Assert.Contains("u2: HTML file not found: gone.html", missing.Message, StringComparison.Ordinal);
        Assert.Contains("u2: 'without' must hold", invalidFirst.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_evaldata_json_is_refused()
    {
        var error = Assert.Throws<EvaldataException>(() => EvaldataReader.Read(_root));

        Assert.Contains("has no evaldata.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_are_looked_for_in_cache_then_eval_each_as_named_then_gzipped()
    {
        Page("cache", "both.html", "<p>cache</p>");
        Page("eval", "both.html", "<p>eval</p>");
        Page("eval", "zipped.html", "<p>zipped</p>", gzip: true);
        Page("cache", "zipped.html", "<p>cache zipped</p>", gzip: true);
        Page("eval", "plain.html", "<p>plain</p>");

        Assert.Equal(Path.Combine(_root, "cache", "both.html"), CorpusFiles.Resolve(_root, "both.html"));
        Assert.Equal(Path.Combine(_root, "cache", "zipped.html.gz"), CorpusFiles.Resolve(_root, "zipped.html"));
        Assert.Equal(Path.Combine(_root, "eval", "plain.html"), CorpusFiles.Resolve(_root, "plain.html"));
        Assert.Null(CorpusFiles.Resolve(_root, "none.html"));
        Assert.Equal("<p>cache zipped</p>", Encoding.UTF8.GetString(CorpusFiles.Read(CorpusFiles.Resolve(_root, "zipped.html")!)));
    }

    [Fact]
    public void A_key_written_twice_keeps_its_first_place_and_its_last_value_as_Python_reads_it()
    {
        Page("cache", "a.html", "<p>a</p>");
        Page("cache", "b.html", "<p>b</p>");

        var corpus = EvaldataReader.Read(Evaldata("""
            {
              "u1": { "file": "a.html", "with": ["old"], "without": ["x"] },
              "u2": { "file": "b.html", "with": ["b"], "without": ["x"] },
              "u1": { "file": "a.html", "with": ["new"], "without": ["x"] }
            }
            """));

        Assert.Equal(["u1", "u2"], corpus.Items.Select(i => i.Key));
        Assert.Equal(["new"], corpus.Items[0].With.AsEnumerable());
    }

    // --- the evaluator ---

    private const string Corpus = """
        {
          "https://example.org/plain": {
            "file": "plain.html", "title": "not scored",
            "with": ["Erster Satz des Artikels.", "Letzter Satz des Artikels."],
            "without": ["Startseite", "Alle Rechte vorbehalten"]
          },
          "https://example.org/zipped": {
            "file": "zipped.html",
            "with": ["Il sindaco ha detto", "parola chiave mancante"],
            "without": ["Iscriviti alla newsletter"]
          },
          "hard::empty": { "file": "empty.html", "with": ["Kein Artikel hier"], "without": ["Menü"] },
          "hard::broken": { "file": "broken.html", "with": ["Texte"], "without": ["Pied de page"] }
        }
        """;

    private ExtractionCorpus WriteCorpus()
    {
        Page("cache", "plain.html", """
            <html><body><nav>Startseite</nav>
            <article><p>Erster Satz
              des Artikels.</p><p>Letzter Satz des Artikels.</p></article>
            <footer>Alle Rechte vorbehalten</footer></body></html>
            """);
        Page("eval", "zipped.html", """
            <html><body><article><p>Il sindaco ha detto:</p><aside>Iscriviti alla newsletter</aside></article></body></html>
            """, gzip: true);
        Page("cache", "empty.html", "<html><body><nav>Menü</nav></body></html>");
        Page("eval", "broken.html", "<html><body><p>BROKEN</p></body></html>");
        return EvaldataReader.Read(Evaldata(Corpus));
    }

    /// <summary>Stands in for the extractor: the text of the article element, tags removed; no article element is
    /// "no article", and a page that says BROKEN makes it throw.</summary>
    private static string? ArticleElement(Stream html)
    {
        var page = new StreamReader(html, Encoding.UTF8).ReadToEnd();
        if (page.Contains("BROKEN", StringComparison.Ordinal))
            throw new InvalidOperationException("parser gave up");
        var article = Regex.Match(page, "<article>(.*)</article>", RegexOptions.Singleline);
        if (!article.Success)
            throw new ExtractionException("no article element");
        return Regex.Replace(article.Groups[1].Value, "<[^>]+>", "\n");
    }

    [Fact]
    public void The_evaluator_scores_every_page_unzipping_gzipped_ones_and_counts_pages_without_an_article_and_crashes()
    {
        var report = new ExtractionEvaluator(ArticleElement).Evaluate(WriteCorpus(), threads: 1, examples: 5);

        // plain: 2 found, 2 kept out; zipped: 1 found, 1 missed, 1 leaked; empty: 1 missed, 1 kept out; broken: the same.
        Assert.Equal(new ConfusionMatrix(TruePositives: 3, FalsePositives: 1, FalseNegatives: 3, TrueNegatives: 4), report.Counts);
        Assert.Equal(
            [ExtractionOutcome.Extracted, ExtractionOutcome.Extracted, ExtractionOutcome.NoArticle, ExtractionOutcome.Crashed],
            report.Items.Select(i => i.Outcome));
        Assert.Equal((4, 6, 5), (report.Documents, report.WithChunks, report.WithoutChunks));
        Assert.Equal((1, 1), (report.NoArticle, report.Crashes));
        Assert.Equal("broken.html: InvalidOperationException: parser gave up", report.FirstCrash);
        Assert.Equal(["precision", "recall", "accuracy", "f1"], report.Metrics.Keys);
        Assert.Equal(0.75, report.Metrics["precision"], 12);
        Assert.Equal(0.5, report.Metrics["recall"], 12);
        Assert.Equal(7.0 / 11, report.Metrics["accuracy"], 12);
        Assert.Equal(0.6, report.Metrics["f1"], 12);
    }

    [Fact]
    public void Error_examples_list_snippets_of_extracted_pages_and_whole_pages_that_failed_in_page_order()
    {
        var report = new ExtractionEvaluator(ArticleElement).Evaluate(WriteCorpus(), threads: 2, examples: 5);

        Assert.Equal(
            [
                new ExtractionError(ExtractionErrorKind.Missed, "zipped.html", "parola chiave mancante"),
                new ExtractionError(ExtractionErrorKind.Leaked, "zipped.html", "Iscriviti alla newsletter"),
                new ExtractionError(ExtractionErrorKind.NoArticle, "empty.html", "no article element"),
                new ExtractionError(ExtractionErrorKind.Crashed, "broken.html", "InvalidOperationException: parser gave up"),
            ],
            report.Errors.AsEnumerable());
        Assert.Empty(new ExtractionEvaluator(ArticleElement).Evaluate(WriteCorpus(), threads: 1, examples: 0).Errors);
    }

    [Fact]
    public void Examples_keep_at_most_the_number_asked_for_of_each_kind()
    {
        Page("cache", "a.html", "<p>x</p>");
        var corpus = EvaldataReader.Read(Evaldata("""
            {
              "u1": { "file": "a.html", "with": ["m1", "m2", "m3"], "without": ["l1", "l2"] },
              "u2": { "file": "a.html", "with": ["m4"], "without": ["l3"] }
            }
            """));

        var report = new ExtractionEvaluator(_ => "l1 l2 l3").Evaluate(corpus, threads: 4, examples: 2);

        Assert.Equal(["m1", "m2"], report.Errors.Where(e => e.Kind == ExtractionErrorKind.Missed).Select(e => e.Text));
        Assert.Equal(["l1", "l2"], report.Errors.Where(e => e.Kind == ExtractionErrorKind.Leaked).Select(e => e.Text));
    }

    [Fact]
    public void Many_threads_give_the_same_counts_and_items_as_one()
    {
        var corpus = WriteCorpus();

        var one = new ExtractionEvaluator(ArticleElement).Evaluate(corpus, threads: 1, examples: 0);
        var four = new ExtractionEvaluator(ArticleElement).Evaluate(corpus, threads: 4, examples: 0);

        Assert.Equal(one.Counts, four.Counts);
        Assert.Equal(one.Items.Select(i => (i.Item.Key, i.Score.Counts)), four.Items.Select(i => (i.Item.Key, i.Score.Counts)));
    }

    [Fact]
    public void An_empty_output_counts_as_no_article()
    {
        Page("cache", "a.html", "<p>x</p>");
        var corpus = EvaldataReader.Read(Evaldata("""{ "u": { "file": "a.html", "with": ["x"], "without": ["y"] } }"""));

        var report = new ExtractionEvaluator(_ => "").Evaluate(corpus, threads: 1, examples: 1);

        Assert.Equal(1, report.NoArticle);
        Assert.Equal(new ConfusionMatrix(0, 0, 1, 1), report.Counts);
    }

    [Fact]
    public void A_page_that_cannot_be_unzipped_stops_the_run_with_its_name()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cache"));
        File.WriteAllText(Path.Combine(_root, "cache", "a.html.gz"), "not gzip at all");
        var corpus = EvaldataReader.Read(Evaldata("""{ "u": { "file": "a.html", "with": ["x"], "without": ["y"] } }"""));

        var error = Assert.Throws<EvaldataException>(() => new ExtractionEvaluator(_ => "x").Evaluate(corpus, threads: 1, examples: 0));

        Assert.Contains("a.html.gz: cannot read the page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_JSON_report_has_the_counts_the_metrics_and_the_examples()
    {
        var json = new ExtractionEvaluator(ArticleElement).Evaluate(WriteCorpus(), threads: 1, examples: 1).ToJson();

        Assert.Equal(4, (int?)json["documents"]);
        Assert.Equal(3, (int?)json["true_positives"]);
        Assert.Equal(1, (int?)json["no_article"]);
        Assert.Equal(0.6, (double?)json["metrics"]!["f1"]);
        Assert.Equal(["missed", "leaked", "no_article", "crashed"], json["errors"]!.AsArray().Select(e => (string?)e!["kind"]));
    }

    // --- the gate and the command ---

    private static BaselineEntry Entry(JsonObject settings) => new("extraction", "trafilatura", "f1", 0.0, settings);

    [Fact]
    public void The_gate_measures_the_four_figures_on_the_data_folder_under_the_shared_root()
    {
        var shared = Path.Combine(_root, "shared");
        var data = Path.Combine(shared, "extraction", "tests");
        Directory.CreateDirectory(Path.Combine(data, "cache"));
        File.WriteAllText(Path.Combine(data, "cache", "a.html"), "<p>x</p>");
        File.WriteAllText(Path.Combine(data, "evaldata.json"), """{ "u": { "file": "a.html", "with": ["found"], "without": ["y"] } }""");
        var gate = new ExtractionGateEvaluator(() => new ExtractionEvaluator(_ => "found"), threads: 1);

        var metrics = gate.Measure(Entry(new JsonObject { ["data"] = "extraction/tests" }), shared, CancellationToken.None);

        Assert.Equal("extraction", gate.Section);
        Assert.Equal([("accuracy", 1.0), ("f1", 1.0), ("precision", 1.0), ("recall", 1.0)], metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (m.Key, m.Value)));
    }

    [Fact]
    public void The_gate_asks_for_data_and_names_a_missing_folder()
    {
        var gate = new ExtractionGateEvaluator(() => throw new InvalidOperationException("must not be built"), threads: 1);

        var noSetting = Assert.Throws<BaselineException>(() => gate.Measure(Entry(new JsonObject()), _root, CancellationToken.None));
        var noFolder = Assert.Throws<BaselineException>(() => gate.Measure(Entry(new JsonObject { ["data"] = "nowhere" }), _root, CancellationToken.None));

        Assert.Contains("needs \"data\"", noSetting.Message, StringComparison.Ordinal);
        Assert.Contains("nowhere' not found", noFolder.Message, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Eval_extraction_on_a_missing_folder_is_a_usage_error_that_names_it()
    {
        var missing = Path.Combine(_root, "nowhere");

        var (exit, _, error) = Cli("eval", "extraction", "--data", missing);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"'{missing}' not found", error, StringComparison.Ordinal);
        Assert.Contains("--data", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_extraction_on_malformed_evaldata_is_a_usage_error_without_a_stack_trace()
    {
        Evaldata("""{ "https://example.org/x": { "file": "x.html", "with": ["a"], "without": ["a"] } }""");

        var (exit, _, error) = Cli("eval", "extraction", "--data", _root);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("https://example.org/x: 'a' in 'without' also occurs inside 'with'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_extraction_refuses_a_negative_number_of_examples()
    {
        var (exit, _, error) = Cli("eval", "extraction", "--data", Evaldata("{}"), "--errors", "-1");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--errors", error, StringComparison.Ordinal);
    }
}
