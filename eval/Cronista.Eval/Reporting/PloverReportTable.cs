using System.Globalization;
using Cronista.Eval.Events;
using Spectre.Console;

namespace Cronista.Eval.Reporting;

/// <summary>Prints a PLOVER score for people: the accuracies, the type accuracy per gold type and, on request, every miss.</summary>
internal static class PloverReportTable
{
    public static void Write(IAnsiConsole console, string gold, PloverScore score, bool misses)
    {
        console.WriteLine($"{gold} ({score.Records} records)");
        var figures = new Table().Border(TableBorder.Rounded).AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (name, value) in score.Metrics)
            figures.AddRow(name, $"[bold]{Figure(value)}[/]");
        console.Write(figures);
        var types = new Table().Border(TableBorder.Rounded).AddColumn("gold type")
            .AddColumn(new TableColumn("records").RightAligned()).AddColumn(new TableColumn("type right").RightAligned());
        foreach (var (type, records, right) in score.ByType())
            types.AddRow(type, records.ToString(CultureInfo.InvariantCulture), Figure((double)right / records));
        console.Write(types);
        if (!misses)
            return;
        var wrong = new Table().Border(TableBorder.Simple).AddColumn("id").AddColumn("type (gold → coded)")
            .AddColumn("source (gold → coded)").AddColumn("target (gold → coded)");
        foreach (var o in score.Outcomes.Where(o => !o.AllRight))
        {
            wrong.AddRow(Markup.Escape(o.Id), Mark(o.TypeRight, $"{o.GoldType} → {o.Type ?? "-"}"),
                Mark(o.SourceRight, $"{o.GoldSource} → {o.Source}"), Mark(o.TargetRight, $"{o.GoldTarget} → {o.Target}"));
        }
        console.Write(wrong);
    }

    private static string Mark(bool right, string text) => right ? Markup.Escape(text) : $"[red]{Markup.Escape(text)}[/]";

    private static string Figure(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
