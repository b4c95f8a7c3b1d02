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
        return new Parse(j, end, TimexType.DATE, "reference-day")
        {
            Date = AnchoredDay(entry.Number),
            Unresolved = _anchor is null,
            ReferenceDays = entry.Number,
            TakesDeterminer = true,
            Priority = 1,
        };
    }

    /// <summary>le 16 à 18h, le 2 vers 5h: a day of the month alone after its article is a date when a clock time follows (alone, "le 16"
    /// is too often something else); it is in the publication month, or the next one in an agenda once the day has passed.</summary>
    private Parse? DayNumberBeforeClock(int j)
    {
        if (!_t.IsNumber(j) || !Precedes(j, LexKind.DateCue) || !DayNumber(j, out var day, out var end) || _t.LineBreakBefore(end) || _anchor is not { } a)
            return null;
        var k = Lex(end, LexKind.ClockCue, out var afterCue) ? afterCue : end;
        if (Lex(k, LexKind.Approx, out var afterApprox))
            k = afterApprox;
        if (k == end || ClockAt(k) is not { Type: TimexType.TIME })
            return null;
        var month = new DateOnly(a.Year, a.Month, 1);
        if (_forward && day < a.Day)
            month = month.AddMonths(1);
        if (day > DateTime.DaysInMonth(month.Year, month.Month))
            return null;
        return new Parse(j, end, TimexType.DATE, "day-before-clock") { Date = TimexDate.Of(new DateOnly(month.Year, month.Month, day)), TakesDeterminer = true };
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
}
