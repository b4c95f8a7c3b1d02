using System.Globalization;

namespace Cronista.Time.Calendar;

/// <summary>Which way a relative expression points when the words do not say.</summary>
internal enum Direction { Past, Future, Nearest }

/// <summary>Resolves underspecified and relative dates against the publication date.</summary>
internal static class Anchoring
{
    /// <summary>
    /// The year of a month-day written without one: the anchor's year, unless that puts the date more than half a
    /// year away while the neighbouring year's occurrence is within three months ("5 gennaio" in a 28 December
    /// article is next January; "20 dicembre" in a 3 January article is last December).
    /// </summary>
    public static int InferYear(DateOnly anchor, int month, int day)
    {
        static int Distance(DateOnly anchor, int year, int month, int day) =>
            new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))).DayNumber - anchor.DayNumber;
        var here = Distance(anchor, anchor.Year, month, day);
        if (here > 183 && Math.Abs(Distance(anchor, anchor.Year - 1, month, day)) <= 92)
            return anchor.Year - 1;
        if (here < -183 && Math.Abs(Distance(anchor, anchor.Year + 1, month, day)) <= 92)
            return anchor.Year + 1;
        return anchor.Year;
    }

    /// <summary>The year of a bare month: as for a month-day, taking the middle of the month; future wording moves a past month to
    /// next year, past wording a coming month to last year.</summary>
    public static int InferYear(DateOnly anchor, int month, Direction direction)
    {
        var year = InferYear(anchor, month, 15);
        var order = (year * 12 + month).CompareTo(anchor.Year * 12 + anchor.Month);
        if (direction == Direction.Future && order < 0)
            return year + 1;
        if (direction == Direction.Past && order > 0)
            return year - 1;
        return year;
    }

    /// <summary>The year of a month-day written without one, moved to the next occurrence when the wording is future.</summary>
    public static int InferYear(DateOnly anchor, int month, int day, Direction direction)
    {
        var year = InferYear(anchor, month, day);
        var date = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
        // A month's leeway: a deadline a few days gone ("by Jan. 14" read on the 20th) is still this one, as the text may be older than its date.
        if (direction == Direction.Future && date < anchor.AddDays(-31))
            return year + 1;
        if (direction == Direction.Past && date > anchor.AddDays(31))
            return year - 1;
        return year;
    }

    /// <summary>A weekday relative to the anchor: the anchor itself when it falls on that day and the direction allows it.</summary>
    /// <remarks>With <paramref name="strict"/> never the anchor day itself: "last Monday" said on a Monday is a week ago.</remarks>
    public static DateOnly Weekday(DateOnly anchor, int isoWeekday, Direction direction, bool strict)
    {
        var today = HolidayRule.IsoWeekday(anchor);
        var back = (today - isoWeekday + 7) % 7;
        var forward = (isoWeekday - today + 7) % 7;
        if (strict)
        {
            back = back == 0 ? 7 : back;
            forward = forward == 0 ? 7 : forward;
        }
        return direction switch
        {
            Direction.Future => anchor.AddDays(forward),
            Direction.Past => anchor.AddDays(-back),
            _ => back <= forward ? anchor.AddDays(-back) : anchor.AddDays(forward),
        };
    }

    /// <summary>The anchor moved by a whole number of units, at the unit's precision; null for clock units.</summary>
    public static TimexDate? Shift(DateOnly anchor, int amount, string unit)
    {
        try
        {
            return unit switch
            {
                "D" => TimexDate.Of(anchor.AddDays(amount)),
                "W" => TimexDate.Of(anchor.AddDays(7 * amount)),
                "WE" => TimexDate.WeekOf(anchor.AddDays(7 * amount), weekend: true),
                "M" => MonthOf(anchor.AddMonths(amount)),
                "Q" => QuarterOf(anchor.AddMonths(3 * amount)),
                "HY" => HalfOf(anchor.AddMonths(6 * amount)),
                "Y" => TimexDate.OfYear(anchor.Year + amount),
                "DE" => TimexDate.OfYear(anchor.Year + 10 * amount),
                "CE" => TimexDate.OfYear(anchor.Year + 100 * amount),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The calendar period containing the anchor, moved by <paramref name="offset"/> periods (last week = -1).</summary>
    public static TimexDate? Period(DateOnly anchor, string unit, int offset) => unit switch
    {
        "W" => TimexDate.WeekOf(anchor.AddDays(7 * offset)),
        "WE" => TimexDate.WeekOf(anchor.AddDays(7 * offset), weekend: true),
        "M" => MonthOf(anchor.AddMonths(offset)),
        "Q" => QuarterOf(anchor.AddMonths(3 * offset)),
        "HY" => HalfOf(anchor.AddMonths(6 * offset)),
        "Y" => TimexDate.OfYear(anchor.Year + offset),
        "D" => TimexDate.Of(anchor.AddDays(offset)),
        _ => null,
    };

    /// <summary>Where whole periods next to the anchor's own lie, as first/last: the last two months are the two before this one,
    /// the next three years the three after this one; null for clock units, counts below one, and dates out of range.</summary>
    public static string? Stretch(DateOnly anchor, decimal count, string unit, bool ahead)
    {
        if (count < 1 || count > 1000 || count != decimal.Truncate(count))
            return null;
        var n = (int)count;
        try
        {
            var (first, last) = ahead ? (1, n) : (-n, -1);
            return Period(anchor, unit, first) is { } from && Period(anchor, unit, last) is { } to ? from.Format() + "/" + to.Format() : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>As <see cref="Stretch"/> for hours, minutes and seconds, from the publication instant: the last two minutes at 04:30
    /// are 04:28/04:29.</summary>
    public static string? ClockStretch(DateTime now, decimal count, string unit, bool ahead)
    {
        if (count < 1 || count > 10000 || count != decimal.Truncate(count))
            return null;
        var step = TimeSpan.FromSeconds(SecondsIn(unit));
        var current = new DateTime(now.Ticks - now.Ticks % step.Ticks);
        var n = (int)count;
        var (first, last) = ahead ? (current + step, current + n * step) : (current - n * step, current - step);
        var format = unit == "S" ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm";
        return first.ToString(format, CultureInfo.InvariantCulture) + "/" + last.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>An instant moved by hours, minutes or seconds (tra due ore, 30 minutes ago), at the unit's precision (seconds
    /// when a fraction of an hour leaves them); null for amounts that are not whole seconds or out of range.</summary>
    public static string? ClockShift(DateTime now, decimal amount, string unit, int sign)
    {
        var seconds = amount * SecondsIn(unit);
        if (amount <= 0 || amount > 100000 || seconds != decimal.Truncate(seconds))
            return null;
        var moved = now.AddSeconds(sign * (double)seconds);
        // Whole hours are counted to the minute; minutes, and so a fraction of an hour (2.5 hours, 150 minutes), to the second.
        return moved.ToString(unit == "H" && amount == decimal.Truncate(amount) ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    private static int SecondsIn(string clockUnit) => clockUnit switch { "H" => 3600, "MIN" => 60, _ => 1 };

    private static TimexDate MonthOf(DateOnly date) => TimexDate.OfMonth(date.Year, date.Month);

    private static TimexDate QuarterOf(DateOnly date) => new(DatePrecision.Quarter, date.Year, Part: (date.Month - 1) / 3 + 1);

    private static TimexDate HalfOf(DateOnly date) => new(DatePrecision.Half, date.Year, Part: date.Month <= 6 ? 1 : 2);

    /// <summary>The season code containing a date (meteorological seasons: winter is December to February).</summary>
    public static (int Year, string Season) SeasonOf(DateOnly date) => date.Month switch
    {
        12 => (date.Year + 1, "WI"),
        <= 2 => (date.Year, "WI"),
        <= 5 => (date.Year, "SP"),
        <= 8 => (date.Year, "SU"),
        _ => (date.Year, "FA"),
    };

    private static readonly string[] SeasonOrder = ["WI", "SP", "SU", "FA"];

    /// <summary>The year of a named season this, last or next time round, from the anchor.</summary>
    public static int SeasonYear(DateOnly anchor, string season, int offset)
    {
        var (year, current) = SeasonOf(anchor);
        var index = Array.IndexOf(SeasonOrder, season);
        var here = Array.IndexOf(SeasonOrder, current);
        if (offset < 0)
            return index < here ? year : year - 1;
        if (offset > 0)
            return index > here ? year : year + 1;
        return year;
    }

    /// <summary>The decade a two-digit decade ("anni '90", "the nineties") means: the latest one starting at most ten years after the anchor.</summary>
    /// <remarks>In 2025 "the '60s" are the 1960s and "the '20s" the 2020s; in 1989 "the nineties" are the 1990s.</remarks>
    public static int Decade(int twoDigits, DateOnly? anchor) => ExpandYear(twoDigits, anchor) / 10;

    /// <summary>A two-digit year ("31/10/74", "2023/24") in the century that puts it nearest the anchor, at most ten years ahead.</summary>
    public static int ExpandYear(int twoDigits, DateOnly? anchor)
    {
        var reference = anchor?.Year ?? 2000;
        var year = reference / 100 * 100 + twoDigits;
        if (year > reference + 10)
            year -= 100;
        return year;
    }

    /// <summary>The UTC offset of a zone rule on a date: "+01:00", "Z", or a DST rule (EU+01:00, US-05:00) resolved for the date.</summary>
    public static string ZoneOffset(string rule, DateOnly? date)
    {
        if (rule.Length < 3 || !(rule.StartsWith("EU", StringComparison.Ordinal) || rule.StartsWith("US", StringComparison.Ordinal)))
            return rule;
        var standard = rule[2..];
        if (date is not { } day)
            return standard;
        bool summer;
        if (rule[0] == 'E')
            summer = day >= HolidayRule.NthWeekday(day.Year, 3, 7, -1) && day < HolidayRule.NthWeekday(day.Year, 10, 7, -1);
        else
            summer = day >= HolidayRule.NthWeekday(day.Year, 3, 7, 2) && day < HolidayRule.NthWeekday(day.Year, 11, 7, 1);
        if (!summer)
            return standard;
        var sign = standard[0] == '-' ? -1 : 1;
        var hours = int.Parse(standard.AsSpan(1, 2), CultureInfo.InvariantCulture) * sign + 1;
        return (hours < 0 ? "-" : "+") + Math.Abs(hours).ToString("D2", CultureInfo.InvariantCulture) + standard[3..];
    }
}
