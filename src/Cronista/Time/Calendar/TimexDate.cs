using System.Globalization;

namespace Cronista.Time.Calendar;

/// <summary>How much of the calendar a date value pins down, from a century to a day.</summary>
internal enum DatePrecision { Century, Decade, Year, Half, Quarter, Season, Month, Week, Weekend, Day }

/// <summary>A calendar value at some precision, written out as a TIMEX3 value (2025-08-13, 2024-06, 199, 2025-W33, XXXX-08-15).</summary>
/// <param name="Precision">The unit the value is given in.</param>
/// <param name="Year">The (ISO week-) year, or null when the text gives none and there is no anchor (written XXXX).</param>
/// <param name="Month">1–12 for month and day precision.</param>
/// <param name="Day">1–31 for day precision.</param>
/// <param name="Part">The century (19), decade (199), half (1–2), quarter (1–4) or ISO week, by precision.</param>
/// <param name="Season">SP, SU, FA or WI for season precision.</param>
internal readonly record struct TimexDate(DatePrecision Precision, int? Year, int Month = 0, int Day = 0, int Part = 0, string? Season = null)
{
    /// <summary>An ISO weekday (1–7) with no week known: "every Monday", or a weekday without an anchor.</summary>
    public int Weekday { get; init; }

    public static TimexDate Of(DateOnly date) => new(DatePrecision.Day, date.Year, date.Month, date.Day);

    public static TimexDate OfMonth(int year, int month) => new(DatePrecision.Month, year, month);

    public static TimexDate OfYear(int year) => new(DatePrecision.Year, year);

    public static TimexDate WeekOf(DateOnly date, bool weekend = false) =>
        new(weekend ? DatePrecision.Weekend : DatePrecision.Week, ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), Part: ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));

    /// <summary>The date when the value is a whole, known day.</summary>
    public DateOnly? AsDate => Precision == DatePrecision.Day && Year is { } y && Month > 0 && Day > 0 && Day <= DateTime.DaysInMonth(y, Month) ? new DateOnly(y, Month, Day) : null;

    /// <summary>The TIMEX3 value.</summary>
    public string Format()
    {
        var inv = CultureInfo.InvariantCulture;
        var year = Year is { } y ? y.ToString("D4", inv) : "XXXX";
        return Precision switch
        {
            DatePrecision.Century => Part.ToString("D2", inv),
            DatePrecision.Decade => Part.ToString("D3", inv),
            DatePrecision.Year => year,
            DatePrecision.Half => $"{year}-H{Part}",
            DatePrecision.Quarter => $"{year}-Q{Part}",
            DatePrecision.Season => $"{year}-{Season}",
            DatePrecision.Month => $"{year}-{Month:D2}",
            DatePrecision.Week when Weekday > 0 => Year is null ? $"XXXX-WXX-{Weekday}" : $"{year}-W{Part:D2}-{Weekday}",
            DatePrecision.Week => $"{year}-W{Part:D2}",
            DatePrecision.Weekend => $"{year}-W{Part:D2}-WE",
            _ => Month > 0 ? $"{year}-{Month:D2}-{(Day > 0 ? Day.ToString("D2", inv) : "XX")}" : $"{year}-XX-XX",
        };
    }

    public override string ToString() => Format();
}

/// <summary>A time of day: hours and minutes, or a part of the day (MO, AF, EV, NI), with an optional UTC offset.</summary>
internal readonly record struct ClockTime(int Hour, int Minute, int Second = -1, string? Part = null)
{
    public static ClockTime OfPart(string part) => new(-1, -1, -1, part);

    /// <summary>The time part of a TIMEX3 value: T15:00, T15:00:30, TMO.</summary>
    public string Format() =>
        Part is not null ? "T" + Part
        : Second >= 0 ? $"T{Hour:D2}:{Minute:D2}:{Second:D2}"
        : $"T{Hour:D2}:{Minute:D2}";
}
