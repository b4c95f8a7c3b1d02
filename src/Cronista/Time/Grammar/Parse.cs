using Cronista.Time.Calendar;

namespace Cronista.Time.Grammar;

/// <summary>One reading of a stretch of tokens as a time expression, before the longest readings are chosen.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">Token after the last.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Rule">The rule that read it, for provenance.</param>
internal sealed record Parse(int Start, int End, TimexType Type, string Rule)
{
    /// <summary>The calendar part, for dates and for the date of a time.</summary>
    public TimexDate? Date { get; init; }

    /// <summary>The clock part of a time.</summary>
    public ClockTime? Clock { get; init; }

    /// <summary>A value given outright (durations, sets, vague references, intervals).</summary>
    public string? Value { get; init; }

    /// <summary>The stretch of calendar an anchored amount of time covers (first/last), when the words place it.</summary>
    public string? Interval { get; init; }

    /// <summary>True for a clock time whose day is the publication day only because the text names none (alle 3).</summary>
    public bool DayFromAnchor { get; init; }

    /// <summary>The TIMEX3 modifier (APPROX, START, MORE_THAN …).</summary>
    public string? Mod { get; init; }

    /// <summary>True when a clock time says which half of the day it is (15:00, 3 p.m.), so a part of the day cannot move it.</summary>
    public bool HalfKnown { get; init; }

    /// <summary>The UTC offset the text gives for a time.</summary>
    public string? Zone { get; init; }

    /// <summary>True when an article right before it belongs to the extent (la settimana scorsa, the past two years).</summary>
    public bool TakesDeterminer { get; init; }

    /// <summary>True when the value depends on a publication date the document does not have.</summary>
    public bool Unresolved { get; init; }

    /// <summary>The two ends of a range, each an expression of its own, as TimeML tags them; empty otherwise.</summary>
    public IReadOnlyList<Parse> Parts { get; init; } = [];

    /// <summary>For expressions TimeML anchors to the time under discussion rather than the publication date ("a year earlier",
    /// "the year-ago quarter"): the years to move that time by.</summary>
    public int? ReferenceYears { get; init; }

    /// <summary>True for a part of the day that names no day (in serata): it is on the day under discussion, when the text has
    /// just named one, else on the publication day.</summary>
    public bool OnReferenceDay { get; init; }
    /// <summary>For a day named from the day under discussion (la veille, le lendemain): the days to move that day by.</summary>
    public int? ReferenceDays { get; init; }

    /// <summary>True when the words count from the time under discussion even when that is a day or a month ("earlier", not "ago").</summary>
    public bool FromReference { get; init; }

    /// <summary>True for a day named as a stretch of hours (en fin de journée), whose start, middle or end has the hours the
    /// language gives it.</summary>
    public bool DayAsPart { get; init; }

    /// <summary>Breaks ties between readings of the same length: higher wins.</summary>
    public int Priority { get; init; }

    /// <summary>How sure the rule is.</summary>
    public double Confidence { get; init; } = 0.9;

    public int Length => End - Start;

    /// <summary>The TIMEX3 value, or null when it cannot be known.</summary>
    public string? TimexValue()
    {
        if (Unresolved)
            return null;
        if (Value is not null)
            return Value;
        if (Type == TimexType.TIME && Clock is { } clock)
            return (Date?.Format() ?? "XXXX-XX-XX") + clock.Format();
        return Date?.Format();
    }
}
