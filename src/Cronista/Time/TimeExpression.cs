using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Time;

/// <summary>The four TIMEX3 types.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: 2025-08-13, 2024-06, 1910/1945, PAST_REF.</summary>
    DATE,
    /// <summary>A time of day: 2025-08-13T15:00.</summary>
    TIME,
    /// <summary>A length of time: P80Y, PT2H.</summary>
    DURATION,
    /// <summary>A recurrence: XXXX-WXX-1 (every Monday).</summary>
    SET,
}

/// <summary>One time expression with its TIMEX3 value, normalized against the publication date.</summary>
/// <param name="Span">The characters of the expression.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value (2025-08-12, 2024-06, P80Y, FUTURE_REF, 1910/1945), or null when it could not be normalized.</param>
/// <param name="Provenance">The stage and rule that found it.</param>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string? Value, Provenance Provenance)
{
    /// <summary>A TIMEX3 modifier (BEFORE, AFTER, APPROX, START, END …), when the text gives one.</summary>
    public string? Mod { get; init; }

    /// <summary>For a range ("from Aug. 26 to Oct. 20", "between 2010 and 2015"), its two ends as expressions of their own, as
    /// TimeML annotates them (two TIMEX3s, the words around them outside); empty for anything else.</summary>
    public ImmutableArray<TimeExpression> Parts { get; init; } = [];

    /// <summary>The stretch of calendar the expression covers, as first/last at its precision, when it is one: a range's own value
    /// (2025-05-03/2025-05-05), or where an anchored amount of time lies (gli ultimi due anni, in 2025: 2023/2024; TIMEX3 writes
    /// this as the duration's beginPoint and endPoint).</summary>
    public string? Interval { get; init; }

    /// <summary>The UTC offset the text states for a time (+01:00, Z for UTC/GMT), when it names a zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Equal when every field is, the range's parts compared one by one (an immutable array alone compares by reference).</summary>
    public bool Equals(TimeExpression? other) =>
        other is not null && Span == other.Span && Type == other.Type && Value == other.Value && Provenance == other.Provenance &&
        Mod == other.Mod && TimeZone == other.TimeZone && Interval == other.Interval && Parts.SequenceEqual(other.Parts);

    /// <summary>A hash consistent with <see cref="Equals(TimeExpression?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Span, Type, Value, Provenance, Mod, TimeZone, Parts.Length);
}
