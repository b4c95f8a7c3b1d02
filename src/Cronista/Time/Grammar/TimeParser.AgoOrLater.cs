using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Amounts of time counted from the publication date or time: three days ago, tra due ore, in drei Tagen.
internal sealed partial class TimeParser
{
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
}
