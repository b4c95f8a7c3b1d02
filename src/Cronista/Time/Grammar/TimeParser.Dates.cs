using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Calendar dates: day-month-year in words and digits, months, years, decades, centuries, quarters, seasons.
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

    /// <summary>A year: after a preposition that marks years (nel 2024), after a year noun (l'anno 2024), or standing alone where a noun cannot follow.</summary>
    private Parse? Year(int j)
    {
        if (!YearNumber(j, out var year))
            return null;
        // "$2024" is money.
        if (j > 0 && _t.Kind(j - 1) == Text.TokenKind.Symbol && _t.GluedToPrevious(j))
            return null;
        var date = TimexDate.OfYear(year);
        foreach (var noun in EndingAt(j, LexKind.YearNoun))
            return new Parse(noun.Start, j + 1, TimexType.DATE, "year-noun") { Date = date, TakesDeterminer = true, Priority = 1 };
        if (Precedes(j, LexKind.YearCue) || Precedes(j, LexKind.RangeFrom) || Precedes(j, LexKind.RangeTo))
            return new Parse(j, j + 1, TimexType.DATE, "year") { Date = date, Priority = 1 };
        // "the 1987 crash", "its 1990 invasion": a modern year between a determiner and its noun names the year.
        if (year is >= 1900 and <= 2100 && Precedes(j, LexKind.YearOwner) && IsContentWord(j + 1) && !Is(j + 1, LexKind.Unit))
            return new Parse(j, j + 1, TimexType.DATE, "year-modifier") { Date = date, Confidence = 0.7 };
        // A bare year: not before a count's noun or unit, and not before another number ("2024 500" may be one number).
        if (year is >= 1900 and <= 2100 && !IsContentWord(j + 1) && !Is(j + 1, LexKind.Unit) && !(_t.IsNumber(j + 1) && !_t.LineBreakBefore(j + 1)))
            return new Parse(j, j + 1, TimexType.DATE, "bare-year") { Date = date, Confidence = 0.7 };
        return null;
    }

    /// <summary>1910-1945, 1910–45, 2023/24: a span of years.</summary>
    private Parse? YearRange(int j)
    {
        if (!YearNumber(j, out var first))
            return null;
        var sep = j + 1;
        if (!(_t.IsDash(sep) || _t.IsChar(sep, '/')) || _t.LineBreakBefore(sep) || _t.LineBreakBefore(sep + 1))
            return null;
        if (_t.IsChar(sep, '/') && !(_t.GluedToPrevious(sep) && _t.GluedToPrevious(sep + 1)))
            return null;
        if (!Int(sep + 1, out var value, out var digits))
            return null;
        if (_t.GluedToPrevious(sep + 2) && (_t.IsDash(sep + 2) || _t.IsChar(sep + 2, '/') || _t.IsNumber(sep + 2)))
            return null; // 2025-08-13 is a date
        int last;
        if (digits == 4 && value > first && value <= first + 200)
            last = value;
        else if (digits == 2 && first % 100 < value && value - first % 100 <= 30)
            last = first / 100 * 100 + value;
        else
            return null;
        return new Parse(j, sep + 2, TimexType.DATE, "year-range")
        {
            Value = $"{first:D4}/{last:D4}",
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    /// <summary>anni '90, gli anni Novanta, the 1990s, the '90s, die 90er Jahre, les années 1990.</summary>
    private Parse? Decade(int j)
    {
        int? decade = null;
        var start = j;
        var end = j;
        if (Lex(j, LexKind.DecadeWord, out var k))
        {
            var n = _t.IsChar(k, '\'') || _t.IsChar(k, '’') ? k + 1 : k;
            if (Int(n, out var value, out var digits) && value % 10 == 0 && digits is 2 or 4)
            {
                decade = digits == 4 ? value / 10 : Anchoring.Decade(value, _anchor);
                end = n + 1;
            }
            else if (_t.IsWord(n) && _lang.Numbers.TryRead(_t, n, out var words) && words.End == n + 1 && words.Value is >= 10 and <= 90 && words.Value % 10 == 0)
            {
                decade = Anchoring.Decade((int)words.Value, _anchor);
                end = n + 1;
            }
        }
        else if (_t.IsNumber(j))
        {
            var surface = TextFold.Fold(_t.Surface(j));
            var digits = 0;
            while (digits < surface.Length && char.IsAsciiDigit(surface[digits]))
                digits++;
            var ending = surface[digits..];
            if (digits is 2 or 4 && (ending == "s" || _lang.DecadeEnding is { } de && ending == de || ending.Length == 0 && digits == 4 && _t.Norm(j + 1) == "'s" && _t.GluedToPrevious(j + 1)))
            {
                var value = int.Parse(surface.AsSpan(0, digits), CultureInfo.InvariantCulture);
                if (value % 10 == 0)
                {
                    decade = digits == 4 ? value / 10 : Anchoring.Decade(value, _anchor);
                    end = ending.Length == 0 ? j + 2 : j + 1;
                    if ((_t.IsChar(j - 1, '\'') || _t.IsChar(j - 1, '’')) && _t.GluedToPrevious(j))
                        start = j - 1;
                    if (_t.IsDash(end) && _t.GluedToPrevious(end) && Lex(end + 1, LexKind.DecadeSuffix, out var afterDash))
                        end = afterDash;
                    else if (Lex(end, LexKind.DecadeSuffix, out var afterSuffix))
                        end = afterSuffix;
                }
            }
        }
        else if (Lex(j, LexKind.DecadeName, out var name, out var afterName))
        {
            decade = Anchoring.Decade(name.Number * 10, _anchor);
            end = Lex(afterName, LexKind.DecadeSuffix, out var afterSuffix) ? afterSuffix : afterName;
        }
        if (decade is null)
            return null;
        return new Parse(start, end, TimexType.DATE, "decade")
        {
            Date = new TimexDate(DatePrecision.Decade, null, Part: decade.Value),
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    /// <summary>XX secolo, the 20th century, das 20. Jahrhundert, le XXe siècle, il Novecento.</summary>
    private Parse? Century(int j)
    {
        if (Lex(j, LexKind.CenturyName, out var name, out var afterName))
        {
            return new Parse(j, afterName, TimexType.DATE, "century-name")
            {
                Date = new TimexDate(DatePrecision.Century, null, Part: name.Number),
                TakesDeterminer = true,
            };
        }
        int ordinal;
        int k;
        if (RomanNumeral(j, out ordinal))
            k = j + 1;
        else if (!DayNumber(j, out ordinal, out k))
            return null;
        if (ordinal is < 1 or > 30 || !Lex(k, LexKind.Century, out var end))
            return null;
        return new Parse(j, end, TimexType.DATE, "century")
        {
            Date = new TimexDate(DatePrecision.Century, null, Part: ordinal - 1),
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    /// <summary>An upper-case Roman numeral, optionally with the French ordinal ending (XXe, XIXème).</summary>
    private bool RomanNumeral(int i, out int value)
    {
        value = 0;
        if (!_t.IsWord(i))
            return false;
        var surface = _t.Surface(i);
        var length = surface.Length;
        if (surface.EndsWith("ème"))
            length -= 3;
        else if (surface.EndsWith("e"))
            length -= 1;
        var previous = 0;
        for (var k = length - 1; k >= 0; k--)
        {
            var digit = surface[k] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (digit == 0)
                return false;
            value += digit < previous ? -digit : digit;
            previous = Math.Max(previous, digit);
        }
        return length > 0 && value > 0;
    }

    /// <summary>il primo trimestre 2025, the third quarter, im ersten Halbjahr, Q1 2025.</summary>
    private Parse? QuarterOrHalf(int j)
    {
        var adjective = false;
        int part;
        string unit;
        int k;
        if (Lex(j, LexKind.Ordinal, out var ordinal, out var afterOrdinal) && Lex(afterOrdinal, LexKind.Unit, out var entry, out k) && entry.Value is "Q" or "HY")
        {
            unit = entry.Value;
            part = ordinal.Number == -1 ? (unit == "Q" ? 4 : 2) : ordinal.Number;
        }
        else if (_t.IsWord(j) && _t.Norm(j).IndexOf('-') is > 0 and var dash && _lang.Words.TryGetValue(_t.Norm(j)[..dash], out var left) &&
                 left.FirstOrDefault(e => e.Kind == LexKind.Ordinal) is { } hyphenOrdinal && _lang.Words.TryGetValue(_t.Norm(j)[(dash + 1)..], out var right) &&
                 right.FirstOrDefault(e => e.Kind == LexKind.Unit && e.Value is "Q" or "HY") is { } hyphenUnit)
        {
            // third-quarter, first-half: an adjective ("the third-quarter results"), so the article is the noun's
            adjective = true;
            unit = hyphenUnit.Value;
            part = hyphenOrdinal.Number == -1 ? (unit == "Q" ? 4 : 2) : hyphenOrdinal.Number;
            k = j + 1;
        }
        else if (_t.IsWord(j) && _t.Norm(j) is { Length: 2 } code && code[0] is 'q' or 'h' && code[1] is >= '1' and <= '4' && _t.IsCapitalized(j))
        {
            unit = code[0] == 'q' ? "Q" : "HY";
            part = code[1] - '0';
            k = j + 1;
        }
        else
            return null;
        if (part < 1 || unit == "Q" && part > 4 || unit == "HY" && part > 2)
            return null;
        var y = Lex(k, LexKind.Of, out var afterOf) ? SkipDeterminer(afterOf) : k;
        int? year = null;
        var end = k;
        if (YearNumber(y, out var explicitYear))
        {
            year = explicitYear;
            end = y + 1;
        }
        else if (Lex(k, LexKind.Modifier, out var modifier, out var afterModifier))
        {
            if (_anchor is { } a)
                year = a.Year + Offset(modifier.Value);
            end = afterModifier;
        }
        else if (_anchor is { } a)
            year = a.Year;
        return new Parse(j, end, TimexType.DATE, unit == "Q" ? "quarter" : "half-year")
        {
            Date = new TimexDate(unit == "Q" ? DatePrecision.Quarter : DatePrecision.Half, year, Part: part),
            TakesDeterminer = !adjective,
            Priority = 2,
        };
    }

    /// <summary>l'estate 2024, summer 2024, im Sommer 2024, l'été 2024.</summary>
    private Parse? SeasonOfYear(int j)
    {
        if (!Lex(j, LexKind.Season, out var season, out var k))
            return null;
        var year = YearAfter(k, out var end);
        if (year is null)
            return null;
        return new Parse(j, end, TimexType.DATE, "season-year")
        {
            Date = new TimexDate(DatePrecision.Season, year, Season: season.Value),
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    // NEXT2, LAST2: the one after next, the one before last (übernächste, vorletzte).
    private static int Offset(string modifier) => modifier switch { "LAST" => -1, "NEXT" => 1, "LAST2" => -2, "NEXT2" => 2, _ => 0 };
}
