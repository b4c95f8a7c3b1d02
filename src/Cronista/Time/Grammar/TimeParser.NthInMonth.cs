using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// The nth or last weekday, day or week of a month: the first Tuesday of October, ultimo lunedì di marzo.
internal sealed partial class TimeParser
{
    /// <summary>ultimo lunedì di marzo, the first Tuesday of October 2014, letzter Sonntag im März, le dernier jour d'octobre,
    /// erste Woche im Oktober, le premier week-end de septembre, le premier mercredi du mois prochain.</summary>
    private Parse? NthInMonth(int j)
    {
        int nth;
        if (Lex(j, LexKind.Ordinal, out var ordinal, out var k))
            nth = ordinal.Number;
        else if (DayNumber(j, out nth, out k) && (!Int(j, out _, out _) || k > j + 1)) // 3eme, 3rd, 3., 1°
        { }
        else
            return null;
        // "the second last week", "the fifth last day": counted back from the end.
        var fromEnd = false;
        if (nth > 0 && Lex(k, LexKind.Ordinal, out var last, out var afterLast) && last.Number == -1)
            (fromEnd, k) = (true, afterLast);
        // What is counted: a weekday, or a day, week or weekend (a week is counted by its Monday, a weekend by its Saturday).
        var weekday = 0;
        string? unitValue = null;
        if (Lex(k, LexKind.Weekday, out var day, out var afterDay) && !day.Plural)
            weekday = day.Number;
        else if (Lex(k, LexKind.Unit, out var unit, out afterDay) && !unit.Plural && unit.Value is "D" or "W" or "WE")
            unitValue = unit.Value;
        else
            return null;
        if (!Lex(afterDay, LexKind.Of, out var m))
            return null;
        m = SkipDeterminer(m);
        // il primo martedì del mese di ottobre: the month named after its unit.
        if (Lex(m, LexKind.Unit, out var monthUnit, out var afterUnit) && monthUnit.Value == "M" && !monthUnit.Plural && Lex(afterUnit, LexKind.Of, out var afterUnitOf) && Is(afterUnitOf, LexKind.Month))
            m = afterUnitOf;
        int? year;
        int monthNumber;
        int end;
        if (Lex(m, LexKind.Month, out var month, out end))
        {
            monthNumber = month.Number;
            year = YearAfter(end, out var afterYear);
            if (year is not null)
                end = afterYear;
            else if (_anchor is { } a)
                year = Anchoring.InferYear(a, month.Number, 15);
        }
        else if (RelativePeriod(m) is { Date: { Precision: DatePrecision.Month, Year: { } relativeYear } relative } period)
        {
            (monthNumber, year, end) = (relative.Month, relativeYear, period.End);
        }
        else if (YearNumber(m, out var wholeYear) && (fromEnd || nth == -1))
        {
            // "the last week of 2018", "the third last day of 2018"
            (monthNumber, year, end) = (0, wholeYear, m + 1);
        }
        else
            return null;
        if (year is not { } y)
            return null;
        if (fromEnd || monthNumber == 0)
            return CountedFromEnd(j, end, y, monthNumber, weekday, unitValue, fromEnd ? nth : 1);
        // Weeks and weekends are the whole ones in the month: the first starts on its first Monday (Saturday), the last ends on its last Sunday.
        var counted = weekday > 0 ? weekday : unitValue switch { "W" or "WE" when nth == -1 => 7, "W" => 1, "WE" => 6, _ => 0 };
        DateOnly date;
        if (counted > 0)
        {
            if (nth is 0 or > 5)
                return null;
            date = HolidayRule.NthWeekday(y, monthNumber, counted, nth);
            if (date.Month != monthNumber)
                return null;
        }
        else
        {
            var days = DateTime.DaysInMonth(y, monthNumber);
            var n = nth == -1 ? days : nth;
            if (n < 1 || n > days)
                return null;
            date = new DateOnly(y, monthNumber, n);
        }
        var value = unitValue is "W" or "WE" ? TimexDate.WeekOf(date, weekend: unitValue == "WE") : TimexDate.Of(date);
        return new Parse(j, end, TimexType.DATE, "nth-in-month") { Date = value, TakesDeterminer = true, Priority = 3 };
    }

    /// <summary>The date with this day number and weekday in the anchor's month or the months either side.</summary>
    private DateOnly? WeekdayInNearbyMonth(DateOnly anchor, int weekday, int day)
    {
        // A forward-looking text (an agenda) may name a day months ahead: jeudi 15 is the next Thursday the 15th.
        foreach (var offset in _forward ? Enumerable.Range(0, 12) : [0, 1, -1])
        {
            var month = anchor.AddMonths(offset);
            if (day > DateTime.DaysInMonth(month.Year, month.Month))
                continue;
            var date = new DateOnly(month.Year, month.Month, day);
            if (HolidayRule.IsoWeekday(date) == weekday && !(_forward && date < anchor))
                return date;
        }
        return null;
    }
}
