using System.Globalization;
using Cronista.Time.Calendar;
using Cronista.Time.Lexicon;

namespace Cronista.Time.Grammar;

// The stretch of calendar a named part covers, given as `interval` beside its TIMEX3 value: the hours of a part of the day
// (en début de matinée: 2013-02-12TMO START, 07:00/08:00), and the days or months of the start, middle or end of a week,
// month or year (début avril: 2013-04 START, 2013-04-01/2013-04-05). TIMEX3 names these parts without bounds; the bounds
// are data (Time/Data/period-stretches.tsv), so that a reader can compare them with clock times.
internal sealed partial class TimeParser
{
    /// <summary>The first/last stretch the expression covers, when it is a part of the day or a period's start, middle or end.</summary>
    private static string? StretchOf(Parse parse, PeriodStretches stretches)
    {
        if (parse.Unresolved || parse.Date is not { Year: { } year } date)
            return null;
        var inv = CultureInfo.InvariantCulture;
        if (parse.Clock is { Part: { } part } && date.AsDate is { } day)
            return HoursOf(day, part, parse.Mod, stretches);
        if (parse.Mod is not ("START" or "MID" or "END"))
            return null;
        switch (date.Precision)
        {
            case DatePrecision.Day when parse.DayAsPart && date.AsDate is { } whole:
                return HoursOf(whole, "D", parse.Mod, stretches);
            case DatePrecision.Week when date.Weekday == 0 && stretches.TryGet("W", parse.Mod, out var firstDay, out var lastDay):
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, date.Part, DayOfWeek.Monday));
                return $"{monday.AddDays(firstDay - 1):yyyy-MM-dd}/{monday.AddDays(lastDay - 1):yyyy-MM-dd}";
            case DatePrecision.Month when date.Month is >= 1 and <= 12 && stretches.TryGet("M", parse.Mod, out var firstOfMonth, out var lastOfMonth):
                var length = DateTime.DaysInMonth(year, date.Month);
                return string.Create(inv, $"{year:D4}-{date.Month:D2}-{Math.Min(firstOfMonth, length):D2}/{year:D4}-{date.Month:D2}-{Math.Min(lastOfMonth, length):D2}");
            case DatePrecision.Year when stretches.TryGet("Y", parse.Mod, out var firstMonth, out var lastMonth):
                return string.Create(inv, $"{year:D4}-{firstMonth:D2}/{year:D4}-{lastMonth:D2}");
            default:
                return null;
        }
    }

    /// <summary>First/last hour of a part of a day; hours past 23 are on the next day (a night runs past midnight).</summary>
    private static string? HoursOf(DateOnly day, string part, string? mod, PeriodStretches stretches)
    {
        if (!stretches.TryGet(part, mod is "START" or "MID" or "END" ? mod : null, out var first, out var last))
            return null;
        static string At(DateOnly day, int hour) =>
            $"{day.AddDays(hour / 24):yyyy-MM-dd}T{(hour % 24).ToString("D2", CultureInfo.InvariantCulture)}:00";
        return At(day, first) + "/" + At(day, last);
    }
}
