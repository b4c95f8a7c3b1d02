using Cronista.Text;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Days and parts of days named through another day: la veille, le lendemain, am Vortag (ReferenceDay rows); lundi en huit
// (WeekdayShift rows); Mittwoch in zwei Wochen; am Abend, le soir, mercredi en soirée (PartCue rows).
internal sealed partial class TimeParser
{
    /// <summary>la veille, le lendemain, am Vortag: a day from the publication date, moved to the day under discussion by <see cref="Refer"/>.</summary>
    private Parse? ReferenceDay(int j)
    {
        if (!Lex(j, LexKind.ReferenceDay, out var entry, out var end))
            return null;
        // le lendemain du 13 février, am Tag nach dem 3. März: from the day it names.
        if (Lex(end, LexKind.Of, out var afterOf) && DatePoint(SkipDeterminer(afterOf)) is { Date.AsDate: { } named, Value: null } day)
            return new Parse(j, day.End, TimexType.DATE, "reference-day-of") { Date = TimexDate.Of(named.AddDays(entry.Number)), TakesDeterminer = true, Priority = 2 };
        return new Parse(j, end, TimexType.DATE, "reference-day")
        {
            Date = AnchoredDay(entry.Number),
            Unresolved = _anchor is null,
            ReferenceDays = entry.Number,
            TakesDeterminer = true,
            Priority = 1,
        };
    }

    /// <summary>en fin d'après-midi, en début de soirée, en fin de journée: the start, middle or end of a part of the day, or of the day
    /// itself (TIMEX3 writes the part with the modifier START, MID or END); on <paramref name="day"/>, or the publication day.</summary>
    private Parse? PartOfDayPart(int i, Parse? day = null)
    {
        if (!Lex(i, LexKind.PeriodMod, out var mod, out var k) || _t.LineBreakBefore(k))
            return PlacedPartOfDay(i, day);
        // early in the morning: a cue may stand where "of" does.
        var m = SkipDeterminer(Lex(k, LexKind.Of, out var afterOf) ? afterOf : Lex(k, LexKind.PartCue, out var afterCue) ? afterCue : k);
        var date = day?.Date ?? AnchoredDay(0);
        var unresolved = day?.Unresolved ?? _anchor is null;
        var start = day?.Start ?? i;
        if (Lex(m, LexKind.PartOfDay, out var part, out var end) && !part.Strict)
            return PartOn(start, end, date, part.Value, unresolved, "part-of-day-part") with { Mod = mod.Value, TakesDeterminer = true, ReferenceDays = day?.ReferenceDays };
        // "en fin de journée", with no article: "late in the day", "am Ende des Tages" are idioms as often as times.
        if (m == afterOf && !Is(k, LexKind.Determiner) && Lex(m, LexKind.Unit, out var unit, out end) && unit.Value == "D" && !unit.Plural && !Is(end, LexKind.Of))
            return new Parse(start, end, TimexType.DATE, "day-part") { DayAsPart = true, Date = date, Unresolved = unresolved, Mod = mod.Value, TakesDeterminer = true, Priority = 1, ReferenceDays = day?.ReferenceDays };
        // late tonight, early this morning: the word may place a part that names its own day too.
        return PlacedPartOfDay(i, day);
    }

    /// <summary>le 16 à 18h, le 2 vers 5h, am 15.: a day of the month alone after its article or cue is a date when a clock time follows
    /// or, in German, its ordinal form says so (alone, "le 16" is too often something else); it is in the publication month, or the
    /// next one in an agenda once the day has passed.</summary>
    private Parse? DayNumberBeforeClock(int j)
    {
        // An ordinal written with digits (15th, 1er, 1°) may also follow an article alone ("the 15th"); a plain number needs its cue.
        var written = _t.Surface(j) is { Length: > 0 } surface && char.IsAsciiDigit(surface[0]);
        if (!written || !DayNumber(j, out var day, out var end) || _t.LineBreakBefore(end) || _anchor is not { } a)
            return null;
        var suffixed = !_lang.OrdinalDot && (!Int(j, out _, out _) || end > j + 1);
        // After an article alone it must end its clause ("on the 15th."): "the 11th Circuit" names something else.
        var afterArticle = !Precedes(j, LexKind.DateCue) && suffixed && EndingAt(j, LexKind.Determiner).Any();
        if (!Precedes(j, LexKind.DateCue) && !afterArticle || afterArticle && end < _t.Count && _t.Kind(end) is not TokenKind.Punctuation)
            return null;
        var k = OpenBoundBeforeClock(end, out var afterBound) is not null ? afterBound : end;
        k = Lex(k, LexKind.ClockCue, out var afterCue) ? afterCue : k;
        if (Lex(k, LexKind.Approx, out var afterApprox))
            k = afterApprox;
        // "am 15.", "am 15ten": a German day number says it is one by its dot or ending, unless a noun follows (am 3. Tag).
        var ordinalForm = _lang.OrdinalDot && !Int(j, out _, out _) || _lang.OrdinalDot && end > j + 1 || suffixed;
        var standsAlone = ordinalForm && !IsContentWord(end) && !Is(end, LexKind.Unit) && !Is(end, LexKind.Month) && !_t.IsNumber(end) ||
            ArticleDayEndsClause(j, end);
        // le 13 au soir: a part of the day names the day too.
        // (A German day number says so by its dot: "11 am Vormittag" is a clock time.)
        var withPart = (ordinalForm || !_lang.OrdinalDot) && Lex(end, LexKind.PartCue, out var afterPartCue) && Is(SkipDeterminer(afterPartCue), LexKind.PartOfDay);
        if (!standsAlone && !withPart && (k == end || ClockAt(k) is not { Type: TimexType.TIME }))
            return null;
        var month = new DateOnly(a.Year, a.Month, 1);
        if (_forward && day < a.Day)
            month = month.AddMonths(1);
        if (day > DateTime.DaysInMonth(month.Year, month.Month))
            return null;
        return new Parse(j, end, TimexType.DATE, "day-before-clock") { Date = TimexDate.Of(new DateOnly(month.Year, month.Month, day)), TakesDeterminer = true };
    }

    /// <summary>"le 16.", "il 19,": a day number right after an article that is a date cue, closing its clause; with a noun after
    /// it ("il 19 per cento", "le 16 ans") or a figure in a list, the number counts something else.</summary>
    private bool ArticleDayEndsClause(int j, int end)
    {
        // The cue holds an article (le, il), or ends a phrase that opens a date (à partir du 8; "dal 20" alone may be a figure).
        var articleCue = EndingAt(j, LexKind.DateCue).Any(cue =>
            EndingAt(j, LexKind.Determiner).Any(article => article.Start == cue.Start) || EndingAt(j, LexKind.OpenBound).Any(bound => bound.Start < cue.Start));
        if (!articleCue || end != j + 1 || _t.IsNumber(j - 2) || _t.IsChar(j - 2, ','))
            return false;
        return end >= _t.Count || _t.LineBreakBefore(end) ||
            _t.Kind(end) is TokenKind.Punctuation && (_t.IsChar(end, ',') || _t.IsChar(end, '.') || _t.IsChar(end, ';') || _t.IsChar(end, ':') ||
                _t.IsChar(end, ')') || _t.IsChar(end, '!') || _t.IsChar(end, '?')) && !_t.IsNumber(end + 1);
    }

    /// <summary>la semaine du 7 octobre, die Woche vom 7. Oktober, the week of October 6th, il weekend del 15 febbraio: the week (or
    /// weekend) holding a day.</summary>
    private Parse? WeekOfDay(int j)
    {
        if (!Lex(j, LexKind.Unit, out var unit, out var k) || unit.Value is not ("W" or "WE") || unit.Plural)
            return null;
        if (!(Lex(k, LexKind.Of, out var afterOf) || Lex(k, LexKind.DateCue, out afterOf)) || DatePoint(SkipDeterminer(afterOf)) is not { Date.AsDate: { } day, Value: null } date)
            return null;
        // Where the week starts on Sunday, a Sunday opens the (ISO) week after it.
        if (_lang.WeekStartsSunday && unit.Value == "W" && day.DayOfWeek == DayOfWeek.Sunday)
            day = day.AddDays(1);
        return new Parse(j, date.End, TimexType.DATE, "week-of-day") { Date = TimexDate.WeekOf(day, weekend: unit.Value == "WE"), TakesDeterminer = true, Priority = 3 };
    }

    /// <summary>nachmittags um 3 Uhr, abends um halb acht: the half of the day said before the clock time.</summary>
    private Parse? MeridiemBeforeClock(int j)
    {
        if (!Lex(j, LexKind.Meridiem, out var marker, out var k) || _t.LineBreakBefore(k))
            return null;
        var cued = Lex(k, LexKind.ClockCue, out var afterCue);
        if (cued)
            k = afterCue;
        // "in the evening at eight": after the part of the day and a cue, a bare hour is a time of day, as after a day.
        if ((ClockAt(k) ?? (cued ? FullHour(k) : null)) is not { Clock: { Part: null, Hour: <= 12 } clock, HalfKnown: false } time)
            return null;
        if (marker.Value == "PM" && clock.Hour < 12)
            clock = clock with { Hour = clock.Hour + 12 };
        // "in the evening at 8": the preposition stays outside, as before any part of the day.
        var start = Lex(j, LexKind.PartCue, out var afterPartCue) && afterPartCue < k ? afterPartCue : j;
        return time with { Start = start, Clock = clock, HalfKnown = true, Rule = "meridiem-clock" };
    }

    /// <summary>After a weekday at token k: en huit, en quinze (the first such weekday a week or two from now), in/vor zwei Wochen
    /// (that weekday in the week two weeks on or back), nach dem nächsten (the one after next).</summary>
    private Parse? ShiftedWeekday(int j, int k, int weekday)
    {
        if (_t.LineBreakBefore(k) || _anchor is not { } a)
            return null;
        if (Lex(k, LexKind.WeekdayShift, out var shift, out var end))
        {
            var from = a.AddDays(shift.Number);
            return new Parse(j, end, TimexType.DATE, "weekday-shift") { Date = TimexDate.Of(from.AddDays((weekday - HolidayRule.IsoWeekday(from) + 7) % 7)), Priority = 2 };
        }
        var sign = Lex(k, LexKind.Later, out var m) ? 1 : Lex(k, LexKind.AgoBefore, out m) ? -1 : 0;
        if (sign != 0 && CountedUnit(m, out var amount, out var unit, out end) && unit == "W" && amount is { } n && n == decimal.Truncate(n) && n is > 0 and < 100)
        {
            var inWeek = a.AddDays(sign * 7 * (int)n);
            return new Parse(j, end, TimexType.DATE, "weekday-weeks") { Date = TimexDate.Of(inWeek.AddDays(weekday - HolidayRule.IsoWeekday(inWeek))), Priority = 2 };
        }
        return null;
    }

    /// <summary>lundi fin d'après-midi, aujourd'hui en début de soirée, le 12 février en fin de journée: a day and the start, middle or
    /// end of one of its parts (a day with a whole part, and a part alone after its cue, are read by <see cref="PartOfDay"/>).</summary>
    private Parse? DayWithPartOfDayPart(int j)
    {
        if (DatePoint(j) is not { Date.Precision: DatePrecision.Day, Value: null } day || _t.LineBreakBefore(day.End))
            return null;
        return PartOfDayPart(Lex(day.End, LexKind.PartCue, out var afterCue) ? afterCue : day.End, day);
    }
}
