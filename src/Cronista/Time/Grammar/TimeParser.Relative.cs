using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Dates relative to the publication date: today, weekdays, last week, three days ago, holidays, early August.
internal sealed partial class TimeParser
{
    /// <summary>oggi, ieri, l'altro ieri, tomorrow, vorgestern, après-demain.</summary>
    private Parse? RelativeDay(int j)
    {
        if (!Lex(j, LexKind.RelativeDay, out var entry, out var end))
            return null;
        // dans la journée de mardi, in giornata di lunedì: the day is the one named after it.
        if (entry.Number == 0 && Lex(end, LexKind.Of, out var afterOf) && DatePoint(SkipDeterminer(afterOf)) is { Date.Precision: DatePrecision.Day, Value: null } named)
            return named with { Start = j, Rule = "relative-day-of", Priority = 2 };
        return new Parse(j, end, TimexType.DATE, "relative-day")
        {
            Date = AnchoredDay(entry.Number),
            Unresolved = _anchor is null,
            Priority = 1,
        };
    }

    /// <summary>A weekday: with scorso/next after it, with a day number (martedì 19), or alone (the nearest one, past unless the sentence speaks of the future).</summary>
    private Parse? WeekdayDate(int j)
    {
        // Strict forms (Sa, Fr, dim.) stand only before their date (Sa, 21. Sept), read by ExplicitDate.
        if (!Lex(j, LexKind.Weekday, out var weekday, out var k) || weekday.Plural)
            return null;
        if (weekday.Strict)
            return AbbreviatedWeekdayDay(j, k, weekday.Number);
        if (Lex(k, LexKind.Modifier, out var modifier, out var afterModifier) && !modifier.Before && !_t.LineBreakBefore(k) && !Is(afterModifier, LexKind.Unit))
            return WeekdayWithModifier(j, afterModifier, weekday.Number, modifier.Value, "weekday-modifier");
        if (ShiftedWeekday(j, k, weekday.Number) is { } shifted)
            return shifted;
        // mercoledì di questa settimana, Wednesday of next week, mardi de la semaine prochaine, Mittwoch nächste Woche
        var w = Lex(k, LexKind.Of, out var afterOf) ? afterOf : k;
        if (!_t.LineBreakBefore(k) && RelativePeriod(SkipDeterminer(w)) is { Date: { Precision: DatePrecision.Week, Year: { } weekYear } week } period)
        {
            var date = System.Globalization.ISOWeek.ToDateTime(weekYear, week.Part, (DayOfWeek)(weekday.Number % 7));
            return new Parse(j, period.End, TimexType.DATE, "weekday-of-week") { Date = TimexDate.Of(DateOnly.FromDateTime(date)), Priority = 2 };
        }
        // Tuesday the 19th
        var d = SkipDeterminer(k);
        if (d > k && DayNumber(d, out var nth, out var afterNth) && !Int(d, out _, out _) && !Is(afterNth, LexKind.Month) && _anchor is { } at &&
            WeekdayInNearbyMonth(at, weekday.Number, nth) is { } dated)
            return new Parse(j, afterNth, TimexType.DATE, "weekday-day") { Date = TimexDate.Of(dated), Priority = 1 };
        // Not the hour of a clock time: Donnerstag 8:00, Freitag 8 Uhr, Thursday 10 a.m.
        if (Int(k, out var day, out var digits) && digits <= 2 && day is >= 1 and <= 31 && !Is(k + 1, LexKind.Month) && !Is(k + 1, LexKind.Unit) && !_t.LineBreakBefore(k) &&
            !_t.IsChar(k + 1, ':') && !Is(k + 1, LexKind.ClockSuffix) && !Is(k + 1, LexKind.Meridiem))
        {
            if (_anchor is { } a && WeekdayInNearbyMonth(a, weekday.Number, day) is { } date)
                return new Parse(j, k + 1, TimexType.DATE, "weekday-day") { Date = TimexDate.Of(date), Priority = 1 };
        }
        // vendredi quinze à 16h: a day in words, when a clock time follows.
        if (_t.IsWord(k) && _lang.Numbers.TryRead(_t, k, out var words) && !words.Weak && words.Value is >= 1 and <= 31 && words.Value == decimal.Truncate(words.Value) &&
            Lex(words.End, LexKind.ClockCue, out var afterCue) && ClockAt(afterCue) is not null && _anchor is { } anchorDay &&
            WeekdayInNearbyMonth(anchorDay, weekday.Number, (int)words.Value) is { } worded)
            return new Parse(j, words.End, TimexType.DATE, "weekday-day") { Date = TimexDate.Of(worded), Priority = 1 };
        // "as early as Tuesday" is ahead; not "by Tuesday", which a past perfect often goes with ("had filed reports by Wednesday").
        var earliest = EndingAt(j, LexKind.Deadline).Any(m => m.Payload.Value == "EARLIEST");
        var direction = earliest || IsFutureSentence(j) ? Direction.Future : Direction.Past;
        return new Parse(j, k, TimexType.DATE, "weekday")
        {
            Date = _anchor is { } anchor ? TimexDate.Of(Anchoring.Weekday(anchor, weekday.Number, direction, strict: _forward)) : UnknownDay,
            Unresolved = _anchor is null,
            Confidence = 0.8,
        };
    }

    private Parse WeekdayWithModifier(int start, int end, int weekday, string modifier, string rule)
    {
        DateOnly? date = _anchor is { } a
            ? modifier switch
            {
                "LAST" => Anchoring.Weekday(a, weekday, Direction.Past, strict: true),
                "NEXT" => Anchoring.Weekday(a, weekday, Direction.Future, strict: true),
                "NEXT2" => Anchoring.Weekday(a, weekday, Direction.Future, strict: true).AddDays(7),
                "LAST2" => Anchoring.Weekday(a, weekday, Direction.Past, strict: true).AddDays(-7),
                _ => Anchoring.Weekday(a, weekday, IsFutureSentence(start) ? Direction.Future : Direction.Nearest, strict: _forward),
            }
            : null;
        return new Parse(start, end, TimexType.DATE, rule)
        {
            Date = date is { } d ? TimexDate.Of(d) : UnknownDay,
            Unresolved = date is null,
            TakesDeterminer = true,
            Priority = 1,
        };
    }

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

    /// <summary>la settimana scorsa, lo scorso anno, next month, letzte Woche, l'an prochain, this summer, lo scorso marzo, last Christmas.</summary>
    private Parse? RelativePeriod(int j)
    {
        // "Strict" modifiers only follow their noun (l'anno passato, not "passato anno").
        if (Lex(j, LexKind.Modifier, out var modifier, out var k) && !modifier.Strict && !_t.LineBreakBefore(k))
        {
            var period = Modified(j, k, modifier.Value, modifierFirst: true);
            // "the following year": a year from the date under discussion, when the text names one (Refer); else from now.
            if (period is { Date.Precision: DatePrecision.Year } && Lex(j, LexKind.ReferenceModifier, out var reference, out _))
                return period with { ReferenceYears = reference.Number, FromReference = true };
            return period;
        }
        if (Modified(j, j, "THIS", modifierFirst: false) is { } bare && !_t.LineBreakBefore(bare.End) &&
            Lex(bare.End, LexKind.Modifier, out var after, out var afterModifier) && !after.Before && !OpensPeriod(after, afterModifier) &&
            Modified(j, j, after.Value, modifierFirst: false) is { } moved)
            return moved with { End = afterModifier };
        return null;
    }

    /// <summary>The period named at token <paramref name="x"/>, moved as the modifier says.</summary>
    private Parse? Modified(int start, int x, string modifier, bool modifierFirst)
    {
        var offset = Offset(modifier);
        if (Lex(x, LexKind.Unit, out var unit, out var end) && !unit.Plural && unit.Value is "W" or "WE" or "M" or "Q" or "HY" or "Y")
        {
            return new Parse(start, end, TimexType.DATE, "relative-period")
            {
                Date = _anchor is { } a ? Anchoring.Period(a, unit.Value, offset) : null,
                Unresolved = _anchor is null,
                TakesDeterminer = true,
                Priority = 1,
            };
        }
        if (Lex(x, LexKind.Season, out var season, out end))
        {
            return new Parse(start, end, TimexType.DATE, "relative-season")
            {
                Date = _anchor is { } a ? new TimexDate(DatePrecision.Season, Anchoring.SeasonYear(a, season.Value, offset), Season: season.Value) : null,
                Unresolved = _anchor is null,
                TakesDeterminer = true,
                Priority = 1,
            };
        }
        if (Lex(x, LexKind.Month, out var month, out end) && !month.WithDay)
        {
            int? year = null;
            if (_anchor is { } a)
            {
                // The next (last) such month, and a year further for the one after next (before last).
                year = offset switch
                {
                    < 0 => (month.Number < a.Month ? a.Year : a.Year - 1) + offset + 1,
                    > 0 => (month.Number > a.Month ? a.Year : a.Year + 1) + offset - 1,
                    _ => a.Year,
                };
            }
            return new Parse(start, end, TimexType.DATE, "relative-month")
            {
                Date = new TimexDate(DatePrecision.Month, year, month.Number),
                Unresolved = _anchor is null,
                TakesDeterminer = true,
                Priority = 1,
            };
        }
        if (modifierFirst && Lex(x, LexKind.Weekday, out var weekday, out end) && !weekday.Plural)
            return WeekdayWithModifier(start, end, weekday.Number, modifier, "modifier-weekday");
        if (Lex(x, LexKind.Holiday, out var holiday, out end))
        {
            DateOnly? date = null;
            if (_anchor is { } a)
            {
                date = offset switch
                {
                    < 0 => _holidays.On(holiday.Value, a.Year) is { } d && d < a ? d : _holidays.On(holiday.Value, a.Year - 1),
                    > 0 => _holidays.On(holiday.Value, a.Year) is { } d && d > a ? d : _holidays.On(holiday.Value, a.Year + 1),
                    _ => _holidays.On(holiday.Value, a.Year),
                };
            }
            return new Parse(start, end, TimexType.DATE, "relative-holiday")
            {
                Date = date is { } found ? TimexDate.Of(found) : UnknownDay,
                Unresolved = date is null,
                TakesDeterminer = true,
                Priority = 1,
            };
        }
        return null;
    }

    /// <summary>Ferragosto, il giorno di Natale, Christmas 2024, an Ostern, le jour de Noël: the occurrence nearest the anchor unless a year is given.</summary>
    private Parse? HolidayDate(int j)
    {
        var k = Lex(j, LexKind.HolidayLead, out var afterLead) && Is(afterLead, LexKind.Holiday) ? afterLead : j;
        if (!Lex(k, LexKind.Holiday, out var holiday, out var end))
            return null;
        // "Taha Yassin Ramadan", "Carlo Natale": a one-word holiday right after a capitalized word in mid-sentence ends a name.
        if (k == j && end == k + 1 && k > 0 && _t.IsCapitalized(k) && _t.IsWord(k - 1) && _t.IsCapitalized(k - 1) && SentenceAround(k).First < k - 1)
            return null;
        DateOnly? date = null;
        // Natale 2019, il Natale del 2019, Christmas of 2019.
        var y = Lex(end, LexKind.Of, out var afterOf) && YearNumber(afterOf, out _) ? afterOf : end;
        if (YearNumber(y, out var year) && !_t.LineBreakBefore(y))
        {
            date = _holidays.On(holiday.Value, year);
            end = y + 1;
        }
        else if (_anchor is { } a)
            date = _forward ? _holidays.Next(holiday.Value, a) : _holidays.Nearest(holiday.Value, a);
        // A named time of a few hours (Earth Hour) is those hours of its day.
        if (date is { } on && _holidays.Hours(holiday.Value) is var (from, to))
            return new Parse(j, end, TimexType.TIME, "holiday-hours") { Value = $"{TimexDate.Of(on).Format()}T{from:HH\\:mm}/{TimexDate.Of(on).Format()}T{to:HH\\:mm}", Priority = 2 };
        return new Parse(j, end, TimexType.DATE, "holiday")
        {
            Date = date is { } d ? TimexDate.Of(d) : UnknownDay,
            // A holiday of several days (Ramadan, Lent) is the interval of its first and last day.
            Value = date is { } first && _holidays.LastDay(holiday.Value, first) is { } last ? $"{TimexDate.Of(first).Format()}/{TimexDate.Of(last).Format()}" : null,
            Unresolved = date is null,
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    /// <summary>tre giorni fa, two years ago, vor drei Tagen, il y a trois jours; tra due settimane, in drei Tagen, dans trois jours.</summary>
    private Parse? AgoOrLater(int j)
    {
        var sign = Lex(j, LexKind.AgoBefore, out var k) ? -1 : Lex(j, LexKind.Later, out var later, out k) && (!later.Ahead || _forward) ? 1 : 0;
        if (sign != 0)
        {
            // "in etwa zwei Wochen", "in zirka einer halben Stunde": a word of approximation may stand after the cue.
            if (Lex(k, LexKind.Approx, out var hedge, out var afterHedge) && hedge.Value == "APPROX" && !_t.LineBreakBefore(afterHedge))
                return AgoOrLaterAt(j, afterHedge, sign) is { } hedged ? hedged with { Mod = "APPROX" } : null;
            return AgoOrLaterAt(j, k, sign);
        }
        if (WordAmountAgo(j) is { } worded)
            return worded;
        if (CountedUnit(j, out var n, out var u, out var afterUnit) && Lex(afterUnit, LexKind.AgoAfter, out var ago, out var afterAgo))
        {
            // "two weeks from now", "three days hence": the same words after the amount, pointing ahead.
            // "from today" names the day counted from, so "three years from today" is that day, not that year.
            if (ago.Value == "AHEAD")
                return EndingAt(afterAgo, LexKind.RelativeDay).Any(day => day.Payload.Number == 0) && DayFromToday(n, u) is { } day
                    ? new Parse(j, afterAgo, TimexType.DATE, "later") { Date = TimexDate.Of(day), Priority = 2 }
                    : Shifted(j, afterAgo, n, u, 1, "later");
            // "deux jours plus tard", "drei Tage später" (value LATER): ahead of the day or year under discussion.
            // A strict row ("après") is an adverb only at the end of its clause: "deux ans après l'attentat" counts from the attack.
            if (ago.Value == "LATER" && ago.Strict && _t.IsWord(afterAgo))
                return null;
            if (ago.Value == "LATER")
                return Shifted(j, afterAgo, n, u, 1, "later-ref") with { FromReference = true, ReferenceDays = u == "D" && n is { } days && days == decimal.Truncate(days) && days < 1000 ? (int)days : null };
            return Shifted(j, afterAgo, n, u, -1, "ago") with { FromReference = ago.Value == "REF" };
        }
        return null;
    }

    /// <summary>A count and a unit: tre giorni, 48 ore, a year, pochi giorni.</summary>
    private bool CountedUnit(int i, out decimal? amount, out string unit, out int end)
    {
        unit = "";
        end = i;
        if (!Count(i, out amount, out var weak, out var afterCount) || _t.LineBreakBefore(afterCount))
            return false;
        if (!Lex(afterCount, LexKind.Unit, out var entry, out end))
            return false;
        if (weak && entry.Strict || amount is { } a && a < 0)
            return false;
        unit = entry.Value;
        return true;
    }

    /// <summary>The amount of time at token k after a cue at j that counts it back (sign -1) or ahead (+1) from now.</summary>
    private Parse? AgoOrLaterAt(int j, int k, int sign)
    {
        // tra mezz'ora, in a quarter of an hour: a fixed amount said in words, counted from the publication time.
        if (Lex(k, LexKind.DurationWord, out var fixedAmount, out var afterWord) && ClockMinutesOf(fixedAmount.Value) is { } minutes &&
            ClockShift(minutes, "MIN", sign) is { } instant)
            return new Parse(j, afterWord, TimexType.TIME, sign < 0 ? "ago" : "later") { Value = instant, Priority = 2 };
        if (!CountedUnit(k, out var amount, out var unit, out var end))
            return null;
        return Shifted(j, end, amount, unit, sign, sign < 0 ? "ago" : "later");
    }

    private Parse Shifted(int start, int end, decimal? amount, string unit, int sign, string rule)
    {
        TimexDate? date = null;
        string? value = null;
        if (unit is "H" or "MIN" or "S" && ClockShift(amount, unit, sign) is { } instant)
            return new Parse(start, end, TimexType.TIME, rule) { Value = instant, Priority = 2 };
        if (amount is null)
            value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
        else if (_anchor is { } a && amount.Value == decimal.Truncate(amount.Value) && amount.Value < 10000)
        {
            date = Anchoring.Shift(a, sign * (int)amount.Value, unit);
            if (date is null)
                value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        return new Parse(start, end, TimexType.DATE, rule)
        {
            Date = date,
            Value = value,
            Unresolved = date is null && value is null,
            // "a year earlier", "two years ago": whole years back from the time under discussion, when the text has one.
            ReferenceYears = (sign < 0 || rule == "later-ref") && unit == "Y" && amount is { } n && n == decimal.Truncate(n) && n < 100 ? sign * (int)n : null,
            Priority = 2,
        };
    }

    /// <summary>The minutes of a clock duration value (PT30M, PT1H, PT1H30M), or null for other durations.</summary>
    private static int? ClockMinutesOf(string duration)
    {
        var match = System.Text.RegularExpressions.Regex.Match(duration, @"^PT(?:(\d+)H)?(?:(\d+)M)?$");
        if (!match.Success || match.Groups[1].Length + match.Groups[2].Length == 0)
            return null;
        return (match.Groups[1].Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 60 : 0)
            + (match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    /// <summary>The publication instant moved by hours, minutes or seconds (tra due ore, 30 minutes ago), at the unit's precision;
    /// null without a publication time.</summary>
    private string? ClockShift(decimal? amount, string unit, int sign) =>
        amount is { } n && _anchor is { } day && _anchorTime is { } time ? Anchoring.ClockShift(day.ToDateTime(time), n, unit, sign) : null;

    /// <summary>inizio agosto, the end of 2024, Mitte Juli, fin 2024, mid-2024, fine mese: a part of a period.</summary>
    private Parse? ModifiedPeriod(int i)
    {
        if (!Lex(i, LexKind.PeriodMod, out var part, out var k))
            return HyphenatedPeriod(i);
        if (PartOfDayPart(i) is { } dayPart)
            return dayPart;
        var j = Lex(k, LexKind.Of, out var afterOf) ? afterOf : k;
        j = SkipDeterminer(j);
        if (DatePoint(j) is { Value: null, Date: not null } inner && (inner.Date.Value.Precision != DatePrecision.Day || inner.Rule == "relative-day"))
        {
            return new Parse(i, inner.End, TimexType.DATE, "period-part")
            {
                Date = inner.Date,
                Unresolved = inner.Unresolved,
                Mod = part.Value,
                TakesDeterminer = true,
                Priority = 2,
            };
        }
        if (Lex(j, LexKind.Unit, out var unit, out var end) && !unit.Plural && unit.Value is "W" or "M" or "Q" or "Y")
        {
            // fin du mois de mars: the month named after the unit.
            if (unit.Value == "M" && Lex(end, LexKind.Of, out var afterMonthOf) && DatePoint(afterMonthOf) is { Value: null, Date: { Precision: DatePrecision.Month } named } month)
                return new Parse(i, month.End, TimexType.DATE, "period-part") { Date = named, Unresolved = month.Unresolved, Mod = part.Value, TakesDeterminer = true, Priority = 2 };
            return new Parse(i, end, TimexType.DATE, "period-part")
            {
                Date = _anchor is { } a ? Anchoring.Period(a, unit.Value, 0) : null,
                Unresolved = _anchor is null,
                Mod = part.Value,
                TakesDeterminer = true,
                Priority = 2,
            };
        }
        return null;
    }

    /// <summary>mid-July, mid-2024, mi-juillet: a period part joined to its period by a hyphen.</summary>
    private Parse? HyphenatedPeriod(int i)
    {
        if (!_t.IsWord(i))
            return null;
        var norm = _t.Norm(i);
        var dash = norm.IndexOf('-');
        if (dash <= 0 || !_lang.Words.TryGetValue(norm[..dash], out var left) || left.FirstOrDefault(e => e.Kind == LexKind.PeriodMod) is not { } part)
            return null;
        var right = norm[(dash + 1)..];
        TimexDate? date = null;
        var end = i + 1;
        if (right.Length == 4 && right.All(char.IsAsciiDigit))
            date = TimexDate.OfYear(int.Parse(right, System.Globalization.CultureInfo.InvariantCulture));
        else if (_lang.Words.TryGetValue(right, out var words) && words.FirstOrDefault(e => e.Kind == LexKind.Month) is { } month)
        {
            var year = YearAfter(end, out var afterYear);
            if (year is not null)
                end = afterYear;
            else if (_anchor is { } a)
                year = Anchoring.InferYear(a, month.Number, IsFutureSentence(i) ? Direction.Future : Direction.Nearest);
            date = new TimexDate(DatePrecision.Month, year, month.Number);
        }
        if (date is null)
            return null;
        return new Parse(i, end, TimexType.DATE, "period-part") { Date = date, Mod = part.Value, TakesDeterminer = true, Priority = 2 };
    }

    /// <summary>over the weekend, nel fine settimana, le week-end: the weekend just past, or the coming one when the sentence looks
    /// ahead (TimeBank: "said over the weekend" on a Monday is the weekend before).</summary>
    private Parse? TheWeekend(int j)
    {
        int k;
        if (Lex(j, LexKind.Determiner, out var afterArticle))
            k = afterArticle;
        else if (Precedes(j, LexKind.PartCue))
            k = j;
        else
            return null;
        if (!Lex(k, LexKind.Unit, out var unit, out var end) || unit.Value != "WE" || unit.Plural || Is(end, LexKind.Of))
            return null;
        DateOnly? saturday = null;
        if (_anchor is { } a)
        {
            var today = HolidayRule.IsoWeekday(a);
            saturday = IsFutureSentence(j) ? a.AddDays((6 - today + 7) % 7) : a.AddDays(-((today - 6 + 7) % 7));
        }
        return new Parse(j, end, TimexType.DATE, "the-weekend")
        {
            Date = saturday is { } s ? TimexDate.WeekOf(s, weekend: true) : null,
            Unresolved = saturday is null,
            TakesDeterminer = true,
            Priority = 3, // over "fine" read as the end of "settimana"
        };
    }
}
