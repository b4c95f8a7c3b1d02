using System.Collections.Frozen;
using System.Globalization;
using Cronista.Core;

namespace Cronista.Time.Calendar;

/// <summary>When each holiday falls, from the rules in <c>Time/Data/holidays.tsv</c>.</summary>
/// <remarks>Rules: a fixed month-day, a day offset from Western or Orthodox Easter Sunday, the nth (or last) weekday of a month, a
/// day of the Islamic, Hebrew or Chinese year (<see cref="LunarCalendars"/>). A holiday may last several days (Lent, Ramadan).</remarks>
internal sealed class HolidayCalendar
{
    private readonly FrozenDictionary<string, HolidayRule> _rules;

    public HolidayCalendar(IEnumerable<HolidayRule> rules) =>
        _rules = rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    public static HolidayCalendar Load()
    {
        var rules = new List<HolidayRule>();
        foreach (var row in ResourceFiles.ReadRows("Time/Data/holidays.tsv"))
            rules.Add(HolidayRule.Parse(row));
        return new HolidayCalendar(rules);
    }

    public bool Knows(string id) => _rules.ContainsKey(id);

    public IEnumerable<string> Ids => _rules.Keys;

    /// <summary>The holiday's date in a year, or null when the id is unknown or the year out of range.</summary>
    public DateOnly? On(string id, int year) =>
        _rules.TryGetValue(id, out var rule) && year is >= 1583 and <= 9998 ? rule.On(year) : null;

    /// <summary>The last day of a holiday that lasts several days, given the first day of one of its occurrences; null for one-day holidays.</summary>
    public DateOnly? LastDay(string id, DateOnly first) => _rules.TryGetValue(id, out var rule) ? rule.LastDay(first) : null;

    /// <summary>True when the holiday follows a lunar calendar, whose dates .NET computes for a limited span of years.</summary>
    public bool IsLunar(string id) => _rules.TryGetValue(id, out var rule) && rule.Kind is HolidayRuleKind.Hijri or HolidayRuleKind.Chinese or HolidayRuleKind.Hebrew;

    /// <summary>The first occurrence on or after the anchor: this year's, or next year's once it has passed.</summary>
    public DateOnly? Next(string id, DateOnly anchor) =>
        On(id, anchor.Year) is { } date && date >= anchor ? date : On(id, anchor.Year + 1);

    /// <summary>The occurrence nearest the anchor: this year's, last year's or next year's.</summary>
    public DateOnly? Nearest(string id, DateOnly anchor)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (On(id, year) is not { } date)
                continue;
            var distance = Math.Abs(date.DayNumber - anchor.DayNumber);
            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }
        return best;
    }
}

/// <summary>How one holiday's date is found in a given year.</summary>
/// <remarks><c>LastOffset</c>: for Easter rules of a holiday that lasts several days (Lent), the offset of its last day.</remarks>
internal sealed record HolidayRule(string Id, string Countries, HolidayRuleKind Kind, int Month, int Day, int Weekday, int Nth, int EasterOffset, int? LastOffset = null)
{
    public DateOnly? On(int year) => Kind switch
    {
        HolidayRuleKind.Fixed => new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month))),
        HolidayRuleKind.Easter => Easter.Sunday(year).AddDays(EasterOffset),
        HolidayRuleKind.Orthodox => LunarCalendars.OrthodoxEaster(year).AddDays(EasterOffset),
        // Day 0: the whole Hijri month (Ramadan), from its first day.
        // With a weekday: the last such weekday before that day (Jumu'atul-Wida, the last Friday before Eid al-Fitr).
        HolidayRuleKind.Hijri when Weekday > 0 => LunarCalendars.HijriDate(year, Month, Day) is { } next ? next.AddDays(-((IsoWeekday(next) - Weekday + 6) % 7 + 1)) : null,
        HolidayRuleKind.Hijri => LunarCalendars.HijriDate(year, Month, Math.Max(Day, 1)),
        HolidayRuleKind.Chinese => LunarCalendars.ChineseDate(year, Month, Day),
        HolidayRuleKind.Hebrew => LunarCalendars.HebrewDate(year, Month, Day),
        _ => NthWeekday(year, Month, Weekday, Nth),
    };

    /// <summary>The last day of the occurrence that starts on <paramref name="first"/>, for holidays that last several days.</summary>
    public DateOnly? LastDay(DateOnly first) => Kind switch
    {
        HolidayRuleKind.Easter or HolidayRuleKind.Orthodox when LastOffset is { } last => first.AddDays(last - EasterOffset),
        HolidayRuleKind.Hijri when Day == 0 => LunarCalendars.HijriMonthEnd(first),
        HolidayRuleKind.Hebrew when Nth > 1 => first.AddDays(Nth - 1),
        _ => null,
    };

    /// <summary>The nth ISO weekday (Monday = 1) of a month; n = -1 is the last one.</summary>
    public static DateOnly NthWeekday(int year, int month, int isoWeekday, int nth)
    {
        if (nth < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            var back = (IsoWeekday(last) - isoWeekday + 7) % 7;
            return last.AddDays(-back - 7 * (-nth - 1));
        }
        var first = new DateOnly(year, month, 1);
        var forward = (isoWeekday - IsoWeekday(first) + 7) % 7;
        return first.AddDays(forward + 7 * (nth - 1));
    }

    public static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>Reads one row: id, countries, rule (fixed MM-DD | easter ±N | weekday MM D N).</summary>
    public static HolidayRule Parse(string[] row)
    {
        static Exception Bad(string[] row, string why) =>
            new FormatException($"Time/Data/holidays.tsv: row '{string.Join(" | ", row)}' {why}. Write 'id<TAB>countries<TAB>fixed<TAB>MM-DD', '…<TAB>easter<TAB>±days[<TAB>±last day]' (or orthodox), '…<TAB>hijri<TAB>MM-DD[<TAB>isoWeekday: the last one before]' (MM alone: the whole month), '…<TAB>hebrew<TAB>MM-DD[<TAB>days]' (months from Tishrei), '…<TAB>chinese<TAB>MM-DD' or '…<TAB>weekday<TAB>month<TAB>isoWeekday<TAB>n' (n = -1 for the last).");
        if (row.Length < 4)
            throw Bad(row, "has too few columns");
        var inv = CultureInfo.InvariantCulture;
        switch (row[2])
        {
            case "fixed":
                var parts = row[3].Split('-');
                if (parts.Length != 2 || !int.TryParse(parts[0], inv, out var month) || !int.TryParse(parts[1], inv, out var day) || month is < 1 or > 12 || day is < 1 or > 31)
                    throw Bad(row, "has no valid MM-DD");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.Fixed, month, day, 0, 0, 0);
            case "easter" or "orthodox":
                if (!int.TryParse(row[3], NumberStyles.AllowLeadingSign, inv, out var offset))
                    throw Bad(row, "has no day offset");
                int? lastOffset = null;
                if (row.Length > 4)
                {
                    if (!int.TryParse(row[4], NumberStyles.AllowLeadingSign, inv, out var last) || last < offset)
                        throw Bad(row, "has a last day before its first");
                    lastOffset = last;
                }
                return new HolidayRule(row[0], row[1], row[2] == "easter" ? HolidayRuleKind.Easter : HolidayRuleKind.Orthodox, 0, 0, 0, 0, offset, lastOffset);
            case "hebrew":
                var hebrew = row[3].Split('-');
                if (hebrew.Length != 2 || !int.TryParse(hebrew[0], inv, out var hebrewMonth) || !int.TryParse(hebrew[1], inv, out var hebrewDay) ||
                    hebrewMonth is < 1 or > 12 || hebrewDay is < 1 or > 30)
                    throw Bad(row, "has no valid MM-DD (months from Tishrei = 01)");
                var length = 1;
                if (row.Length > 4 && (!int.TryParse(row[4], inv, out length) || length is < 1 or > 10))
                    throw Bad(row, "has no valid length in days");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.Hebrew, hebrewMonth, hebrewDay, 0, length, 0);
            case "hijri" or "chinese":
                var lunar = row[3].Split('-');
                if (!int.TryParse(lunar[0], inv, out var lunarMonth) || lunarMonth is < 1 or > 12)
                    throw Bad(row, "has no valid month");
                var lunarDay = 0;
                if (lunar.Length > 1 && (!int.TryParse(lunar[1], inv, out lunarDay) || lunarDay is < 1 or > 30))
                    throw Bad(row, "has no valid day");
                if (lunarDay == 0 && row[2] == "chinese")
                    throw Bad(row, "needs a day");
                var before = 0;
                if (row.Length > 4 && (row[2] != "hijri" || lunarDay == 0 || !int.TryParse(row[4], inv, out before) || before is < 1 or > 7))
                    throw Bad(row, "has no valid ISO weekday to fall before its day");
                return new HolidayRule(row[0], row[1], row[2] == "hijri" ? HolidayRuleKind.Hijri : HolidayRuleKind.Chinese, lunarMonth, lunarDay, before, 0, 0);
            case "weekday":
                if (row.Length < 6 || !int.TryParse(row[3], inv, out var m) || !int.TryParse(row[4], inv, out var weekday) ||
                    !int.TryParse(row[5], NumberStyles.AllowLeadingSign, inv, out var nth) || m is < 1 or > 12 || weekday is < 1 or > 7 || nth == 0 || nth > 5)
                    throw Bad(row, "has no valid month, weekday and n");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.NthWeekday, m, 0, weekday, nth, 0);
            default:
                throw Bad(row, $"names an unknown rule '{row[2]}'");
        }
    }
}

/// <summary>The shapes a holiday rule takes.</summary>
internal enum HolidayRuleKind { Fixed, Easter, NthWeekday, Orthodox, Hijri, Chinese, Hebrew }
