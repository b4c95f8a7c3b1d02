using System.Globalization;
using Cronista.Eval.Extraction;
using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Prints an extraction report as a table for people, beside trafilatura's published figures.</summary>
internal static class ExtractionReportTable
{
    /// <summary>Snippets longer than this are cut in the examples; the JSON keeps them whole.</summary>
    private const int SnippetLength = 100;

    /// <summary>Writes the scores, the reference row, the counts and speed, then the error examples.</summary>
    public static void Write(IAnsiConsole console, ExtractionReport report)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Data} ({report.Documents:N0} documents, {report.WithChunks:N0} text & {report.WithoutChunks:N0} boilerplate segments)"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("extractor")
            .AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned())
            .AddColumn(new TableColumn("accuracy").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned());
        var counts = report.Counts;
        table.AddRow("[bold]Cronista[/]", F(counts.Precision), F(counts.Recall), F(counts.Accuracy), $"[bold]{F(counts.F1)}[/]");
        // Published in trafilatura's docs/evaluation.rst (2026-08-04) for this same set of 990 pages.
        table.AddRow("trafilatura 2.2.0 (published)", "0.906", "0.943", "0.923", "0.924");
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"snippets: {counts.TruePositives:N0} found, {counts.FalseNegatives:N0} missed, {counts.FalsePositives:N0} leaked, {counts.TrueNegatives:N0} kept out"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"no article on {report.NoArticle:N0} pages, {report.Crashes:N0} crashed (both scored as empty output)"));
        if (report.FirstCrash is { } crash)
            console.WriteLine($"first crash: {crash}");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extracted in {report.Seconds:F2} s on {report.Threads} threads ({report.ExtractionSeconds:F2} s inside the extractor)"));
        foreach (var group in report.Errors.GroupBy(e => e.Kind))
        {
            console.WriteLine($"{Label(group.Key)}:");
            foreach (var error in group)
                console.WriteLine($"  {error.File}: {Shorten(error.Text)}");
        }
    }

    private static string Label(ExtractionErrorKind kind) => kind switch
    {
        ExtractionErrorKind.Missed => "article text missed",
        ExtractionErrorKind.Leaked => "boilerplate leaked",
        ExtractionErrorKind.NoArticle => "no article found",
        _ => "crashed",
    };

    /// <summary>The text on one line, cut to <see cref="SnippetLength"/> characters.</summary>
    private static string Shorten(string text)
    {
        var line = ChunkText.Norm(text);
        return line.Length <= SnippetLength ? line : string.Concat(line.AsSpan(0, SnippetLength), "…");
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
