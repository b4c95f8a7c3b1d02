using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// The start or end of the current period said in one word: EOM, EOY (PeriodEdge rows).
internal sealed partial class TimeParser
{
    /// <summary>"EOM" is this month with the mod END, as "the end of the month" is.</summary>
    private Parse? PeriodEdge(int j)
    {
        if (!Lex(j, LexKind.PeriodEdge, out var edge, out var end))
            return null;
        var parts = edge.Value.Split(' ');
        if (parts.Length != 2)
            return null;
        return new Parse(j, end, TimexType.DATE, "period-edge")
        {
            Date = _anchor is { } a ? Anchoring.Period(a, parts[1], 0) : null,
            Unresolved = _anchor is null,
            Mod = parts[0],
            TakesDeterminer = true,
            Priority = 2,
        };
    }

    /// <summary>True when a clock cue and a clock time follow token i ("at 4 p.m."), which makes a bare month/day before them a date.</summary>
    private bool AtClockAfter(int i) => !_t.LineBreakBefore(i) && Lex(i, LexKind.ClockCue, out var afterCue) && ClockAt(afterCue) is { HalfKnown: true } or { Clock.Minute: > 0 };
}
