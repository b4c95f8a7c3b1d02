using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Reads the publication date a page shows its readers: the date of the byline or dateline under the headline,
/// else a date labelled as the publication date ("Veröffentlicht am", "Published on"), else a dateline just above the
/// headline.</summary>
/// <remarks>Dates labelled as changes ("Aktualisiert", "Updated", "Stand:") or as something else ("Registriert",
/// "Issue published") are passed over, and so is text in navigation, comments, teasers of other articles and the like,
/// whose dates are not the article's.</remarks>
internal static class VisibleDates
{
    /// <summary>How far after the headline's start a byline date is looked for, in characters of visible text.</summary>
    private const int AfterHeadline = 1500;

    /// <summary>How far before the headline a dateline is looked for: the site header's "today" lies further up.</summary>
    private const int BeforeHeadline = 150;

    /// <summary>How much text before a date may hold its label.</summary>
    private const int LabelReach = 40;

    /// <summary>Room for the longest written date ("Mittwoch, 11. September 2019"), so a date at a window's edge is whole.</summary>
    private const int DateReach = 60;

    /// <summary>The publication date shown on the page, or null.</summary>
    public static DateOnly? Read(IDocument document, string? title) => Find(document, title)?.Date;

    /// <summary>The publication date shown on the page and where it was shown, or null.</summary>
    public static ShownDate? Find(IDocument document, string? title)
    {
        if (document.Body is null)
            return null;
        var headline = PageHeadline.Find(document, title);
        var text = VisibleText.Of(document.Body, headline);
        // A date the title repeats is the article's subject ("Protokoll der Sitzung vom 10. Oktober 2019"), not its byline.
        var candidates = Candidates(text).Where(c => !InTitle(text, c, title)).ToList();
        var start = text.HeadlineStart;
        var below = start < 0 ? [] : candidates.Where(c => c.Index >= start && c.Index - start <= AfterHeadline && c.Label is DateLabel.None or DateLabel.Published).ToList();
        var above = start < 0 ? [] : candidates.Where(c => c.Index < start && start - c.Index <= BeforeHeadline && c.Label == DateLabel.None).ToList();
        var near = below.Concat(above).Select(c => c.Date).ToHashSet();
        if (below.Count > 0)
            return new ShownDate(below[0].Date, below[0].Label == DateLabel.Published ? ShownAs.Labelled : ShownAs.Byline, near);
        var labelled = candidates.FirstOrDefault(c => c.Label == DateLabel.Published);
        if (labelled.Date != default)
            return new ShownDate(labelled.Date, ShownAs.Labelled, near);
        if (above.Count > 0)
            return new ShownDate(above[^1].Date, ShownAs.Dateline, near);
        return null;
    }

    /// <summary>Where a shown date was found.</summary>
    internal enum ShownAs
    {
        /// <summary>Under the headline.</summary>
        Byline,

        /// <summary>After a publication label ("Veröffentlicht am"), anywhere.</summary>
        Labelled,

        /// <summary>Just above the headline.</summary>
        Dateline,
    }

    /// <summary>A date shown on the page.</summary>
    /// <param name="Date">The publication date it shows.</param>
    /// <param name="As">Where it shows it.</param>
    /// <param name="Near">Every date shown around the headline, unlabelled or labelled as the publication.</param>
    internal sealed record ShownDate(DateOnly Date, ShownAs As, IReadOnlySet<DateOnly> Near);

    /// <summary>A date of the visible text; <paramref name="Length"/> is 0 for a &lt;time&gt; element's datetime.</summary>
    private readonly record struct Candidate(int Index, int Length, DateOnly Date, DateLabel Label);

    /// <summary>The dates of the stretches of text worth reading, with their labels: &lt;time datetime&gt; values where
    /// the page gives them, else dates read from the words.</summary>
    private static IEnumerable<Candidate> Candidates(VisibleText text)
    {
        foreach (var (from, to) in Windows(text))
        {
            foreach (var candidate in CandidatesIn(text, from, to))
                yield return candidate;
        }
    }

    /// <summary>Around the headline, and after each publication label: the only places a publication date is taken
    /// from, so a long page costs no more than a short one.</summary>
    private static List<(int From, int To)> Windows(VisibleText text)
    {
        var length = text.Text.Length;
        var windows = new List<(int From, int To)>();
        if (text.HeadlineStart >= 0)
            windows.Add((Math.Max(0, text.HeadlineStart - BeforeHeadline - LabelReach), Math.Min(length, text.HeadlineStart + AfterHeadline + DateReach)));
        var lower = text.Text.ToLowerInvariant();
        foreach (var phrase in PageDateWords.Default.PublishedLabels)
        {
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
                windows.Add((at, Math.Min(length, at + LabelReach + DateReach)));
        }
        windows.Sort();
        var merged = new List<(int From, int To)>();
        foreach (var window in windows)
        {
            if (merged.Count > 0 && window.From <= merged[^1].To)
                merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, window.To));
            else
                merged.Add(window);
        }
        return merged;
    }

    private static IEnumerable<Candidate> CandidatesIn(VisibleText text, int from, int to)
    {
        var words = PageDateWords.Default;
        var previousEnd = from;
        var times = text.Times.Where(t => t.Index >= from && t.Index < to).ToList();
        var machine = 0;
        foreach (var found in TextDates.Default.Find(text.Text, from, to - from))
        {
            // A <time> element's own datetime beats the words it shows ("vor 2 Stunden", "11/01/2021").
            while (machine < times.Count && times[machine].Index <= found.Index)
            {
                var time = times[machine++];
                yield return new Candidate(time.Index, 0, time.Date, time.Updated ? DateLabel.Updated : Label(text.Text, previousEnd, time.Index, words));
                previousEnd = time.End;
            }
            if (times.Any(t => t.Index <= found.Index && found.Index < t.End))
                continue;
            var label = text.InUpdated(found.Index) ? DateLabel.Updated : Label(text.Text, previousEnd, found.Index, words);
            // A date inside a sentence is something the article tells of, unless a label says it is the publication.
            if (label == DateLabel.Published || !text.InProse(found.Index))
                yield return new Candidate(found.Index, found.Length, found.Date, label);
            previousEnd = found.Index + found.Length;
        }
        for (; machine < times.Count; machine++)
        {
            var time = times[machine];
            yield return new Candidate(time.Index, 0, time.Date, time.Updated ? DateLabel.Updated : Label(text.Text, previousEnd, time.Index, words));
            previousEnd = time.End;
        }
    }

    private static bool InTitle(VisibleText text, Candidate candidate, string? title) =>
        title is not null && candidate.Length > 0 && candidate.Index >= text.HeadlineStart && candidate.Index < text.HeadlineEnd
        && title.Contains(text.Text.Substring(candidate.Index, candidate.Length), StringComparison.OrdinalIgnoreCase);

    /// <summary>The label between the previous date and this one (a label names the date that follows it).</summary>
    private static DateLabel Label(string text, int previousEnd, int index, PageDateWords words)
    {
        var from = Math.Max(previousEnd, index - LabelReach);
        return from >= index ? DateLabel.None : words.LabelBefore(text[from..index]);
    }
}
