using System.Collections.Frozen;
using System.Globalization;
using Cronista.Core;

namespace Cronista.Time.Calendar;

/// <summary>When each holiday falls, from the rules in <c>Time/Data/holidays.tsv</c>.</summary>
/// <remarks>Three kinds of rule: a fixed month-day, a day offset from Easter Sunday, and the nth (or last) weekday of a month.</remarks>
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
internal sealed record HolidayRule(string Id, string Countries, HolidayRuleKind Kind, int Month, int Day, int Weekday, int Nth, int EasterOffset)
{
    public DateOnly On(int year) => Kind switch
    {
        HolidayRuleKind.Fixed => new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month))),
        HolidayRuleKind.Easter => Easter.Sunday(year).AddDays(EasterOffset),
        _ => NthWeekday(year, Month, Weekday, Nth),
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
            new FormatException($"Time/Data/holidays.tsv: row '{string.Join(" | ", row)}' {why}. Write 'id<TAB>countries<TAB>fixed<TAB>MM-DD', '…<TAB>easter<TAB>±days' or '…<TAB>weekday<TAB>month<TAB>isoWeekday<TAB>n' (n = -1 for the last).");
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
            case "easter":
                if (!int.TryParse(row[3], NumberStyles.AllowLeadingSign, inv, out var offset))
                    throw Bad(row, "has no day offset");
                return new HolidayRule(row[0], row[1], HolidayRuleKind.Easter, 0, 0, 0, 0, offset);
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

/// <summary>The three shapes a holiday rule takes.</summary>
internal enum HolidayRuleKind { Fixed, Easter, NthWeekday }
