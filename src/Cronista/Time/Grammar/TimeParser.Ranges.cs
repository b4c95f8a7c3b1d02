using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Ranges written as one expression, with an ISO 8601 interval as value: dal 3 al 5 maggio, between 2010 and 2015, 13-15 luglio, 9:30-11:00.
internal sealed partial class TimeParser
{
    /// <summary>One end of a range: a date, a time, a year, or a bare day or hour that borrows the rest from the other end.</summary>
    private readonly record struct Bound(int Start, int End, TimexDate? Date, ClockTime? Clock, int Day, int Hour, bool Unresolved, bool HalfKnown = false);

    private Parse? Range(int j)
    {
        if (Lex(j, LexKind.RangeFrom, out var k))
            return Bounded(j, SkipDeterminer(k), LexKind.RangeTo, "range");
        if (Lex(j, LexKind.RangeBetween, out k))
            return Bounded(j, SkipDeterminer(k), LexKind.RangeAnd, "range");
        return Dashed(j);
    }

    private Parse? Bounded(int start, int k, LexKind close, string rule)
    {
        foreach (var first in Bounds(k, opened: true))
        {
            // "von 9:30 - 11:00", "du 13 - 15 juillet": a dash closes what "from" opened.
            if (_t.LineBreakBefore(first.End))
                continue;
            if (!Lex(first.End, close, out var afterClose))
            {
                if (close != LexKind.RangeTo || !_t.IsDash(first.End))
                    continue;
                afterClose = first.End + 1;
            }
            var from = SkipDeterminer(afterClose);
            foreach (var second in Bounds(from, opened: true))
            {
                if (Join(start, first, second, rule) is { } range)
                    return range;
                if (BareDays(start, first, second, rule) is { } days)
                    return days;
            }
        }
        return null;
    }

    private Parse? Dashed(int j)
    {
        // "le 16 à 18h" is the 16th at 18:00, not 16 to 18 o'clock: a bare number after an article or date cue is a day.
        var cuedDay = Precedes(j, LexKind.DateCue) && _t.IsNumber(j) && !_t.IsNumber(j - 1);
        foreach (var first in Bounds(j, opened: false))
        {
            // A dash, or a closing word without its opener ("12 to 16 September", "13 al 15 luglio").
            var dash = first.End;
            var afterDash = dash + 1;
            // "14./15. Oktober": a slash between two day numbers joins them too.
            var slash = _t.IsChar(dash, '/') && first.Date is null && first.Clock is null && first.Day > 0 && _t.GluedToPrevious(dash);
            // "1/4h" is a quarter of an hour, not 1 to 4 o'clock.
            if (slash && ClockAt(afterDash) is not null)
                continue;
            if (!_t.IsDash(dash) && !slash && !Lex(dash, LexKind.RangeTo, out afterDash) || _t.LineBreakBefore(dash) || _t.LineBreakBefore(afterDash))
                continue;
            foreach (var second in Bounds(afterDash, opened: false))
            {
                if (first.Date is null && first.Clock is null && second.Date?.Precision != DatePrecision.Day && second.Clock is null)
                    continue;
                if (cuedDay && first.Date is null && first.Clock is null && second.Clock is not null)
                    continue;
                if (Join(j, first, second, "range") is { } range)
                    return range;
            }
        }
        return null;
    }

    /// <summary>The readings of one end of a range at token i, longest first.</summary>
    private IEnumerable<Bound> Bounds(int i, bool opened)
    {
        if (i >= _t.Count)
            yield break;
        if (DatePoint(i) is { Value: null, Date: { } date } point && point.Rule is not ("bare-year" or "day-before-clock"))
            yield return new Bound(i, point.End, date, null, 0, -1, point.Unresolved);
        if (ClockAt(i) is { Clock: { } clock } time)
            yield return new Bound(i, time.End, null, clock, 0, -1, false, time.HalfKnown);
        if (opened && YearNumber(i, out var year))
            yield return new Bound(i, i + 1, TimexDate.OfYear(year), null, 0, -1, false);
        if (DayNumber(i, out var day, out var afterDay))
            yield return new Bound(i, afterDay, null, null, day, Int(i, out var hour, out var digits) && digits <= 2 && hour <= 24 ? hour : -1, false);
        // "lundi 1er au mercredi 10 juillet": a weekday before a bare day that takes its month from the other end.
        else if (Lex(i, LexKind.Weekday, out var weekday, out var afterWeekday) && !weekday.Plural && DayNumber(afterWeekday, out day, out afterDay))
            yield return new Bound(i, afterDay, null, null, day, -1, false);
    }

    private Parse? Join(int start, Bound first, Bound second, string rule)
    {
        if (first.Unresolved || second.Unresolved)
        {
            if (first.Date is null && first.Clock is null && second.Date is null)
                return null;
            return new Parse(start, second.End, second.Clock is null ? TimexType.DATE : TimexType.TIME, rule) { Unresolved = true, TakesDeterminer = true, Priority = 3 };
        }
        // "entre midi et 2", "de 14h à 16": after a clock time, a bare hour closes the range (not "de 9h à 10 personnes").
        var closing = second.Clock ?? (first.Clock is not null && second.Date is null && second.Hour is >= 0 and <= 24 && !IsContentWord(second.End) &&
            !Is(second.End, LexKind.Unit) && !_t.IsChar(second.End, '%') && !_t.IsNumber(second.End) ? new ClockTime(second.Hour, 0) : null);
        if (closing is { } to)
        {
            ClockTime from;
            // "3:30-6 p.m.": an afternoon end puts a start that says no half of the day in the afternoon too.
            if (first.Clock is { } c)
                from = c.Part is null && c.Hour is >= 1 and < 12 && to.Hour >= 13 && c.Hour + 12 <= to.Hour && !first.HalfKnown ? c with { Hour = c.Hour + 12 } : c;
            else if (first.Hour >= 0)
                from = new ClockTime(to.Hour >= 13 && first.Hour + 12 <= to.Hour ? first.Hour + 12 : first.Hour, 0);
            else
                return null;
            // "dalla mezzanotte alle 2", "from midnight to 6 a.m.": midnight opening a span starts the day, it does not end it.
            if (from.Hour == 24 && from.Minute == 0 && to.Hour < 24)
                from = new ClockTime(0, 0);
            // "15 to noon" is no range: an end that comes before a start which is not late at night.
            if (to.Hour * 60 + to.Minute < from.Hour * 60 + from.Minute && to.Hour >= 12 && from.Hour < 18)
                return null;
            // "11h30-1h30": an end before the start with no half of the day said is in the afternoon (not "22h à 2h", overnight).
            if (to.Part is null && from.Part is null && to.Hour < 12 && to.Hour * 60 + to.Minute < from.Hour * 60 + from.Minute && to.Hour + 12 > from.Hour)
                to = to with { Hour = to.Hour + 12 };
            var day = _anchor is { } a ? TimexDate.Of(a).Format() : "XXXX-XX-XX";
            return Interval(start, first, second, TimexType.TIME, day + from.Format(), day + to.Format(), rule);
        }
        // "8 a.m. until 6": a bare hour closing a span of clock times is the next such hour after the start.
        if (first.Clock is { Part: null } opening && second.Date is null && second.Hour is >= 1 and <= 12 && !IsContentWord(second.End) && !Is(second.End, LexKind.Unit) &&
            !_t.IsChar(second.End, '%') && _t.Kind(second.End - 1) == Text.TokenKind.Number)
        {
            var hour = second.Hour <= opening.Hour && second.Hour + 12 > opening.Hour ? second.Hour + 12 : second.Hour;
            // "10 p.m. until 6" runs overnight: its end is another day's, which a bare hour does not say.
            if (hour * 60 <= opening.Hour * 60 + opening.Minute)
                return null;
            var onDay = _anchor is { } anchorDay ? TimexDate.Of(anchorDay).Format() : "XXXX-XX-XX";
            return Interval(start, first, second, TimexType.TIME, onDay + opening.Format(), onDay + new ClockTime(hour, 0).Format(), rule);
        }
        // "July 13-15", "August 27th - 29th": the second end is a bare day borrowing the first one's month and year.
        if (second.Date is null && second.Clock is null && first.Date is { Precision: DatePrecision.Day } single && second.Day > single.Day &&
            second.Day <= DateTime.DaysInMonth(single.Year ?? 2000, single.Month))
            return Interval(start, first, second, TimexType.DATE, single.Format(), (single with { Day = second.Day }).Format(), rule);
        if (second.Date is not { } end || first.Clock is not null)
            return null;
        TimexDate begin;
        if (first.Date is { } d)
        {
            begin = d;
            // "samedi 13 au dimanche 15 juillet": a weekday and a bare day take the month of the closing date.
            if (d.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && d.Month != end.Month && d.Day < end.Day && Is(first.Start, LexKind.Weekday) &&
                !Is(first.End - 1, LexKind.Month))
                d = begin = end with { Day = d.Day };
            // "dal 3 marzo al 5 maggio 2025": the first end takes the year written at the second.
            if (d.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && end.Year is { } y && d.Year != y && d.Month <= end.Month)
                begin = d with { Year = y };
        }
        else if (first.Day > 0 && end.Precision == DatePrecision.Day && first.Day < end.Day)
            begin = end with { Day = first.Day };
        else
            return null;
        var beginValue = begin.Format();
        var endValue = end.Format();
        if (string.CompareOrdinal(beginValue, endValue) >= 0 && begin.Year is not null)
            return null;
        return Interval(start, first, second, TimexType.DATE, beginValue, endValue, rule);
    }

    /// <summary>du 13 au 18, entre le 13 et le 18: two bare days that a range word and an article open are days of the publication
    /// month (not "de 5 à 7", "du 13 au 18 ans", "de 13 à 18 heures").</summary>
    private Parse? BareDays(int start, Bound first, Bound second, string rule)
    {
        if (first.Date is not null || first.Clock is not null || second.Date is not null || second.Clock is not null || first.Day <= 0 || second.Day <= first.Day ||
            !Precedes(first.Start, LexKind.DateCue) || _anchor is not { } a || Is(second.End, LexKind.Unit) || Is(second.End, LexKind.ClockSuffix) || _t.IsChar(second.End, '%') || IsContentWord(second.End) ||
            second.Day > DateTime.DaysInMonth(a.Year, a.Month))
            return null;
        var month = TimexDate.OfMonth(a.Year, a.Month);
        // In an agenda, days already past this month are next month's (as for "le 16 à 18h").
        if (_forward && second.Day < a.Day && new DateOnly(a.Year, a.Month, 1).AddMonths(1) is var next && second.Day <= DateTime.DaysInMonth(next.Year, next.Month))
            month = TimexDate.OfMonth(next.Year, next.Month);
        return Interval(start, first, second, TimexType.DATE, (month with { Precision = DatePrecision.Day, Day = first.Day }).Format(),
            (month with { Precision = DatePrecision.Day, Day = second.Day }).Format(), rule);
    }

    /// <summary>A day and a span of clock times: giovedì dalle 9:30 alle 11:00, dalle 9 alle 11 di giovedì, 9:30 - 11:00 on Thursday.</summary>
    private Parse? DayWithTimeRange(int j)
    {
        // A day, or a day with its part (Donnerstag Vormittag von 9 bis 11).
        var onDay = DatePoint(j) is { Date.Precision: DatePrecision.Day, Value: null } date ? date : null;
        if (PartOfDay(j) is { Date.Precision: DatePrecision.Day } part && part.End > (onDay?.End ?? j))
            onDay = part;
        if (onDay is { } day && !_t.LineBreakBefore(day.End))
        {
            var k = _t.IsChar(day.End, ',') ? day.End + 1 : day.End;
            // Venerdì sera dalle 7 alle 9: the part of the day says which half the hours are in.
            if (day.Clock?.Part is not null && BareHourRangeOn(j, k, day) is { } inPart)
                return inPart;
            if (Range(k) is { Type: TimexType.TIME } range)
                return OnDay(j, range.End, day, range);
            if (BareHourRangeOn(j, k, day) is { } hours)
                return hours;
        }
        if (Range(j) is { Type: TimexType.TIME } first && !_t.LineBreakBefore(first.End))
        {
            var k = Lex(first.End, LexKind.Of, out var afterOf) || Lex(first.End, LexKind.DateCue, out afterOf) ? afterOf : first.End;
            if (DatePoint(k) is { Date.Precision: DatePrecision.Day, Value: null } later)
                return OnDay(j, later.End, later, first);
        }
        return null;
    }

    /// <summary>A span of clock times moved to the day the text names (a clock range alone is on the anchor day).</summary>
    private static Parse? OnDay(int start, int end, Parse day, Parse range)
    {
        if (day.Unresolved || range.Unresolved || range.Value is null || day.Date is not { } date)
            return null;
        var prefix = date.Format();
        string Redate(string value) => string.Join('/', value.Split('/').Select(bound => prefix + bound[bound.IndexOf('T')..]));
        return range with
        {
            Start = start,
            End = end,
            Rule = "day-time-range",
            Value = Redate(range.Value),
            Parts = [.. range.Parts.Select(part => part.Value is null ? part : part with { Value = Redate(part.Value) })],
            Priority = 4,
        };
    }

    /// <summary>The range as one interval, keeping its two ends as the separate expressions TimeML tags ("from <c>Aug. 26</c> to <c>Oct. 20</c>").</summary>
    private static Parse Interval(int start, Bound first, Bound second, TimexType type, string from, string to, string rule) =>
        new(start, second.End, type, rule)
        {
            Value = from + "/" + to,
            TakesDeterminer = true,
            Priority = 3,
            Parts = [new Parse(first.Start, first.End, type, rule + "-from") { Value = from }, new Parse(second.Start, second.End, type, rule + "-to") { Value = to }],
        };
}
