using System.Globalization;

namespace Cronista.Time.Calendar;

/// <summary>Holidays of calendars other than the Gregorian: Orthodox Easter, the Islamic (Hijri), Hebrew and Chinese years.</summary>
/// <remarks>
/// The Islamic dates follow the Umm al-Qura calendar (Saudi Arabia's civil calendar, which most news reports of Eid and
/// Ramadan follow), as .NET computes it for Gregorian 1900–2077; local moon sightings can move a date by a day. The Chinese
/// dates follow .NET's Chinese lunisolar calendar (1901–2100). Outside those ranges there is no date.
/// </remarks>
internal static class LunarCalendars
{
    private static readonly UmAlQuraCalendar Hijri = new();
    private static readonly ChineseLunisolarCalendar Chinese = new();

    /// <summary>Orthodox Easter Sunday of a year, as a Gregorian date: the Julian computus (Meeus), moved to the Gregorian calendar.</summary>
    public static DateOnly OrthodoxEaster(int year)
    {
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = (19 * c + 15) % 30;
        var e = (2 * a + 4 * b - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = (d + e + 114) % 31 + 1;
        // The Julian calendar runs behind the Gregorian by 13 days in 1900–2099, one more each century not divisible by 400.
        var drift = year / 100 - year / 400 - 2;
        return new DateOnly(year, month, day).AddDays(drift);
    }

    /// <summary>The first Gregorian date in a year that is day <paramref name="day"/> of Hijri month <paramref name="month"/>
    /// (the Hijri year is shorter, so a date can fall twice in one Gregorian year; the first is taken).</summary>
    public static DateOnly? HijriDate(int year, int month, int day)
    {
        if (year is < 1901 or > 2076)
            return null;
        var first = Hijri.GetYear(new DateTime(year, 1, 1));
        for (var hijriYear = first; hijriYear <= first + 1; hijriYear++)
        {
            if (day > Hijri.GetDaysInMonth(hijriYear, month))
                continue;
            var date = DateOnly.FromDateTime(Hijri.ToDateTime(hijriYear, month, day, 0, 0, 0, 0));
            if (date.Year == year)
                return date;
        }
        return null;
    }

    /// <summary>The last day of the Hijri month that starts on <paramref name="start"/>.</summary>
    public static DateOnly HijriMonthEnd(DateOnly start)
    {
        var at = start.ToDateTime(TimeOnly.MinValue);
        return start.AddDays(Hijri.GetDaysInMonth(Hijri.GetYear(at), Hijri.GetMonth(at)) - 1);
    }

    private static readonly HebrewCalendar Hebrew = new();

    /// <summary>The Gregorian date in a year of a day of the Hebrew year, the month counted from Tishrei (1) as in a common year
    /// (Adar 6, Nisan 7 … Elul 12); in a leap year Adar is Adar II, where Purim falls. The holiday is dated by its day, not by the
    /// evening before, when it begins.</summary>
    public static DateOnly? HebrewDate(int year, int month, int day)
    {
        if (year is < 1600 or > 2200)
            return null;
        var first = Hebrew.GetYear(new DateTime(year, 1, 1));
        for (var hebrewYear = first; hebrewYear <= first + 1; hebrewYear++)
        {
            var index = Hebrew.IsLeapYear(hebrewYear) && month >= 6 ? month + 1 : month;
            if (day > Hebrew.GetDaysInMonth(hebrewYear, index))
                continue;
            var date = DateOnly.FromDateTime(Hebrew.ToDateTime(hebrewYear, index, day, 0, 0, 0, 0));
            if (date.Year == year)
                return date;
        }
        return null;
    }

    /// <summary>Day <paramref name="day"/> of lunar month <paramref name="month"/> of the Chinese year that begins in a Gregorian year
    /// (month 1 day 1 is the Chinese New Year); leap months are not named.</summary>
    public static DateOnly? ChineseDate(int year, int month, int day)
    {
        if (year is < 1901 or > 2100)
            return null;
        // In a leap year the months after the leap month move up by one.
        var leap = Chinese.GetLeapMonth(year);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Chinese.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
