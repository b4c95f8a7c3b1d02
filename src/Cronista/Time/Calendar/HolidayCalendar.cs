using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Cronista.Core;

namespace Cronista.Time.Calendar;

/// <summary>When each holiday falls, from the rules in <c>Time/Data/holidays.tsv</c>.</summary>
/// <remarks>Rules: a fixed month-day (moved off some weekdays), a day offset from Western or Orthodox Easter Sunday, the nth (or
/// last) weekday of a month, a day of the Islamic, Hebrew or Chinese year (<see cref="LunarCalendars"/>), of the Hindu lunar or
/// solar year (<see cref="HinduCalendar"/>) or of the Parsi year (<see cref="ParsiCalendar"/>). A holiday may last several
/// days (Lent, Ramadan, Navaratri).</remarks>
internal sealed class HolidayCalendar
{
    private readonly FrozenDictionary<string, HolidayRule> _rules;
    // The Hindu calendar is computed from the sun and the moon: each holiday's year is worked out once.
    private readonly ConcurrentDictionary<(string Id, int Year), DateOnly[]> _computed = new();

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

    /// <summary>The hours of its day a named time lasts (Earth Hour), or null for a whole day.</summary>
    public (TimeOnly From, TimeOnly To)? Hours(string id) => _rules.TryGetValue(id, out var rule) ? rule.Hours : null;

    public IEnumerable<string> Ids => _rules.Keys;

    /// <summary>The holiday's date in a year (the first, for a Hindu lunar one that falls twice), or null when the id is unknown
    /// or the year out of range.</summary>
    public DateOnly? On(string id, int year) => Occurrences(id, year) is [var first, ..] ? first : null;

    /// <summary>Every date of the holiday in a year: one, or for a Hindu lunar holiday near the turn of the year none or two.</summary>
    private DateOnly[] Occurrences(string id, int year)
    {
        if (!_rules.TryGetValue(id, out var rule) || year is < 1583 or > 9998)
            return [];
        if (!rule.IsComputed)
            return rule.On(year) is { } date ? [date] : [];
        return year is < 1800 or > 2200 ? [] : _computed.GetOrAdd((id, year), key => [.. rule.Occurrences(key.Year)]);
    }

    /// <summary>The last day of a holiday that lasts several days, given the first day of one of its occurrences; null for one-day holidays.</summary>
    public DateOnly? LastDay(string id, DateOnly first) => _rules.TryGetValue(id, out var rule) ? rule.LastDay(first) : null;

    /// <summary>True when the holiday follows a lunar calendar, whose dates .NET computes for a limited span of years.</summary>
    public bool IsLunar(string id) => _rules.TryGetValue(id, out var rule) && rule.Kind is HolidayRuleKind.Hijri or HolidayRuleKind.Chinese or HolidayRuleKind.Hebrew;

    /// <summary>True when the holiday follows the Hindu lunar calendar, whose months near the turn of the year can fall twice in one
    /// Gregorian year and not at all in the next.</summary>
    public bool IsHinduLunar(string id) => _rules.TryGetValue(id, out var rule) && rule.Kind == HolidayRuleKind.Hindu;

    /// <summary>The first occurrence on or after the anchor: this year's, or next year's once it has passed (or the year
    /// after, for a Hindu lunar holiday that skips a year).</summary>
    public DateOnly? Next(string id, DateOnly anchor)
    {
        for (var year = anchor.Year; year <= anchor.Year + 2; year++)
        {
            foreach (var date in Occurrences(id, year))
            {
                if (date >= anchor)
                    return date;
            }
        }
        return null;
    }

    /// <summary>The occurrence nearest the anchor: this year's, last year's or next year's.</summary>
    public DateOnly? Nearest(string id, DateOnly anchor)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            foreach (var date in Occurrences(id, year))
            {
                var distance = Math.Abs(date.DayNumber - anchor.DayNumber);
                if (distance < bestDistance)
                {
                    best = date;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
}

/// <summary>How one holiday's date is found in a given year.</summary>
/// <remarks><c>Offset</c>: days from Easter Sunday, or from a Hindu festival's tithi or sankranti (Holi is the day after Holika
/// Dahan). <c>LastOffset</c>: for Easter rules of a holiday that lasts several days (Lent), the offset of its last day; for a
/// Hindu one (Navaratri), the tithi of its last day. <c>WeekdayShift</c>: for fixed days, the days to move when the day falls on
/// a given ISO weekday (index 1–7). For Hindu rules Month is the lunar month or the sun's sign, Day the tithi or nakshatra.</remarks>
internal sealed record HolidayRule(string Id, string Countries, HolidayRuleKind Kind, int Month, int Day, int Weekday, int Nth, int Offset, int? LastOffset = null,
    HinduMoment Moment = HinduMoment.Sunrise, int[]? WeekdayShift = null)
{
    /// <summary>The hours of a day that the named time is (Earth Hour: 20:30–21:30, local time).</summary>
    public (TimeOnly From, TimeOnly To)? Hours { get; init; }

    /// <summary>A day of the Easter cycle the holiday steps away from, and by how many days (Earth Hour leaves Holy Saturday
    /// for the Saturday before).</summary>
    public (int EasterOffset, int Shift)? EasterClash { get; init; }

    /// <summary>Every date of the holiday in a year: a Hindu lunar day near the turn of the year can fall twice, or not at all.</summary>
    public IEnumerable<DateOnly> Occurrences(int year) => Kind == HolidayRuleKind.Hindu
        ? HinduCalendar.LunarDays(year, Month, Day, Moment).Select(day => day.AddDays(Offset))
        : On(year) is { } date ? [date] : [];

    /// <summary>True for rules worked out from the sun and the moon rather than by arithmetic.</summary>
    public bool IsComputed => Kind is HolidayRuleKind.Hindu or HolidayRuleKind.Sankranti or HolidayRuleKind.Nakshatra;

    public DateOnly? On(int year) =>
        RuleDay(year) is { } day && EasterClash is { } clash && day == Easter.Sunday(year).AddDays(clash.EasterOffset) ? day.AddDays(clash.Shift) : RuleDay(year);

    private DateOnly? RuleDay(int year) => Kind switch
    {
        HolidayRuleKind.Fixed when WeekdayShift is { } shift => FixedDay(year).AddDays(shift[IsoWeekday(FixedDay(year))]),
        HolidayRuleKind.Fixed => FixedDay(year),
        HolidayRuleKind.Hindu => HinduCalendar.LunarDay(year, Month, Day, Moment)?.AddDays(Offset),
        HolidayRuleKind.Sankranti => HinduCalendar.SankrantiDay(year, Month, Moment).AddDays(Offset),
        HolidayRuleKind.Nakshatra => HinduCalendar.NakshatraDay(year, Month, Day),
        HolidayRuleKind.Shahenshahi => ParsiCalendar.DayOf(year, Month, Day),
        HolidayRuleKind.Easter => Easter.Sunday(year).AddDays(Offset),
        HolidayRuleKind.Orthodox => LunarCalendars.OrthodoxEaster(year).AddDays(Offset),
        // Day 0: the whole Hijri month (Ramadan), from its first day.
        // With a weekday: the last such weekday before that day (Jumu'atul-Wida, the last Friday before Eid al-Fitr).
        HolidayRuleKind.Hijri when Weekday > 0 => LunarCalendars.HijriDate(year, Month, Day) is { } next ? next.AddDays(-((IsoWeekday(next) - Weekday + 6) % 7 + 1)) : null,
        HolidayRuleKind.Hijri => LunarCalendars.HijriDate(year, Month, Math.Max(Day, 1)),
        HolidayRuleKind.Chinese => LunarCalendars.ChineseDate(year, Month, Day),
        HolidayRuleKind.Hebrew => LunarCalendars.HebrewDate(year, Month, Day),
        _ => NthWeekday(year, Month, Weekday, Nth).AddDays(Offset),
    };

    /// <summary>The last day of the occurrence that starts on <paramref name="first"/>, for holidays that last several days.</summary>
    public DateOnly? LastDay(DateOnly first) => Kind switch
    {
        HolidayRuleKind.Easter or HolidayRuleKind.Orthodox when LastOffset is { } last => first.AddDays(last - Offset),
        HolidayRuleKind.Hindu when LastOffset is { } lastTithi => HinduCalendar.LunarDay(first.Year, Month, lastTithi, Moment),
        HolidayRuleKind.Hijri when Day == 0 => LunarCalendars.HijriMonthEnd(first),
        HolidayRuleKind.Hebrew when Nth > 1 => first.AddDays(Nth - 1),
        _ => null,
    };

    private DateOnly FixedDay(int year) => new(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

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

    /// <summary>Reads one row: id, countries, rule (fixed MM-DD | easter ±N | weekday MM D N | a lunar or solar calendar's day).</summary>
    public static HolidayRule Parse(string[] row)
    {
        // Trailing columns any rule may have: its hours (20:30-21:30) and an Easter day it steps away from (easter-1:-7).
        (TimeOnly, TimeOnly)? hours = null;
        (int, int)? clash = null;
        var inv = CultureInfo.InvariantCulture;
        while (row.Length > 4)
        {
            var last = row[^1];
            if (last.Split('-') is [var from, var to] && TimeOnly.TryParseExact(from, "HH:mm", inv, DateTimeStyles.None, out var start) &&
                TimeOnly.TryParseExact(to, "HH:mm", inv, DateTimeStyles.None, out var end))
                hours = (start, end);
            else if (last.StartsWith("easter", StringComparison.Ordinal) && last[6..].Split(':') is [var easter, var shift] &&
                int.TryParse(easter, NumberStyles.AllowLeadingSign, inv, out var easterOffset) && int.TryParse(shift, NumberStyles.AllowLeadingSign, inv, out var days))
                clash = (easterOffset, days);
            else
                break;
            row = row[..^1];
        }
        return ParseRule(row) with { Hours = hours, EasterClash = clash };
    }

    private static HolidayRule ParseRule(string[] row)
    {
        static Exception Bad(string[] row, string why) =>
            new FormatException($"Time/Data/holidays.tsv: row '{string.Join(" | ", row)}' {why}. Write 'id<TAB>countries<TAB>fixed<TAB>MM-DD[<TAB>isoWeekday:±days,…]', '…<TAB>easter<TAB>±days[<TAB>±last day]' (or orthodox), '…<TAB>hijri<TAB>MM-DD[<TAB>isoWeekday: the last one before]' (MM alone: the whole month), '…<TAB>hebrew<TAB>MM-DD[<TAB>days]' (months from Tishrei), '…<TAB>chinese<TAB>MM-DD', '…<TAB>hindu<TAB>MM-TT[<TAB>moment[<TAB>MM-TT last day | ±days]]', '…<TAB>sankranti<TAB>sign<TAB>sunset|midnight[<TAB>±days]', '…<TAB>nakshatra<TAB>sign-nakshatra', '…<TAB>shahenshahi<TAB>MM-DD' or '…<TAB>weekday<TAB>month<TAB>isoWeekday<TAB>n[<TAB>±days]' (n = -1 for the last); any of them may end with hours (HH:mm-HH:mm) and an Easter day to step away from (easter±N:±days).");
        if (row.Length < 4)
            throw Bad(row, "has too few columns");
        var inv = CultureInfo.InvariantCulture;
        switch (row[2])
        {
            case "fixed":
                var parts = row[3].Split('-');
                if (parts.Length != 2 || !int.TryParse(parts[0], inv, out var month) || !int.TryParse(parts[1], inv, out var day) || month is < 1 or > 12 || day is < 1 or > 31)
                    throw Bad(row, "has no valid MM-DD");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.Fixed, month, day, 0, 0, 0, WeekdayShift: row.Length > 4 ? ParseWeekdayShift(row, row[4]) : null);
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
                // A day counted from that weekday: Black Friday is the day after the fourth Thursday of November.
                var fromWeekday = 0;
                if (row.Length > 6 && !int.TryParse(row[6], NumberStyles.AllowLeadingSign, inv, out fromWeekday))
                    throw Bad(row, "has no valid day offset after its weekday");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.NthWeekday, m, 0, weekday, nth, fromWeekday);
            case "hindu":
                if (!TryMonthDay(row[3], 12, 30, out var lunarMonthOfYear, out var tithi))
                    throw Bad(row, "has no valid lunar month (1 = Chaitra) and tithi (1–30)");
                var moment = row.Length > 4 ? ParseMoment(row, row[4]) : HinduMoment.Sunrise;
                int? lastTithi = null;
                var after = 0;
                if (row.Length > 5 && TryMonthDay(row[5], 12, 30, out var lastMonth, out var lastOfMonth) && lastMonth == lunarMonthOfYear && lastOfMonth > tithi)
                    lastTithi = lastOfMonth;
                else if (row.Length > 5 && !int.TryParse(row[5], NumberStyles.AllowLeadingSign, inv, out after))
                    throw Bad(row, "has neither a last day (MM-TT, same month) nor a day offset");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.Hindu, lunarMonthOfYear, tithi, 0, 0, after, lastTithi, moment);
            case "sankranti":
                if (!int.TryParse(row[3], inv, out var sign) || sign is < 1 or > 12 || row.Length < 5)
                    throw Bad(row, "has no valid sign (1 = Mesha … 12 = Mina) and rule (sunrise, sunset or midnight)");
                var sankrantiRule = ParseMoment(row, row[4]);
                var shift = 0;
                if (sankrantiRule is not (HinduMoment.Sunrise or HinduMoment.Sunset or HinduMoment.Midnight) ||
                    row.Length > 5 && !int.TryParse(row[5], NumberStyles.AllowLeadingSign, inv, out shift))
                    throw Bad(row, "has no valid rule (sunrise, sunset or midnight) or day offset");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.Sankranti, sign, 0, 0, 0, shift, null, sankrantiRule);
            case "nakshatra":
                if (!TryMonthDay(row[3], 12, 27, out var solarMonth, out var nakshatra))
                    throw Bad(row, "has no valid sign (1 = Mesha) and nakshatra (1 = Ashvini … 27 = Revati)");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.Nakshatra, solarMonth, nakshatra, 0, 0, 0);
            case "shahenshahi":
                if (!TryMonthDay(row[3], 13, 30, out var parsiMonth, out var parsiDay) || parsiMonth == 13 && parsiDay > 5)
                    throw Bad(row, "has no valid MM-DD (month 13: the five Gatha days)");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.Shahenshahi, parsiMonth, parsiDay, 0, 0, 0);
            default:
                throw Bad(row, $"names an unknown rule '{row[2]}'");
        }
    }
    private static bool TryMonthDay(string text, int months, int days, out int month, out int day)
    {
        month = day = 0;
        var parts = text.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out month) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out day) &&
            month >= 1 && month <= months && day >= 1 && day <= days;
    }

    private static HinduMoment ParseMoment(string[] row, string text) =>
        Enum.TryParse<HinduMoment>(text, ignoreCase: true, out var moment) && !int.TryParse(text, out _)
            ? moment
            : throw new FormatException($"Time/Data/holidays.tsv: row '{string.Join(" | ", row)}' names no moment of the day (sunrise, noon, afternoon, sunset, evening, midnight, afterbhadra).");

    /// <summary>"6:-1,7:+1": a Saturday moves back a day, a Sunday ahead (Boss's Day); indexed by ISO weekday.</summary>
    private static int[] ParseWeekdayShift(string[] row, string text)
    {
        var shift = new int[8];
        foreach (var pair in text.Split(','))
        {
            var parts = pair.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var weekday) || weekday is < 1 or > 7 ||
                !int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out shift[weekday]))
                throw new FormatException($"Time/Data/holidays.tsv: row '{string.Join(" | ", row)}' has no valid weekday shift; write 'isoWeekday:±days[,…]'.");
        }
        return shift;
    }
}

/// <summary>The shapes a holiday rule takes.</summary>
internal enum HolidayRuleKind { Fixed, Easter, NthWeekday, Orthodox, Hijri, Chinese, Hebrew, Hindu, Sankranti, Nakshatra, Shahenshahi }
