using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Dates whose month name is glued to the day or set between separators: "Feb13", "14april 2015", "31-Oct-74", "31/Oct/1974".
internal sealed partial class TimeParser
{
    /// <summary>A month name and a day number written as one word ("Feb13", "14april"), with an optional year after it. An
    /// abbreviation or a month that is also a word must be capitalized ("Mar3", not "mar3").</summary>
    private Parse? GluedDayMonth(int j)
    {
        if (j >= _t.Count || _t.Kind(j) is not (Text.TokenKind.Word or Text.TokenKind.Number))
            return null;
        var surface = _t.Surface(j).ToString();
        var digits = surface.Length - surface.TrimStart("0123456789".ToCharArray()).Length;
        int day, month;
        if (digits is 1 or 2 && SplitMonth(surface[digits..], out month))
            day = int.Parse(surface[..digits], CultureInfo.InvariantCulture);
        else
        {
            var trailing = surface.Length - surface.TrimEnd("0123456789".ToCharArray()).Length;
            if (trailing is not (1 or 2) || trailing == surface.Length || !SplitMonth(surface[..^trailing], out month) || !char.IsUpper(surface[0]))
                return null;
            day = int.Parse(surface[^trailing..], CultureInfo.InvariantCulture);
        }
        var year = YearAfter(j + 1, out var afterYear);
        return MakeDay(j, year is null ? j + 1 : afterYear, year, month, day, "glued-day-month");
    }

    /// <summary>"31-Oct-74", "31/Oct/1974": a day, a month name and a year between dashes or slashes.</summary>
    private Parse? SeparatedDayMonth(int j)
    {
        if (!Int(j, out var day, out var dayDigits) || dayDigits > 2 || !(_t.IsChar(j + 1, '/') || _t.IsChar(j + 1, '-')) ||
            !_t.GluedToPrevious(j + 1) || !_t.GluedToPrevious(j + 2) || _t.Kind(j + 2) != Text.TokenKind.Word)
            return null;
        var separator = _t.Text[_t.StartOf(j + 1)];
        var word = _t.Surface(j + 2).ToString();
        // "Oct-74" is one word to the tokenizer.
        var dash = word.IndexOf('-');
        int month, year, yearDigits, end;
        if (separator == '-' && dash > 0 && SplitMonth(word[..dash], out month) && word[(dash + 1)..] is { Length: 2 or 4 } written && written.All(char.IsAsciiDigit))
            (year, yearDigits, end) = (int.Parse(written, CultureInfo.InvariantCulture), written.Length, j + 3);
        else if (SplitMonth(word, out month) && _t.IsChar(j + 3, separator) && _t.GluedToPrevious(j + 3) && _t.GluedToPrevious(j + 4) &&
                 Int(j + 4, out year, out yearDigits) && yearDigits is 2 or 4)
            end = j + 5;
        else
            return null;
        if (yearDigits == 2)
            year = Anchoring.ExpandYear(year, _anchor);
        return MakeDay(j, end, year, month, day, "separated-day-month");
    }

    /// <summary>True when the word is a month name or abbreviation (not the lower-case verb "march").</summary>
    private bool SplitMonth(string word, out int month)
    {
        month = 0;
        if (word.Length < 3 || !_lang.Words.TryGetValue(TextFold.Fold(word.TrimEnd('.')), out var entries))
            return false;
        foreach (var entry in entries)
        {
            if (entry.Kind == LexKind.Month && !entry.WithDay)
            {
                month = entry.Number;
                return true;
            }
        }
        return false;
    }
}
