using System.Globalization;
using Cronista.Eval.Ner;
using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Prints a NER report as a table for people.</summary>
internal static class NerReportTable
{
    /// <summary>Writes the report: one row per type, micro and macro rows, then counts and speed.</summary>
    public static void Write(IAnsiConsole console, NerReport report)
    {
        var scores = report.Scores;
        console.WriteLine(
            $"{report.Gold} ({NerFormats.NameOf(report.Format)}, {report.Language}, demonyms: {DemonymPolicies.NameOf(report.Demonyms)})");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("type")
            .AddColumn(new TableColumn("ent P").RightAligned())
            .AddColumn(new TableColumn("ent R").RightAligned())
            .AddColumn(new TableColumn("ent F1").RightAligned())
            .AddColumn(new TableColumn("gold").RightAligned())
            .AddColumn(new TableColumn("pred").RightAligned())
            .AddColumn(new TableColumn("tok P").RightAligned())
            .AddColumn(new TableColumn("tok R").RightAligned())
            .AddColumn(new TableColumn("tok F1").RightAligned())
            .AddColumn(new TableColumn("tok gold").RightAligned());
        foreach (var type in scores.Types)
        {
            var e = scores.Entity.PerType[type];
            var t = scores.Token.PerType[type];
            table.AddRow(type, F(e.Precision), F(e.Recall), F(e.F1), N(e.Gold), N(e.Predicted), F(t.Precision), F(t.Recall), F(t.F1), N(t.Gold));
        }
        var em = scores.Entity.Micro;
        var tm = scores.Token.Micro;
        table.AddRow("[bold]micro[/]", F(em.Precision), F(em.Recall), $"[bold]{F(em.F1)}[/]", N(em.Gold), N(em.Predicted), F(tm.Precision), F(tm.Recall), $"[bold]{F(tm.F1)}[/]", N(tm.Gold));
        var macro = scores.Token.Macro;
        table.AddRow("token macro", "", "", "", "", "", F(macro.Precision), F(macro.Recall), F(macro.F1), "");
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Documents:N0} documents, {report.Sentences:N0} sentences, {report.Tokens:N0} tokens in {report.Seconds:F2} s: {report.TokensPerSecond:N0} tokens/s"));
        if (report.FailedDocuments > 0)
            console.WriteLine($"{report.FailedDocuments} documents failed and scored as empty; first: {report.FirstError}");
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
