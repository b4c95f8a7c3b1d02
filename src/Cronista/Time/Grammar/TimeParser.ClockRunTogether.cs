using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// Clock times without a separator or in words, which only AM/PM marks as times: "330 p.m.", "ten thirty a.m.",
// "seven fifty-nine p.m.". Not with a zone alone: TimeBank leaves "(0735 GMT)" after the local time untagged.
internal sealed partial class TimeParser
{
    /// <summary>Hour and minutes run together in digits (330, 1030) or said in words (ten thirty), with AM/PM after them:
    /// alone, "1030" is a count and "ten thirty" two numbers.</summary>
    private Parse? RunTogetherClock(int j)
    {
        int hour, minute, end;
        if (Int(j, out var number, out var digits) && digits is 3 or 4)
        {
            (hour, minute, end) = (number / 100, number % 100, j + 1);
        }
        else if (_t.IsWord(j) && _lang.Numbers.TryRead(_t, j, out var hourWords) && !hourWords.Weak && hourWords.Value is >= 1 and <= 12 &&
                 hourWords.Value == decimal.Truncate(hourWords.Value) && !_t.LineBreakBefore(hourWords.End) && _t.IsWord(hourWords.End) &&
                 _lang.Numbers.TryRead(_t, hourWords.End, out var minuteWords) && minuteWords.Value is >= 10 and <= 59 &&
                 minuteWords.Value == decimal.Truncate(minuteWords.Value))
        {
            (hour, minute, end) = ((int)hourWords.Value, (int)minuteWords.Value, minuteWords.End);
        }
        else
            return null;
        if (hour > 23 || minute > 59 || _t.LineBreakBefore(end))
            return null;
        if (Lex(end, LexKind.Meridiem, out var marker, out var afterMarker) && hour is >= 1 and <= 12 &&
            (ShortMeridiem(end, afterMarker) || EndingAt(j, LexKind.ClockCue).Any()))
        {
            hour = marker.Value == "PM" && hour < 12 ? hour + 12 : marker.Value == "AM" && hour == 12 ? 0 : hour;
            end = afterMarker;
        }
        else
            return null;
        return new Parse(j, end, TimexType.TIME, "clock-run-together")
        {
            Date = _anchor is { } a ? TimexDate.Of(a) : null,
            DayFromAnchor = true,
            Clock = new ClockTime(hour, minute),
            HalfKnown = true,
            Priority = 2,
            Confidence = 0.85,
        };
    }

    /// <summary>True for a.m./p.m. written as such ("p.m.", "pm", "p m"); a part of the day said as a phrase ("in the morning",
    /// "at night") marks run-together digits as a time only after "at": "arrested 400 in the morning raids" is a count.</summary>
    private bool ShortMeridiem(int start, int end)
    {
        var letters = string.Concat(Enumerable.Range(start, end - start).Select(i => _t.Norm(i))).Replace(".", "", StringComparison.Ordinal);
        return letters is "am" or "pm";
    }
}
