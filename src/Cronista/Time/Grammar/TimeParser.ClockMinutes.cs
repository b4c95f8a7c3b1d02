using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Clock times whose minutes are said in words around the hour: halb vier, viertel nach 3, 15 Minuten vor 12, midi et quart,
// quinze heures trente, midi moins cinq (ClockLead and ClockAfter rows in clock.tsv).
internal sealed partial class TimeParser
{
    /// <summary>A clock time with its minutes in words before or after the hour.</summary>
    private Parse? MinuteClock(int j) => MinutesBeforeHour(j) ?? MinutesAfterHour(j) ?? MeridiemBeforeClock(j);

    /// <summary>halb vier (3:30), viertel vor 12 (11:45), 20 nach 3, 15 Minuten vor 12.</summary>
    private Parse? MinutesBeforeHour(int j)
    {
        int offset, k;
        if (Lex(j, LexKind.ClockLead, out var lead, out k) && lead.Value is not ("plus" or "minus"))
            offset = lead.Number;
        else if (Count(j, out var count, out _, out var m) && count is { } n && n == decimal.Truncate(n) && n is >= 1 and <= 59)
        {
            // A count in digits, or any count with its unit: "fünf vor zwölf" alone is the idiom (the eleventh hour), not 11:55.
            var withUnit = Lex(m, LexKind.Unit, out var unit, out var afterUnit) && unit.Value == "MIN";
            if (withUnit)
                m = afterUnit;
            if (!Lex(m, LexKind.ClockLead, out var sign, out k) || sign.Value is not ("plus" or "minus"))
                return null;
            // A strict lead (a bare "after") counts only before an hour that says its half of the day: "twenty after 3 p.m.",
            // not "rose to 20 after 3 more were found".
            // A count in words needs a clock cue before it: "um zwanzig nach drei" is a time, "fünf vor zwölf" alone the idiom.
            if (!withUnit && (sign.Strict ? !HalfSaid(k) : !_t.IsNumber(j) && !ClockCueBefore(j)))
                return null;
            offset = sign.Value == "plus" ? (int)n : -(int)n;
        }
        else
            return null;
        if (_t.LineBreakBefore(k) || FullHour(k) is not { } hour)
            return null;
        return WithMinutes(j, hour, offset, hour.End);
    }

    /// <summary>True when the hour at token k says which half of the day it is (3 p.m.) or is a named time (noon).</summary>
    private bool HalfSaid(int k) =>
        !_t.LineBreakBefore(k) && FullHour(k) is { } hour && (hour.HalfKnown || Lex(k, LexKind.ClockWord, out var afterWord) && afterWord == hour.End);

    /// <summary>midi et quart, onze heures trois quarts, midi moins cinq, midi moins le quart, à quinze heures trente, minuit trois.</summary>
    private Parse? MinutesAfterHour(int j)
    {
        // alle tre e venti: after a cue an hour in words, which needs its minutes to be a time (alone, "alle tre" may be three people).
        var hour = Clock(j) is { Clock: { Part: null, Minute: 0 } } clock ? clock : ClockCueBefore(j) && _t.IsWord(j) ? FullHour(j) : null;
        // tre e un quarto di pomeriggio: a bare hour with its minutes is a time when the half of the day follows them.
        var needsHalf = false;
        if (hour is null && FullHour(j) is { } bare)
            (hour, needsHalf) = (bare, true);
        if (hour is null || _t.LineBreakBefore(hour.End))
            return null;
        // The hour is a named time (midi), ends with its suffix (quinze heures, 15h; minute 0, so not "15h30") or follows a clock cue (alle tre).
        var named = Lex(j, LexKind.ClockWord, out var afterWord) && afterWord == hour.End;
        var compact = _t.IsNumber(j) && hour.End == j + 1 && TextFold.Fold(_t.Surface(j)).EndsWith('h');
        if (!needsHalf && !named && !compact && !EndingAt(hour.End, LexKind.ClockSuffix).Any() && !ClockCueBefore(j))
            return null;
        // "trois heures et demie" alone is as often an amount of time; a cue (à, vers), a compact form (15h) or a named time make it a time of day.
        var sure = named || compact || ClockCueBefore(j);
        var k = hour.End;
        int offset, end;
        if (Lex(k, LexKind.ClockAfter, out var after, out end))
        {
            if (after.Value is "minus" or "plus")
            {
                if (!Count(end, out var count, out _, out var afterCount) || count is not { } n || n != decimal.Truncate(n) || n is < 1 or > 59)
                    return null;
                offset = after.Value == "minus" ? -(int)n : (int)n;
                end = Lex(afterCount, LexKind.Unit, out var unit, out var afterUnit) && unit.Value == "MIN" ? afterUnit : afterCount;
            }
            else
                offset = after.Number;
            // onze heures trois quarts, midi moins le quart, midi moins cinq: minutes only a clock has ("et demie" may end an amount).
            sure = sure || after.Value == "minus" || after.Number is 45 or < 0;
        }
        else if (WordMinutes(k, out offset, out end) || Lex(k, LexKind.RangeAnd, out var afterAnd) && WordMinutes(afterAnd, out offset, out end) && EndingAt(end, LexKind.Unit).Any())
        {
            // quinze heures quinze, midi trente, quinze heures et quinze minutes
        }
        else if (ClockCueBefore(j) && Lex(k, LexKind.RangeAnd, out afterAnd) && JoinedMinutes(afterAnd, out offset, out end))
        {
            // alle tre e venti, alle 3 e 20: after a clock cue the minutes may follow "and" without their unit.
        }
        else
            return null;
        if (needsHalf)
            return !_t.LineBreakBefore(end) && Is(end, LexKind.Meridiem) ? WithMinutes(j, hour, offset, end) : null;
        return sure ? WithMinutes(j, hour, offset, end) : null;
    }

    /// <summary>Minutes in words after an hour (quinze, trente), with their unit if it follows (quinze minutes).</summary>
    private bool WordMinutes(int k, out int minutes, out int end)
    {
        minutes = 0;
        end = k;
        if (!_t.IsWord(k) || !Count(k, out var count, out var weak, out end) || weak || count is not { } n || n != decimal.Truncate(n) || n is < 1 or > 59)
            return false;
        minutes = (int)n;
        return MinuteUnit(ref end) is not false;
    }

    /// <summary>Minutes joined to a cued hour by "and" (alle tre e venti, dalle 9 e 30): a count from 1 to 59 in digits or words,
    /// with nothing after it that it could count (alle 3 e 20 persone).</summary>
    private bool JoinedMinutes(int k, out int minutes, out int end)
    {
        minutes = 0;
        if (!Count(k, out var count, out var weak, out end) || weak || count is not { } n || n != decimal.Truncate(n) || n is < 1 or > 59 ||
            _t.IsNumber(end) || _t.IsChar(end, '%'))
            return false;
        minutes = (int)n;
        // Without its unit, nothing may follow that it could count (alle 3 e 20 persone).
        return MinuteUnit(ref end) ?? !IsContentWord(end);
    }

    /// <summary>The unit after a count of minutes: true when it is "minutes" (moved past), false when it is another unit, null
    /// when there is none.</summary>
    private bool? MinuteUnit(ref int end)
    {
        if (!Lex(end, LexKind.Unit, out var unit, out var afterUnit))
            return null;
        if (unit.Value != "MIN")
            return false;
        end = afterUnit;
        return true;
    }

    /// <summary>A full hour at token k: a clock time on the hour (3 Uhr, vier, 16h, midi), or a bare hour number after a minute word.</summary>
    private Parse? FullHour(int k)
    {
        if (Clock(k) is { Clock: { Part: null, Minute: 0 } } clock)
            return clock;
        int hour, end;
        if (Int(k, out hour, out var digits) && digits <= 2)
            end = k + 1;
        else if (_t.IsWord(k) && _lang.Numbers.TryRead(_t, k, out var words) && !words.Weak && words.Value == decimal.Truncate(words.Value) && words.Value is >= 0 and <= 24)
            (hour, end) = ((int)words.Value, words.End);
        else
            return null;
        // Not an amount: halb 4 Prozent, viertel vor 12 Millionen.
        if (hour is < 0 or > 24 || Is(end, LexKind.Unit) || _t.IsChar(end, '%') || _t.IsChar(end, ',') && _t.IsNumber(end + 1) || IsContentWord(end))
            return null;
        string? meridiem = null;
        if (!_t.LineBreakBefore(end) && Lex(end, LexKind.Meridiem, out var marker, out var afterMarker))
            (meridiem, end) = (marker.Value, afterMarker);
        if (meridiem == "PM" && hour < 12)
            hour += 12;
        return new Parse(k, end, TimexType.TIME, "clock")
        {
            Date = _anchor is { } a ? TimexDate.Of(a) : null,
            DayFromAnchor = true,
            Clock = new ClockTime(hour, 0),
            HalfKnown = meridiem is not null || hour > 12,
        };
    }

    private Parse WithMinutes(int start, Parse hour, int offset, int end)
    {
        var total = ((hour.Clock!.Value.Hour % 24) * 60 + offset + 24 * 60) % (24 * 60);
        var clock = new ClockTime(total / 60, total % 60);
        var halfKnown = hour.HalfKnown;
        // The hour's half of the day holds for the minutes after it: halb vier nachmittags is 15:30.
        if (!_t.LineBreakBefore(end) && Lex(end, LexKind.Meridiem, out var marker, out var afterMarker))
        {
            end = afterMarker;
            halfKnown = true;
            if (marker.Value == "PM" && clock.Hour < 12)
                clock = clock with { Hour = clock.Hour + 12 };
        }
        return new Parse(start, end, TimexType.TIME, "clock-minutes")
        {
            Date = hour.Date,
            DayFromAnchor = hour.DayFromAnchor,
            Clock = clock,
            Zone = hour.Zone,
            HalfKnown = halfKnown || clock.Hour > 12,
            Priority = 2,
            Confidence = 0.85,
        };
    }
}
