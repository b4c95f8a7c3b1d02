using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Expressions anchored to the time under discussion rather than to the publication date: "a year earlier", "the quarter",
// "the year-ago period". TimeML values them from the last time mentioned (TimeBank's earnings reports: after "the third
// quarter", "a year ago" is 1988-Q3, not 1988).
internal sealed partial class TimeParser
{
    /// <summary>How many sentences back a day or month still counts as the time under discussion; a quarter counts from
    /// anywhere earlier, since an earnings report names its quarter once and compares with "a year ago" paragraphs later.</summary>
    private const int ReferenceSentences = 1;

    /// <summary>the quarter, the latest period, the year-earlier quarter, year-ago: the reporting quarter, or the one a year before.</summary>
    private Parse? ReportPeriod(int j)
    {
        if (!Lex(j, LexKind.ReportPeriod, out var entry, out var end))
            return null;
        // Without an earlier quarter to refer to, the quarter under discussion is the last one completed before publication.
        TimexDate? date = _anchor is { } a && Anchoring.Period(a, "Q", -1) is { } last ? last with { Year = last.Year + entry.Number } : null;
        return new Parse(j, end, TimexType.DATE, "report-period")
        {
            Date = date,
            Unresolved = date is null,
            ReferenceYears = entry.Number,
            Priority = 2,
        };
    }

    /// <summary>"for the year", "sales for the full year": the reporting year, which TimeBank dates to the publication year; "the
    /// year ended March 31" is the length of one year up to the date after it (TimeML: P1Y, the date its own expression).</summary>
    private Parse? ReportYear(int j)
    {
        if (!Lex(j, LexKind.ReportYear, out _, out var end))
            return null;
        // Not "the year-end", "the year 2000", "the year before": another expression or a year after the reference.
        if (end < _t.Count && (_t.IsChar(end, '-') && _t.GluedToPrevious(end) || _t.IsNumber(end) || Is(end, LexKind.AgoAfter) || Is(end, LexKind.OpenBound)))
            return null;
        if (Is(end, LexKind.PeriodEnding))
            return new Parse(j, end, TimexType.DURATION, "report-year-length") { Value = "P1Y", TakesDeterminer = true };
        if (_anchor is not { } a)
            return null;
        return new Parse(j, end, TimexType.DATE, "report-year") { Date = new TimexDate(DatePrecision.Year, a.Year), TakesDeterminer = true };
    }

    /// <summary>"that year": the year of the date under discussion, found by <see cref="Refer"/>.</summary>
    private Parse? ThatYear(int j) =>
        Lex(j, LexKind.ReferenceYear, out _, out var end)
            ? new Parse(j, end, TimexType.DATE, "reference-year") { Unresolved = true, FromReference = true, Priority = 1 }
            : null;

    /// <summary>A quarter whose year is given before it: the 1988 third quarter, this year's third quarter, the year-ago third quarter.</summary>
    private Parse? QualifiedQuarter(int j)
    {
        int? year = null;
        int k;
        if (YearNumber(j, out var written))
            (year, k) = (written, j + 1);
        else if (RelativePeriod(j) is { Date: { Precision: DatePrecision.Year } period } relative && _t.Norm(relative.End) == "'s" && _t.GluedToPrevious(relative.End))
            (year, k) = (period.Year, relative.End + 1);
        else if (Lex(j, LexKind.ReportPeriod, out var entry, out k) && entry.Number != 0 && _anchor is { } a)
            year = a.Year + entry.Number;
        else
            return null;
        if (_t.LineBreakBefore(k) || QuarterOrHalf(k) is not { Date: { } quarter } named)
            return null;
        return named with { Start = j, Date = quarter with { Year = year }, Rule = "qualified-" + named.Rule, TakesDeterminer = true, Priority = 3 };
    }

    /// <summary>Re-values the expressions that refer to the time under discussion, reading the chosen ones in text order.</summary>
    private List<Parse> Refer(List<Parse> chosen)
    {
        (TimexDate Date, int Sentence)? reference = null;
        (int Year, int Sentence)? year = null;
        var unreferenced = new List<int>();
        for (var k = 0; k < chosen.Count; k++)
        {
            var parse = chosen[k];
            var sentence = SentenceIndex(parse.Start);
            // "returned to Cuba later that year": the year of the last date named nearby; with none, no expression.
            if (parse.Rule == "reference-year")
            {
                if (year is { } y && sentence - y.Sentence <= ReferenceSentences)
                    chosen[k] = parse with { Date = new TimexDate(DatePrecision.Year, y.Year), Unresolved = false };
                else
                    unreferenced.Add(k);
                continue;
            }
            if (parse is { Value: null, Unresolved: false, Date.Year: { } namedYear })
                year = (namedYear, sentence);
            if (parse.ReferenceYears is { } years)
            {
                // A quarter under discussion moves everything ("a year ago" after "the third quarter" is 1988-Q3); a day or a
                // month just mentioned moves only words that count from the reference ("a year earlier"), not "ago".
                var quarter = reference?.Date.Precision == DatePrecision.Quarter;
                if (reference is { } r && (quarter || parse.FromReference && sentence - r.Sentence <= ReferenceSentences) && Moved(r.Date, years) is { } moved)
                    // "the following year" names a year, whatever the precision of the date it counts from ("a year ago" after a
                    // quarter is that quarter a year back).
                    chosen[k] = parse with { Date = parse is { Rule: "relative-period", Date.Precision: DatePrecision.Year } ? new TimexDate(DatePrecision.Year, moved.Year) : moved, Value = null, Unresolved = false };
                // "the quarter" names the quarter under discussion itself, so it can be the reference of what follows.
                if (years == 0 && chosen[k].Date is { Year: not null, Precision: DatePrecision.Quarter } named)
                    reference = (named, sentence);
                continue;
            }
            // "Ieri il premier ha incontrato … In serata è arrivata la nota": the evening of the day just named.
            if (parse.OnReferenceDay)
            {
                if (reference is { Date.Precision: DatePrecision.Day } day && sentence - day.Sentence <= ReferenceSentences)
                    chosen[k] = parse with { Date = day.Date };
                continue;
            }
            // la veille, le lendemain: the day before or after a day named in this or the previous sentence.
            if (parse.ReferenceDays is { } days && reference is { Date.AsDate: { } referenceDay } near && sentence - near.Sentence <= ReferenceSentences)
                chosen[k] = parse = parse with { Date = TimexDate.Of(referenceDay.AddDays(days)), Unresolved = false };
            if (parse is { Value: null, Unresolved: false, Date: { Year: not null, Precision: DatePrecision.Quarter or DatePrecision.Month or DatePrecision.Day } date })
                reference = (date, sentence);
        }
        for (var u = unreferenced.Count - 1; u >= 0; u--)
            chosen.RemoveAt(unreferenced[u]);
        return chosen;
    }

    /// <summary>A date moved by whole years at its own precision (29 February falls back to the 28th).</summary>
    private static TimexDate? Moved(TimexDate date, int years)
    {
        if (date.Year is not { } year)
            return null;
        var moved = date with { Year = year + years };
        if (moved.Precision == DatePrecision.Day && moved.Day > DateTime.DaysInMonth(year + years, moved.Month))
            moved = moved with { Day = DateTime.DaysInMonth(year + years, moved.Month) };
        return moved;
    }

    private int SentenceIndex(int token)
    {
        int low = 0, high = _sentences.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (token < _sentences[middle].FirstToken)
                high = middle - 1;
            else if (token >= _sentences[middle].EndToken)
                low = middle + 1;
            else
                return middle;
        }
        return low;
    }
}
