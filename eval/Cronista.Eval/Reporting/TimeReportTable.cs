using System.Globalization;
using Cronista.Eval.Time;
using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Prints a TempEval-3 time-expression report for people: one row per folder and the total, then errors when asked.</summary>
internal static class TimeReportTable
{
    public static void Write(IAnsiConsole console, TimeReport report, int errors)
    {
        console.WriteLine($"{report.Gold} ({report.Files.Length} files)");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("files");
        foreach (var name in new[] { "gold", "system", "strict F1", "relaxed F1", "P", "R", "value F1", "type F1", "value acc", "type acc" })
            table.AddColumn(new TableColumn(name).RightAligned());
        foreach (var (group, counts) in report.Groups)
            AddRow(table, group, counts, bold: false);
        AddRow(table, "total", report.Total, bold: true);
        console.Write(table);
        if (errors <= 0)
            return;
        foreach (var kind in TimeReport.Kinds)
        {
            var shown = report.Errors(kind).Take(errors).ToList();
            if (shown.Count == 0)
                continue;
            console.WriteLine($"{kind} ({report.Errors(kind).Count()}):");
            foreach (var (file, pair) in shown)
                console.WriteLine("  " + TimeReport.Describe(file, pair));
        }
    }

    private static void AddRow(Table table, string name, TimexCounts c, bool bold)
    {
        string F(double value) => bold ? $"[bold]{value.ToString("0.0000", CultureInfo.InvariantCulture)}[/]" : value.ToString("0.0000", CultureInfo.InvariantCulture);
        table.AddRow(Markup.Escape(name), I(c.Gold), I(c.System), F(c.StrictF1), F(c.RelaxedF1), F(c.RelaxedPrecision), F(c.RelaxedRecall),
            F(c.ValueF1), F(c.TypeF1), F(c.ValueAccuracy), F(c.TypeAccuracy));
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
