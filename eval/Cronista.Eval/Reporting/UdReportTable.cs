using System.Globalization;
using Cronista.Eval.Ud;
using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Prints a UD report as a table for people.</summary>
internal static class UdReportTable
{
    /// <summary>Writes one row per measure, then the error examples.</summary>
    public static void Write(IAnsiConsole console, UdReport report)
    {
        console.WriteLine($"{report.Gold} ({report.Language}, {report.Documents:N0} documents)");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("measure")
            .AddColumn(new TableColumn("P").RightAligned())
            .AddColumn(new TableColumn("R").RightAligned())
            .AddColumn(new TableColumn("F1 / accuracy").RightAligned())
            .AddColumn(new TableColumn("gold").RightAligned())
            .AddColumn(new TableColumn("pred").RightAligned());
        table.AddRow("tokens", F(report.Tokens.Precision), F(report.Tokens.Recall), $"[bold]{F(report.Tokens.F1)}[/]", N(report.Tokens.Gold), N(report.Tokens.Predicted));
        table.AddRow("sentences", F(report.Sentences.Precision), F(report.Sentences.Recall), $"[bold]{F(report.Sentences.F1)}[/]", N(report.Sentences.Gold), N(report.Sentences.Predicted));
        var joined = report.SentencesColonJoined;
        table.AddRow("sentences, colons joined", F(joined.Precision), F(joined.Recall), F(joined.F1), N(joined.Gold), N(joined.Predicted));
        table.AddRow("UPOS", "", "", report.Upos is { } upos ? F(upos.Value) : "n/a", report.Upos is { } u ? N(u.Total) : "", "");
        table.AddRow("lemmas", "", "", report.Lemmas is { } lemmas ? F(lemmas.Value) : "n/a", report.Lemmas is { } l ? N(l.Total) : "", "");
        console.Write(table);
        if (report.Upos is null)
            console.WriteLine("UPOS and lemmas: n/a, the analysis fills no words layer.");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysed in {report.Seconds:F2} s"));
        foreach (var group in report.Errors.GroupBy(e => e.Kind))
        {
            console.WriteLine($"{Label(group.Key)}:");
            foreach (var error in group)
                console.WriteLine($"  {error.Example}");
        }
    }

    private static string Label(UdErrorKind kind) => kind switch
    {
        UdErrorKind.MissedToken => "gold tokens not produced",
        UdErrorKind.MissedBoundary => "sentence ends missed",
        _ => "sentence ends made where the gold has none",
    };

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
