using System.Globalization;
using Cronista.Output;
using Spectre.Console;
using Plain = Spectre.Console.Text;
using Spectre.Console.Rendering;

namespace Cronista.Cli.Rendering;

/// <summary>The report a person reads for one document: who and what it mentions, what is quoted and claimed, and the events.</summary>
internal static class DocumentReport
{
    private const string ChainArrow = " ← ";

    public static void Write(IAnsiConsole console, DocumentRecord record)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(record.Title ?? record.Source)}[/]") { Justification = Justify.Left });
        Header(console, record);
        console.WriteLine();
        var names = record.Entities.ToDictionary(e => e.Id, e => e.Canonical, StringComparer.Ordinal);
        Section(console, "Entities", record.Entities.Count, () => Entities(record));
        Section(console, "Dates", record.Times.Count, () => Times(record));
        Section(console, "Amounts", record.Amounts.Count, () => Amounts(record));
        Section(console, "Quotes", record.Quotes.Count, () => Quotes(record, names));
        Section(console, "Claims", record.Claims.Count, () => Claims(record));
        Section(console, "Events", record.Events.Count, () => Events(record));
    }

    /// <summary>A source chain as people write it, outermost first: "swissinfo.ch ← Keystone-ATS ← KCNA".</summary>
    public static string Chain(IReadOnlyList<string> chain) => chain.Count == 0 ? "" : string.Join(ChainArrow, chain);

    private static void Header(IAnsiConsole console, DocumentRecord record)
    {
        void Row(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                console.MarkupLine($"[dim]{label,-10}[/] {Markup.Escape(value)}");
        }
        Row("id", record.Id);
        Row("source", record.Source);
        Row("title", record.Title);
        Row("url", record.Url);
        Row("publisher", record.Publisher ?? "unknown");
        Row("agency", record.Agency ?? "none credited");
        Row("published", record.Published ?? "unknown");
        Row("language", record.Language is null ? "unknown" : record.LanguageMethod is null ? record.Language : $"{record.Language} ({record.LanguageMethod})");
    }

    private static void Section(IAnsiConsole console, string name, int count, Func<IRenderable> body)
    {
        if (count == 0)
        {
            console.MarkupLine($"[bold]{name}[/]: none found");
            return;
        }
        // The simple border ends the table with a blank line, which separates it from the next section.
        console.MarkupLine($"[bold]{name}[/] ({count})");
        console.Write(body());
    }

    private static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        return table;
    }

    private static void AddRow(Table table, params string?[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Plain(c ?? "")).ToArray());

    private static Table Entities(DocumentRecord record)
    {
        var table = NewTable("Entity", "Type", "Mentions");
        foreach (var entity in record.Entities)
        {
            var forms = entity.Mentions
                .GroupBy(m => m.Text, StringComparer.Ordinal)
                .Select(g => g.Count() > 1 ? $"{g.Key} ×{g.Count()}" : g.Key);
            var type = entity.Subtype is null ? entity.Type : $"{entity.Type} ({entity.Subtype})";
            AddRow(table, entity.Canonical, type, string.Join(", ", forms));
        }
        return table;
    }

    private static Table Times(DocumentRecord record)
    {
        var table = NewTable("Text", "Type", "Value");
        foreach (var time in record.Times)
            AddRow(table, time.Text, time.Type, time.Mod is null ? time.Value : $"{time.Value} ({time.Mod})");
        return table;
    }

    private static Table Amounts(DocumentRecord record)
    {
        var table = NewTable("Text", "Value", "Unit", "Of");
        foreach (var amount in record.Amounts)
            AddRow(table, amount.Text, amount.Value.ToString(CultureInfo.InvariantCulture), amount.Unit, amount.Counted);
        return table;
    }

    private static Table Quotes(DocumentRecord record, Dictionary<string, string> names)
    {
        var table = NewTable("Quote", "Speaker", "Sources");
        foreach (var quote in record.Quotes)
        {
            var speaker = quote.SpeakerText
                ?? (quote.Speakers.Count > 0 ? string.Join(" & ", quote.Speakers.Select(id => names.GetValueOrDefault(id, id))) : null)
                ?? (quote.Speaker is null ? "unknown" : names.GetValueOrDefault(quote.Speaker, quote.Speaker));
            AddRow(table, $"“{quote.Text}”", speaker, Chain(quote.SourceChain));
        }
        return table;
    }

    private static Table Claims(DocumentRecord record)
    {
        var table = NewTable("Id", "Claim", "Sources");
        foreach (var claim in record.Claims)
            AddRow(table, claim.Id, claim.Text, Chain(claim.SourceChain));
        return table;
    }

    private static Table Events(DocumentRecord record)
    {
        var table = NewTable("Actor", "Event", "Target", "Date", "Mode");
        foreach (var e in record.Events)
        {
            AddRow(table,
                Participant(e.Actor),
                e.Cameo is null ? e.Type : $"{e.Type} / {e.Cameo}",
                e.Target is null ? "" : Participant(e.Target),
                DateOf(e),
                e.Mode);
        }
        return table;
    }

    /// <summary>The date, with where it came from when it is not the event's own (the narrative's date, the publication date).</summary>
    private static string? DateOf(EventRecord e) => e.DateSource switch
    {
        null or "expression" => e.Date,
        "publication" when e.Date is "FUTURE_REF" => e.Date,
        "publication" => $"{e.Date} (published)",
        _ => $"{e.Date} ({e.DateSource})",
    };

    private static string Participant(ParticipantRecord participant) =>
        participant.Code is null ? participant.Name : $"{participant.Name} ({participant.Code})";
}
