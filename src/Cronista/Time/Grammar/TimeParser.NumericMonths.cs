using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// A month and its year in digits: 2014-10, 2014/10 (ISO order), 2/2013 (month first).
internal sealed partial class TimeParser
{
    /// <summary>Two numbers that can only be a month and a year. "2010-11", "2005/06" are a season or a fiscal year, and
    /// "2010-12" a range of years, so a year first takes a month only when that cannot be the end of a range (2014-10); a month
    /// first takes a four-digit year after a slash (2/2013, 02/2013).</summary>
    private Parse? NumericMonthYear(int start, int end, int a, int digitsA, int b, int digitsB, char separator)
    {
        int year, month;
        if (digitsA == 4 && digitsB == 2 && b is >= 1 and <= 12 && b <= a % 100)
            (year, month) = (a, b);
        else if (separator == '/' && digitsA <= 2 && a is >= 1 and <= 12 && digitsB == 4)
            (year, month) = (b, a);
        else
            return null;
        if (year is < 1000 or > 2999 || AfterIdentifierNoun(start))
            return null;
        return new Parse(start, end, TimexType.DATE, "numeric-month-year")
        {
            Date = TimexDate.OfMonth(year, month),
            TakesDeterminer = true,
            Priority = 3,
        };
    }

    /// <summary>True when a word that is no date cue stands right before token i: "Resolution 2/2014", "Law 2014-10", "Model
    /// 18Q4" are numbers of documents and products, "in 2/2014", "by 2014-10" dates.</summary>
    private bool AfterIdentifierNoun(int i) =>
        i > 0 && _t.IsWord(i - 1) && !_t.LineBreakBefore(i) && !Precedes(i, LexKind.YearCue) && !Precedes(i, LexKind.DateCue) &&
        !Precedes(i, LexKind.Deadline) && !Precedes(i, LexKind.RangeFrom) && !Precedes(i, LexKind.RangeTo) && !Precedes(i, LexKind.RangeBetween) &&
        !Precedes(i, LexKind.RangeAnd) && !Precedes(i, LexKind.OpenBound) && !Precedes(i, LexKind.Of) && !Precedes(i, LexKind.Determiner) &&
        !_lang.FunctionWords.Contains(_t.Norm(i - 1));
}
