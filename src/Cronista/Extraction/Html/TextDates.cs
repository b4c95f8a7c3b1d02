using System.Globalization;
using System.Text.RegularExpressions;

namespace Cronista.Extraction.Html;

/// <summary>A date written in a page's visible text, with where it was found.</summary>
/// <param name="Index">Where the date starts in the text.</param>
/// <param name="Length">How many characters it takes.</param>
/// <param name="Date">The day it names.</param>
internal readonly record struct TextDate(int Index, int Length, DateOnly Date);

/// <summary>Reads dates as people write them on pages: "19. Oktober 2019", "3 mars 2019", "6 de mayo de 2022",
/// "April 19, 2019", "Nov. 8, 2023", "19.10.2019", "28.09.19", "19/10/2019", "2019-10-19".</summary>
/// <remarks>Numbers are read day first, as most of the languages served write them; a US page's "11/08/23" is left to
/// its metadata, which the reader consults first.</remarks>
internal sealed class TextDates
{
    private static readonly Lazy<TextDates> Loaded = new(() => new TextDates(PageDateWords.Default));

    private readonly PageDateWords _words;
    private readonly Regex _pattern;

    private TextDates(PageDateWords words)
    {
        _words = words;
        var months = string.Join('|', words.Months.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape));
        // The month name must end a word: "mar" is not the start of "markt"; an abbreviation may carry its dot.
        var month = $@"(?<mn>{months})(?!\p{{L}})\.?";
        const string year = @"(?<y>(?:19|20)\d{2})(?!\d)";
        _pattern = new Regex(string.Join('|',
            @"(?<![\d.])(?<y>(?:19|20)\d{2})([-/.])(?<m>\d{1,2})\1(?<d>\d{1,2})(?![\d])",
            @"(?<![\d.])(?<d>\d{1,2})([./-])\s?(?<m>\d{1,2})\2\s?" + year + @"(?!\.\d)",
            // A two-digit year only with two-digit day and month, "28.09.19": "2.4.10" is a version number.
            @"(?<![\d.])(?<d>\d{2})\.(?<m>\d{2})\.(?<y2>\d{2})(?![\d.])",
            $@"(?<![\p{{L}}\d])(?<d>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?{month},?\s*(?:de\s+|del\s+)?{year}",
            $@"(?<![\p{{L}}\d]){month}\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{year}"),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The reader for every language of <see cref="PageDateWords"/>.</summary>
    public static TextDates Default => Loaded.Value;

    /// <summary>Every date in the text, in order; impossible days ("31.02.2020") are skipped.</summary>
    public IEnumerable<TextDate> Find(string text) => Find(text, 0, text.Length);

    /// <summary>Every date within <c>text[start..(start + length)]</c>, in order, with indexes into the whole text.</summary>
    public IEnumerable<TextDate> Find(string text, int start, int length)
    {
        for (var match = _pattern.Match(text, start, length); match.Success; match = match.NextMatch())
        {
            if (Read(match) is { } date)
                yield return new TextDate(match.Index, match.Length, date);
        }
    }

    private DateOnly? Read(Match match)
    {
        var year = match.Groups["y"].Success ? Number(match.Groups["y"].Value) : Century(Number(match.Groups["y2"].Value));
        var month = match.Groups["mn"].Success
            ? _words.Months[match.Groups["mn"].Value]
            : Number(match.Groups["m"].Value);
        return PageDates.Make(year, month, Number(match.Groups["d"].Value));
    }

    /// <summary>"99" is 1999 and "19" is 2019: the web's news begins in the 1990s.</summary>
    private static int Century(int year) => year >= 90 ? 1900 + year : 2000 + year;

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
