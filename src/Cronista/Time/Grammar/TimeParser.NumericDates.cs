using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Dates written in digits: 2025-08-13, 13/08/2025, 13.08.2025, 8/13/2025, and impossible ones that get no value.
internal sealed partial class TimeParser
{
    /// <summary>Dates in digits: 2025-08-13, 13/08/2025, 13.08.2025, 8/13/2025 (en), and 15/2 or 15.2. after a date cue.</summary>
    private Parse? NumericDate(int j)
    {
        if (!_t.IsNumber(j))
            return null;
        var surface = _t.Surface(j);
        if (surface.Contains('.'))
            return DottedDate(j, surface.ToString());
        if (!Int(j, out var a, out var da))
            return null;
        var sep = j + 1;
        if (!(_t.IsChar(sep, '/') || _t.IsChar(sep, '-')) || !_t.GluedToPrevious(sep) || !_t.GluedToPrevious(sep + 1) || !Int(sep + 1, out var b, out var db))
            return null;
        var separator = _t.Text[_t.StartOf(sep)];
        var third = sep + 2;
        if (_t.IsChar(third, separator) && _t.GluedToPrevious(third) && _t.GluedToPrevious(third + 1) && Int(third + 1, out var c, out var dc))
        {
            var end = third + 2;
            if (_t.GluedToPrevious(end) && (_t.IsChar(end, separator) || _t.IsNumber(end)))
                return null; // a longer code: 02/12/34/56
            if (da == 4 && db <= 2 && dc <= 2)
                return MakeDay(j, end, a, b, c, "iso-date") is { } iso ? iso with { Priority = 3 } : null;
            // "10/31/74"; with dashes a two-digit year only where the order leaves no doubt ("10-31-74", not "10-11-12").
            if (da <= 2 && db <= 2 && (dc == 4 || dc == 2 && (separator == '/' || a <= 12 && b > 12)))
                return Ordered(j, end, a, b, dc == 4 ? c : Anchoring.ExpandYear(c, _anchor), "numeric-date");
            return null;
        }
        // "on 4/25", "4/25 at 4 p.m.", "31/10": a month and day alone only where a date is expected or the numbers leave no doubt.
        if (separator == '/' && da <= 2 && db <= 2 && (Precedes(j, LexKind.DateCue) || AtClockAfter(third) || SureDayMonth(a, da, b, db)) && !(_t.GluedToPrevious(third) && _t.IsNumber(third)))
            return Ordered(j, sep + 2, a, b, null, "numeric-day-month");
        if (!(_t.GluedToPrevious(third) && (_t.IsNumber(third) || _t.IsChar(third, separator))))
            return NumericMonthYear(j, sep + 2, a, da, b, db, separator);
        return null;
    }

    /// <summary>31/10, 17/02 without a cue: day first, the month in two digits and the day past 12 or with its leading zero. A
    /// fraction or a mark (1/2, 8/10, 15/20) and "24/7" are not written that way.</summary>
    private bool SureDayMonth(int day, int dayDigits, int month, int monthDigits) =>
        _lang.DateOrder == DateOrder.DayMonthYear && monthDigits == 2 && month is >= 1 and <= 12 && (day >= 13 || dayDigits == 2 && day < 10) && day <= 31;

    /// <summary>13.08.2025, 13.8.25, and German "15.2." with its closing dot.</summary>
    private Parse? DottedDate(int j, string surface)
    {
        var parts = surface.Split('.');
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 4 || !part.All(char.IsAsciiDigit))
                return null;
        }
        var inv = CultureInfo.InvariantCulture;
        if (parts.Length == 3 && parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length is 2 or 4)
        {
            var year = int.Parse(parts[2], inv);
            return Ordered(j, j + 1, int.Parse(parts[0], inv), int.Parse(parts[1], inv), parts[2].Length == 4 ? year : Anchoring.ExpandYear(year, _anchor), "numeric-date");
        }
        if (parts.Length == 2 && parts[0].Length <= 2 && parts[1].Length <= 2)
        {
            var closingDot = _t.IsChar(j + 1, '.') && _t.GluedToPrevious(j + 1);
            // "14. - 15.10": the closing end of a range of days needs no closing dot.
            // (not a Swiss price: "14 - 15.10 Franken").
            var closesRange = _t.IsDash(j - 1) && (_t.IsNumber(j - 2) || _t.IsChar(j - 2, '.') && _t.IsNumber(j - 3)) && !IsContentWord(j + 1) && !_t.IsNumber(j + 1);
            if (_lang.OrdinalDot && closingDot || (Precedes(j, LexKind.DateCue) || closesRange) && _lang.OrdinalDot)
                return Ordered(j, closingDot ? j + 2 : j + 1, int.Parse(parts[0], inv), int.Parse(parts[1], inv), null, "numeric-day-month");
        }
        return null;
    }

    private static Parse Impossible(int start, int end, string rule) =>
        new(start, end, TimexType.DATE, rule + "-impossible") { Unresolved = true, TakesDeterminer = true, Priority = 2, Confidence = 0.5 };

    /// <summary>Puts two numbers in the language's day-month order, swapping them when only the other order is a valid date.</summary>
    private Parse? Ordered(int start, int end, int first, int second, int? year, string rule)
    {
        var (day, month) = _lang.DateOrder == DateOrder.DayMonthYear ? (first, second) : (second, first);
        if (month > 12 && day <= 12)
            (day, month) = (month, day);
        return MakeDay(start, end, year, month, day, rule);
    }
}
