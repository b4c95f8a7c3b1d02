namespace Cronista.Time.Calendar;

/// <summary>The date of Western (Gregorian) Easter Sunday.</summary>
internal static class Easter
{
    /// <summary>Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).</summary>
    public static DateOnly Sunday(int year)
    {
        if (year is < 1583 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year), $"Easter is computed for Gregorian years 1583–9999; got {year}.");
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
