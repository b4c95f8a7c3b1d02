using System.Globalization;
using Cronista.Eval.Extraction;
using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Prints a publication-date report for people: the counts, then every failure.</summary>
internal static class PageDateReportTable
{
    public static void Write(IAnsiConsole console, PageDateReport report)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Gold} ({report.Results.Length} pages, {report.Dated} with a date, {report.Undated} without)"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("accuracy").RightAligned())
            .AddColumn(new TableColumn("correct").RightAligned())
            .AddColumn(new TableColumn("wrong").RightAligned())
            .AddColumn(new TableColumn("missing").RightAligned())
            .AddColumn(new TableColumn("date for 'none'").RightAligned());
        table.AddRow($"[bold]{report.Accuracy.ToString("0.0000", CultureInfo.InvariantCulture)}[/]",
            I(report.Correct), I(report.Wrong), I(report.Missing), I(report.Spurious));
        console.Write(table);
        foreach (var failure in report.Failures)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {PageDateReport.OutcomeName(failure.Outcome),-8} {failure.Gold.File}: gold {PageDateReport.Written(failure.Gold.Published)}, predicted {PageDateReport.Written(failure.Predicted)} ({failure.Gold.Evidence})"));
        }
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
