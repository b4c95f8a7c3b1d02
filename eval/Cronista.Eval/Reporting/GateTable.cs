using System.Globalization;
using Cronista.Eval.Gate;
using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Prints the quality gate's outcome as a table for people.</summary>
internal static class GateTable
{
    /// <summary>Writes one row per floor, then the errors in full.</summary>
    public static void Write(IAnsiConsole console, GateOutcome outcome)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("evaluation")
            .AddColumn("metric")
            .AddColumn(new TableColumn("floor").RightAligned())
            .AddColumn(new TableColumn("measured").RightAligned())
            .AddColumn("result");
        foreach (var row in outcome.Rows)
        {
            var result = row.Status switch
            {
                GateStatus.Pass when row.RaisedFloor is { } raised => $"[green]pass[/] (floor raised to {F(raised)})",
                GateStatus.Pass => "[green]pass[/]",
                GateStatus.Fail => "[red]FAIL[/]",
                _ => "[red]ERROR[/]",
            };
            table.AddRow(Markup.Escape(row.Entry.FullName), Markup.Escape(row.Entry.Metric), F(row.Entry.Floor), row.Measured is { } m ? F(m) : "-", result);
        }
        console.Write(table);
        foreach (var row in outcome.Rows.Where(r => r.Message is not null))
            console.WriteLine($"{row.Entry.FullName}: {row.Message}");
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
