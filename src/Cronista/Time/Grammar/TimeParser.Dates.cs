using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Calendar dates: day-month-year in words, months, month-years (dates in digits are in TimeParser.NumericDates.cs;
// years, decades, centuries, quarters and seasons in TimeParser.YearsAndPeriods.cs).
internal sealed partial class TimeParser
{
    /// <summary>The longest date reading starting at token i, computed once per token.</summary>
    private Parse? DatePoint(int i)
    {
        if (i < 0 || i >= _t.Count)
            return null;
        if (_datePointDone[i])
            return _datePoints[i];
        _datePointDone[i] = true;
        Parse? best = null;
        Consider(ref best, ExplicitDate(i));
        Consider(ref best, NumericDate(i));
        Consider(ref best, MonthYear(i));
        Consider(ref best, BareMonth(i));
        Consider(ref best, Year(i));
        Consider(ref best, SpokenYearDate(i));
        Consider(ref best, YearRange(i));
        Consider(ref best, Decade(i));
        Consider(ref best, Century(i));
        Consider(ref best, RelativeDay(i));
        Consider(ref best, ReferenceDay(i));
        Consider(ref best, DayNumberBeforeClock(i));
        Consider(ref best, WeekOfDay(i));
        Consider(ref best, SpacedDate(i));
        Consider(ref best, WeekdayDate(i));
        Consider(ref best, RelativePeriod(i));
        Consider(ref best, HolidayDate(i));
        Consider(ref best, QuarterOrHalf(i));
        Consider(ref best, SeasonOfYear(i));
        Consider(ref best, NthInMonth(i));
        Consider(ref best, CountedWeekday(i));
        Consider(ref best, WeekdayAfterNext(i));
        Consider(ref best, EraYear(i));
        Consider(ref best, CompactQuarter(i));
        Consider(ref best, PeriodEdge(i));
        Consider(ref best, GluedDayMonth(i));
        Consider(ref best, SeparatedDayMonth(i));
        Consider(ref best, DateInRelativeYear(i));
        Consider(ref best, HolidayInRelativeYear(i));
        Consider(ref best, WeekdayInRelativeWeek(i));
        _datePoints[i] = best;
        return best;
    }

    private static void Consider(ref Parse? best, Parse? candidate)
    {
        if (candidate is null)
            return;
        if (best is null || candidate.Length > best.Length || candidate.Length == best.Length && candidate.Priority > best.Priority)
            best = candidate;
    }

    /// <summary>A day of a month, optionally after its weekday: lunedì 18 febbraio, Friday, August 15, 2025.</summary>
    private Parse? ExplicitDate(int i)
    {
        var j = i;
        var weekday = false;
        if (Lex(i, LexKind.Weekday, out var entry, out var afterWeekday) && !entry.Plural)
        {
            j = afterWeekday;
            if (_t.IsChar(j, ','))
                j++;
            j = SkipDeterminer(j);
            weekday = true;
        }
        Parse? core = null;
        Consider(ref core, DayMonth(j));
        Consider(ref core, MonthDay(j, weekday));
        Consider(ref core, GluedDayMonth(j));
        if (weekday)
            Consider(ref core, NumericDate(j));
        if (core is null || core.Start != j)
            return null;
        if (!weekday)
            return TrailingWeekday(core);
        return WeekdayAgreed(core, entry.Number, i) with { Start = i, Rule = core.Rule + "+weekday" };
    }

    /// <summary>15 agosto, 13. August 2025, le 1er mai, the 15th of February, primo marzo.</summary>
    private Parse? DayMonth(int j)
    {
        if (!DayNumber(j, out var day, out var k))
            return null;
        var m = Lex(k, LexKind.Of, out var afterOf) ? afterOf : k;
        // "il 20 del mese prossimo", "the 20th of next month": a day of a month named relative to now.
        if (m > k && !_t.LineBreakBefore(m) && RelativePeriod(SkipDeterminer(m)) is { Date: { Precision: DatePrecision.Month, Year: { } relativeYear } relative } period)
            return MakeDay(j, period.End, relativeYear, relative.Month, day, "day-of-relative-month");
        if (!Lex(m, LexKind.Month, out var month, out var end) || _t.LineBreakBefore(m))
            return null;
        var year = YearAfter(end, out var afterYear);
        return MakeDay(j, year is null ? end : afterYear, year, month.Number, day, "day-month");
    }

    /// <summary>August 13, 2025; Aug. 13th: month first, as English writes it.</summary>
    private Parse? MonthDay(int j, bool afterWeekday = false)
    {
        if (!Lex(j, LexKind.Month, out var month, out var k))
            return null;
        var d = SkipDeterminer(k);
        if (!DayNumber(d, out var day, out var afterDay) || _t.LineBreakBefore(d))
            return null;
        // Lower-case "march" before a number is mostly the verb ("march 3 miles", "march first to the square"): a date only when
        // the day is in digits and no noun follows, or an ordinal word ends the phrase.
        if (month.WithDay && (IsContentWord(afterDay) || !Int(d, out _, out _) && !_t.IsNumber(d) && afterDay < _t.Count && !_t.IsNumber(afterDay) && _t.Kind(afterDay) != Text.TokenKind.Punctuation))
            return null;
        // Where the day comes first, "agosto 15" is a month and a count ("im April 14 Prozent mehr"); only an ordinal form
        // is a date, or the English order written out in full: after a weekday (Montag, Februar 18) or before ", 2015".
        if (_lang.DateOrder != DateOrder.MonthDayYear && Int(d, out _, out _) && !afterWeekday && !CommaYearAfter(afterDay))
            return null;
        var year = YearAfter(afterDay, out var afterYear);
        return MakeDay(j, year is null ? afterDay : afterYear, year, month.Number, day, "month-day");
    }

    /// <summary>A comma, then a year in digits on the same line: ", 2015".</summary>
    private bool CommaYearAfter(int k) =>
        _t.IsChar(k, ',') && !_t.LineBreakBefore(k + 1) && YearNumber(k + 1, out _);

    /// <summary>A year right after a date: ", 2025", " 2025", " del 2025", "'25".</summary>
    private int? YearAfter(int k, out int end)
    {
        end = k;
        var y = _t.IsChar(k, ',') ? k + 1 : Lex(k, LexKind.Of, out var afterOf) ? afterOf : k;
        if (_t.LineBreakBefore(y))
            return null;
        if (YearNumber(y, out var year) && !(_t.IsDash(y + 1) && _t.GluedToPrevious(y + 1)))
        {
            end = y + 1;
            return year;
        }
        if (SpokenYear(y, out var spoken, out var afterSpoken))
        {
            end = afterSpoken;
            return spoken;
        }
        if (y == k && (_t.IsChar(k, '\'') || _t.IsChar(k, '’')) && Int(k + 1, out var yy, out var digits) && digits == 2 && _t.GluedToPrevious(k + 1))
        {
            end = k + 2;
            return Anchoring.ExpandYear(yy, _anchor);
        }
        return null;
    }

    /// <summary>True when a date stands between a determiner that owns a modifier ("the", "its"; YearOwner rows) and a noun.</summary>
    private bool AttributiveDate(int start, int end) => Precedes(start, LexKind.YearOwner) && IsContentWord(end);

    /// <summary>A day-precision date; without a year it takes the anchor's (see <see cref="Anchoring.InferYear(DateOnly, int, int)"/>).</summary>
    private Parse? MakeDay(int start, int end, int? year, int month, int day, string rule)
    {
        var probeYear = year ?? 2024; // a leap year, so that 29 February is allowed when no year is given
        if (month is < 1 or > 12 || day is < 1 or > 31)
            return null;
        // "31 febbraio", "30/02/2024": a date that does not exist keeps its extent, so no part of it is read as something else,
        // and gets no value rather than a wrong one.
        if (day > DateTime.DaysInMonth(probeYear, month) || year is { } known && day > DateTime.DaysInMonth(known, month))
            return Impossible(start, end, rule);
        // "will succeed him Feb. 1" written in October is next February; "the fiscal year ended Jan. 31" last January.
        if (year is null && _anchor is { } anchor)
            year = Anchoring.InferYear(anchor, month, day, DayDirection(start));
        if (year is { } y && day > DateTime.DaysInMonth(y, month))
            return Impossible(start, end, rule);
        return new Parse(start, end, TimexType.DATE, rule)
        {
            Date = new TimexDate(DatePrecision.Day, year, month, day),
            // "the Feb. 23 accord": between an article and its noun the date is a modifier, and the article is the noun's.
            TakesDeterminer = !AttributiveDate(start, end),
            Priority = 2,
        };
    }

    /// <summary>True when a date at token i points ahead: a future verb nearby, or a deadline right before it ("by February", "through January").</summary>
    private bool IsFuture(int i) => Precedes(i, LexKind.Deadline) || IsFutureSentence(i);

    /// <summary>giugno del 2024, August 2025, im Mai 2024, juin '24.</summary>
    private Parse? MonthYear(int j)
    {
        if (!Lex(j, LexKind.Month, out var month, out var k) || month.WithDay)
            return null;
        var year = YearAfter(k, out var end);
        if (year is null)
            return null;
        return new Parse(j, end, TimexType.DATE, "month-year")
        {
            Date = TimexDate.OfMonth(year.Value, month.Number),
            // "the August 1988 cease-fire": the article is the noun's.
            TakesDeterminer = !AttributiveDate(j, end),
            Priority = 2,
        };
    }

    /// <summary>A month alone: the nearest one, or the next one when the sentence speaks of the future.</summary>
    private Parse? BareMonth(int j)
    {
        // A month that is also a verb ("May", "March") stands alone only after a preposition that takes dates: "in March", "by May".
        // So does one after "early", "mid", "late", or between an article and its noun ("the March accession").
        if (!Lex(j, LexKind.Month, out var month, out var end) || month.WithDay ||
            month.Strict && !Precedes(j, LexKind.YearCue) && !Precedes(j, LexKind.PeriodMod) && !(Precedes(j, LexKind.YearOwner) && IsContentWord(end)))
            return null;
        // News reports what has happened: without a future verb a bare month is this one or a past one ("In January, the
        // company agreed", written in October, is last January), as a bare weekday is.
        int? year = _anchor is { } anchor ? Anchoring.InferYear(anchor, month.Number, MonthDirection(j)) : null;
        return new Parse(j, end, TimexType.DATE, "month")
        {
            Date = new TimexDate(DatePrecision.Month, year, month.Number),
            // "the March accession": the article is the noun's.
            TakesDeterminer = !IsContentWord(end),
            Confidence = 0.8,
        };
    }

    // NEXT2, LAST2: the one after next, the one before last (übernächste, vorletzte).
    private static int Offset(string modifier) => modifier switch { "LAST" => -1, "NEXT" => 1, "LAST2" => -2, "NEXT2" => 2, _ => 0 };
}
