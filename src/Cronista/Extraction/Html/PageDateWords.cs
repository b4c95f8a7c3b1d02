using System.Collections.Frozen;
using Cronista.Core;

namespace Cronista.Extraction.Html;

/// <summary>What a label next to a date says about it.</summary>
internal enum DateLabel
{
    /// <summary>No label: a date under a headline is taken as the publication date.</summary>
    None,

    /// <summary>"Published", "Veröffentlicht am", "Publié le": the publication date.</summary>
    Published,

    /// <summary>"Updated", "Aktualisiert", "Stand:": a later change, never the publication date.</summary>
    Updated,

    /// <summary>"Registriert", "member since", "Issue published": a date that is not the article's.</summary>
    Other,
}

/// <summary>Month names and date labels in the languages of Languages/&lt;iso&gt;/page-dates.tsv, all at once: a page's
/// declared language is often wrong, and no month word means two different months across these languages.</summary>
internal sealed class PageDateWords
{
    /// <summary>The languages with a page-dates.tsv.</summary>
    private static readonly string[] Languages = ["en", "de", "fr", "it", "es", "pt", "nl", "pl"];

    private static readonly Lazy<PageDateWords> Loaded = new(Load);

    private PageDateWords(FrozenDictionary<string, int> months, IReadOnlyList<(string Phrase, DateLabel Label, int Gap)> labels)
    {
        Months = months;
        Labels = labels;
        var published = labels.Where(l => l.Label == DateLabel.Published).Select(l => l.Phrase).ToList();
        PublishedLabels = [.. published.Where(p => !published.Any(q => q.Length < p.Length && p.StartsWith(q, StringComparison.Ordinal)))];
    }

    /// <summary>The words of every language, read once from the assembly.</summary>
    public static PageDateWords Default => Loaded.Value;

    /// <summary>Month names and abbreviations (lower case) to month numbers.</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>Label phrases (lower case), longest first, with how many characters may stand between each and its date.</summary>
    public IReadOnlyList<(string Phrase, DateLabel Label, int Gap)> Labels { get; }

    /// <summary>The publication labels (lower case) that no shorter one starts: where to look for a labelled date.</summary>
    public IReadOnlyList<string> PublishedLabels { get; }

    private static PageDateWords Load()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var labels = new Dictionary<string, (DateLabel Label, int Gap)>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            foreach (var row in ResourceFiles.ReadLanguageRows("Extraction/Html", language, "page-dates.tsv"))
            {
                if (row[0] == "month")
                {
                    var month = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
                    foreach (var word in row.Skip(2))
                    {
                        if (months.TryGetValue(word, out var other) && other != month)
                            throw new InvalidDataException($"Extraction/Html/Languages/{language}/page-dates.tsv: '{word}' is month {month} here and month {other} in another language; drop one.");
                        months[word] = month;
                    }
                }
                else if (row[0] == "label")
                {
                    var label = row[1] switch
                    {
                        // "Geschrieben von Cooper am", "Posted by Anna on": a name stands between the label and the date.
                        "author" => (DateLabel.Published, AuthorGap),
                        "published" => (DateLabel.Published, LabelGap),
                        _ => (Enum.Parse<DateLabel>(row[1], ignoreCase: true), UpdateLabelGap),
                    };
                    foreach (var phrase in row.Skip(2))
                        labels.TryAdd(phrase, label);
                }
            }
        }
        return new PageDateWords(months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            [.. labels.OrderByDescending(l => l.Key.Length).Select(l => (l.Key, l.Value.Label, l.Value.Gap))]);
    }

    /// <summary>How many characters may stand between a publication label and its date: " am ", " on Monday, ", ": ".</summary>
    private const int LabelGap = 16;

    /// <summary>An author label stands before a name, then the date: "Gespeichert von rasos am".</summary>
    private const int AuthorGap = 36;

    /// <summary>An update label may stand further off ("Updated 2010 GMT (0410 HKT) March 14, 2021"): passing a date
    /// over costs less than taking a wrong one.</summary>
    private const int UpdateLabelGap = 32;

    /// <summary>The label written closest before the end of <paramref name="before"/> (the text just ahead of a date),
    /// the longest phrase winning at the same place ("issue published" over "published"); a label further away belongs
    /// to something else ("publiziert das THW am Sonntag, …" is a sentence).</summary>
    public DateLabel LabelBefore(string before)
    {
        before = string.Join(' ', before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        var best = DateLabel.None;
        var bestEnd = -1;
        var bestGap = 0;
        foreach (var (phrase, label, gap) in Labels)
        {
            var at = before.LastIndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at > 0 && char.IsLetter(before[at - 1]))
                continue;
            var end = at + phrase.Length;
            if (end > bestEnd)
                (best, bestEnd, bestGap) = (label, end, gap);
        }
        return before.Length - bestEnd <= bestGap ? best : DateLabel.None;
    }
}
