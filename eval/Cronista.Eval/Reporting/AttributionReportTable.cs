using Cronista.Eval.Attributions;
using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Prints an attribution report for people: precision, recall and F1 per subset, role and matching.</summary>
internal static class AttributionReportTable
{
    public static void Write(IAnsiConsole console, AttributionReport report)
    {
        console.WriteLine($"{report.Gold} ({report.Documents} documents)");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("subset").AddColumn("role").AddColumn("matching")
            .AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned())
            .AddColumn(new TableColumn("gold").RightAligned())
            .AddColumn(new TableColumn("predicted").RightAligned());
        foreach (var ((subset, role, matching), counts) in report.Counts.OrderBy(c => c.Key))
        {
            table.AddRow(subset, role.ToString().ToLowerInvariant(), matching, AttributionReport.Figure(counts.Precision),
                AttributionReport.Figure(counts.Recall), $"[bold]{AttributionReport.Figure(counts.F1)}[/]", counts.Gold.ToString(), counts.Predicted.ToString());
        }
        console.Write(table);
    }
}
