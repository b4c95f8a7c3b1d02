namespace Cronista.Time.Calendar;

/// <summary>The Shahenshahi calendar of India's Parsis: twelve months of 30 days and five Gatha days, 365 days every year with
/// no leap day, so its New Year (Navroz, the Parsi New Year of Indian holiday lists) comes a day earlier in the Gregorian
/// calendar every four years. The Kadmi calendar runs a month ahead; the Fasli one fixes Navroz on 21 March.</summary>
internal static class ParsiCalendar
{
    /// <summary>1 Farvardin of Yazdegerdi year 1388.</summary>
    private static readonly DateOnly Epoch = new(2018, 8, 17);

    /// <summary>The day in a Gregorian year of day <paramref name="day"/> of Shahenshahi month <paramref name="month"/> (13: the
    /// Gatha days); the first if it falls twice (it can, on 1 January and 31 December).</summary>
    public static DateOnly DayOf(int year, int month, int day)
    {
        var dayOfYear = (month - 1) * 30 + day - 1;
        var januaryFirst = new DateOnly(year, 1, 1).DayNumber;
        // The Shahenshahi year whose day falls on or after 1 January of the Gregorian year.
        var years = (int)Math.Ceiling((januaryFirst - Epoch.DayNumber - dayOfYear) / 365.0);
        return DateOnly.FromDayNumber(Epoch.DayNumber + 365 * years + dayOfYear);
    }
}
