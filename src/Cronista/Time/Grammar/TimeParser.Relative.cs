using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Dates relative to the publication date: today, weekdays, last week, holidays, early August (amounts of time counted
// from it are in TimeParser.AgoOrLater.cs, the nth weekday of a month in TimeParser.NthInMonth.cs).
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
