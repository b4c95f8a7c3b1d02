using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Numeric dates written with spaces (French forms, "le 20 02 2014"), where the language's settings allow them.
internal sealed partial class TimeParser
{
    /// <summary>20 02 2014, 24 12 2014: day, month and a four-digit year as three numbers apart, with no number on either side
    /// (a phone number or a list of figures is longer; thousands are grouped by three digits, never one or two). A two-digit
    /// year needs the day and month in two digits too (20 02 14).</summary>
    private Parse? SpacedDate(int j)
    {
        if (!_lang.SpacedDates || !Int(j, out var day, out var dayDigits) || dayDigits > 2 || _t.IsNumber(j - 1))
            return null;
        if (!Int(j + 1, out var month, out var monthDigits) || monthDigits > 2 || _t.IsNumber(j + 3))
            return null;
        if (!YearNumber(j + 2, out var year))
        {
            // (not "20 02 14 points")
            if (dayDigits != 2 || monthDigits != 2 || !Int(j + 2, out var shortYear, out var yearDigits) || yearDigits != 2 || IsContentWord(j + 3) || Is(j + 3, LexKind.Unit))
                return null;
            year = Anchoring.ExpandYear(shortYear, _anchor);
        }
        if (_t.GluedToPrevious(j + 1) || _t.GluedToPrevious(j + 2) || _t.LineBreakBefore(j + 1) || _t.LineBreakBefore(j + 2))
            return null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new Parse(j, j + 3, TimexType.DATE, "spaced-date") { Date = TimexDate.Of(new DateOnly(year, month, day)), TakesDeterminer = true, Priority = 2 };
    }
}
