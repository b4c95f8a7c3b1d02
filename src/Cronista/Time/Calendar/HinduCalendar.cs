namespace Cronista.Time.Calendar;

/// <summary>The modern Hindu lunisolar and solar calendars, computed from the sun and the moon (<see cref="Astronomy"/>) as
/// Reingold and Dershowitz, "Calendrical Calculations", describe them, for Indian Standard Time at New Delhi, the place most
/// published panchangs (and Indian government holiday lists) reckon from.</summary>
/// <remarks>
/// A lunar month runs from one new moon to the next (amanta, as in the south and west; the north's purnimanta months give the
/// dark fortnight to the following month, but name the same days) and takes its name from the sidereal sign (Lahiri) the sun
/// is in at the new moon that opens it: the sun in Mina (Pisces) opens Chaitra. A month in which the sun enters no new sign is
/// an adhika (leap) month; festivals keep to the regular month of that name that follows it. A tithi is a twelve-degree step
/// of the moon away from the sun: tithis 1–15 are the bright fortnight (shukla paksha, ending at the full moon, purnima),
/// 16–30 the dark one (krishna paksha, ending at the new moon, amavasya). A festival is on the civil day (sunrise to sunrise)
/// whose chosen moment — sunrise for most, midday, the afternoon, the evening or midnight for those kept then — falls in
/// its tithi; when the tithi begins and ends between two such moments, on the day whose part of the day kept for the
/// festival it touches, else on the day it begins. A sankranti is the sun's entry into a sidereal sign, which opens a solar
/// month.
/// </remarks>
internal static class HinduCalendar
{
    private const double Latitude = 28.6139;
    private const double Longitude = 77.2090;
    private const double ZoneHours = 5.5;
    private const double SynodicMonth = 29.530588853;
    private const double MoonGainPerDay = 360 / SynodicMonth;
    private const double Nakshatra = 360.0 / 27;

    /// <summary>The day in a Gregorian year of tithi <paramref name="tithi"/> (1–30) of lunar month <paramref name="month"/>
    /// (1 = Chaitra … 12 = Phalguna), the first if it falls twice, null if not at all (a month near the year's turn).</summary>
    public static DateOnly? LunarDay(int year, int month, int tithi, HinduMoment moment) =>
        LunarDays(year, month, tithi, moment) is [var first, ..] ? first : null;

    /// <summary>Every day in a Gregorian year of a tithi of a lunar month: none, one, or two for a month near the year's turn
    /// (Paush's seventh bright tithi came on 9 January and 29 December 2022).</summary>
    public static IReadOnlyList<DateOnly> LunarDays(int year, int month, int tithi, HinduMoment moment)
    {
        var days = new List<DateOnly>(2);
        var end = Astronomy.JulianDay(new DateOnly(year + 1, 1, 1));
        var newMoon = NewMoonBefore(Astronomy.JulianDay(new DateOnly(year, 1, 1)) - 31);
        var sign = SunSign(newMoon);
        while (newMoon < end)
        {
            var next = NewMoonAfter(newMoon);
            var nextSign = SunSign(next);
            // The sun in sign s (0 = Mesha) at the opening new moon names the month s + 2, Mina (11) giving Chaitra (1).
            if ((sign + 1) % 12 + 1 == month && nextSign != sign && DayOfTithi(newMoon, next, tithi, moment) is var day && day.Year == year)
                days.Add(day);
            newMoon = next;
            sign = nextSign;
        }
        return days;
    }

    /// <summary>The day of a sankranti, the sun's entry into sidereal sign <paramref name="sign"/> (1 = Mesha … 12 = Mina), in a
    /// Gregorian year. <see cref="HinduMoment.Sunrise"/>: the civil day, sunrise to sunrise, it happens in (Vaisakhi);
    /// <see cref="HinduMoment.Sunset"/>: that day, or the next if after sunset (Makar Sankranti, Pongal);
    /// <see cref="HinduMoment.Midnight"/>: the day after its date (the Bengali months begin so).</summary>
    public static DateOnly SankrantiDay(int year, int sign, HinduMoment rule)
    {
        var moment = Sankranti(year, sign);
        var date = Astronomy.DateOf(moment, ZoneHours);
        if (rule == HinduMoment.Midnight)
            return date.AddDays(1);
        if (moment < Sunrise(date))
            date = date.AddDays(-1);
        return rule == HinduMoment.Sunset && moment > Sunset(date) ? date.AddDays(1) : date;
    }

    /// <summary>The day of a Gregorian year's solar month <paramref name="sign"/> (the sun in that sidereal sign at sunrise) on
    /// whose sunrise the moon stands in nakshatra <paramref name="nakshatra"/> (1 = Ashvini … 27 = Revati), the second when it
    /// comes twice (in the month's first days and again at its end): Onam is Thiruvonam (Shravana, 22) in Chingam (Simha, 5),
    /// which put it on 15 September 2024, not 20 August.</summary>
    public static DateOnly? NakshatraDay(int year, int sign, int nakshatra)
    {
        DateOnly? found = null;
        var day = Astronomy.DateOf(Sankranti(year, sign), ZoneHours);
        for (var i = 0; i < 33; i++, day = day.AddDays(1))
        {
            var sunrise = Sunrise(day);
            if (SunSign(sunrise) != sign - 1)
                continue;
            // How far the moon is past the nakshatra's start, in nakshatras: it holds below 1. A nakshatra lasts about a day;
            // the first sunrise in it of each of its returns counts, or the day it begins and ends in between two sunrises.
            var past = Astronomy.Normalize(Astronomy.SiderealMoonLongitude(sunrise) - (nakshatra - 1) * Nakshatra) / Nakshatra;
            var pastNext = Astronomy.Normalize(Astronomy.SiderealMoonLongitude(Sunrise(day.AddDays(1))) - (nakshatra - 1) * Nakshatra) / Nakshatra;
            if ((past < 1 || pastNext < past && pastNext >= 1) && found?.AddDays(1) != day)
                found = day;
        }
        return found;
    }

    /// <summary>The moment (Julian day, UT) the sun enters sidereal sign <paramref name="sign"/> in a Gregorian year.</summary>
    private static double Sankranti(int year, int sign)
    {
        var target = (sign - 1) * 30.0;
        // Mesha sankranti falls near 14 April; the later signs follow at a month apiece, Makara and after in January–March.
        var jd = Astronomy.JulianDay(new DateOnly(year, 4, 14)) + (sign - 1) * 30.44 - (sign >= 10 ? 365.2422 : 0);
        for (var i = 0; i < 8; i++)
            jd += (Astronomy.Normalize(target - Astronomy.SiderealSunLongitude(jd) + 180) - 180) / 0.9856;
        return jd;
    }

    private static DateOnly DayOfTithi(double newMoon, double nextNewMoon, int tithi, HinduMoment moment)
    {
        // How far into the month, in tithis, a moment or the festival's moment of a day falls.
        double PositionAt(double at) => at < newMoon ? -1 : at >= nextNewMoon ? 31 : Astronomy.Elongation(at) / 12;
        double Position(DateOnly day) => PositionAt(Moment(day, moment));
        // Holika Dahan waits for the Bhadra (the first half of the full moon's tithi) to end within the night's first three
        // watches; when it ends later, the fire is lit the next evening.
        var from = tithi - 1 + (moment == HinduMoment.AfterBhadra ? 0.5 : 0);
        var guess = Astronomy.DateOf(newMoon + (tithi - 0.5) * SynodicMonth / 30, ZoneHours);
        for (var day = guess.AddDays(-3); ; day = day.AddDays(1))
        {
            var position = Position(day);
            if (position < from)
                continue;
            // Holika Dahan is kept on the first evening after the Bhadra, even when the full moon's tithi has ended by then.
            if (moment == HinduMoment.AfterBhadra)
                return day;
            // The tithi began and ended between two of the festival's moments: on the day whose part of the day kept for the
            // festival it touches, the earlier (Dhanteras 2019: the evening of 25 October) or the later (Bhai Dooj 2013: the
            // second tithi ran from after the afternoon of 4 November into the afternoon of the 5th); else the day it began.
            if (position >= tithi)
            {
                var (_, earlierEnd) = Window(day.AddDays(-1), moment);
                var (laterStart, _) = Window(day, moment);
                return PositionAt(earlierEnd) < from && PositionAt(laterStart) < tithi ? day : day.AddDays(-1);
            }
            // A tithi that holds on two afternoons is kept on the second (Dussehra 2019 on 8 October).
            return moment == HinduMoment.Afternoon && Position(day.AddDays(1)) is var next && next >= from && next < tithi ? day.AddDays(1) : day;
        }
    }

    /// <summary>The moment of a civil day a festival is reckoned at: sunrise; midday; the afternoon (aparahna, the fourth fifth
    /// of daylight); sunset, the start of the evening (pradosh); the evening itself; midnight (nishita, halfway to the next
    /// sunrise); for <see cref="HinduMoment.AfterBhadra"/> the end of the night's third watch.</summary>
    private static double Moment(DateOnly day, HinduMoment moment) => moment switch
    {
        HinduMoment.Noon => (Sunrise(day) + Sunset(day)) / 2,
        HinduMoment.Afternoon => Sunrise(day) + 0.7 * (Sunset(day) - Sunrise(day)),
        HinduMoment.Sunset => Sunset(day),
        HinduMoment.Evening => Sunset(day) + 1.2 / 24,
        HinduMoment.Midnight => (Sunset(day) + Sunrise(day.AddDays(1))) / 2,
        HinduMoment.AfterBhadra => Sunset(day) + 0.75 * (Sunrise(day.AddDays(1)) - Sunset(day)),
        _ => Sunrise(day),
    };

    /// <summary>The part of a day around a festival's moment in which it is kept: the middle fifth of daylight (madhyahna), the
    /// fourth (aparahna), the three muhurtas after sunset (pradosh), the middle muhurta of the night (nishita).</summary>
    private static (double Start, double End) Window(DateOnly day, HinduMoment moment)
    {
        var sunrise = Sunrise(day);
        var sunset = Sunset(day);
        var night = Sunrise(day.AddDays(1)) - sunset;
        return moment switch
        {
            HinduMoment.Noon => (sunrise + 0.4 * (sunset - sunrise), sunrise + 0.6 * (sunset - sunrise)),
            HinduMoment.Afternoon => (sunrise + 0.6 * (sunset - sunrise), sunrise + 0.8 * (sunset - sunrise)),
            HinduMoment.Sunset or HinduMoment.Evening => (sunset, sunset + 0.2 * night),
            HinduMoment.Midnight => (sunset + night * 7 / 15, sunset + night * 8 / 15),
            _ => (Moment(day, moment), Moment(day, moment)),
        };
    }

    private static double Sunrise(DateOnly day) => Astronomy.SunEvent(day, Latitude, Longitude, ZoneHours, rising: true);

    private static double Sunset(DateOnly day) => Astronomy.SunEvent(day, Latitude, Longitude, ZoneHours, rising: false);

    /// <summary>The sidereal sign the sun is in, 0 = Mesha … 11 = Mina.</summary>
    private static int SunSign(double jd) => (int)(Astronomy.SiderealSunLongitude(jd) / 30) % 12;

    /// <summary>The last new moon at or before a moment.</summary>
    private static double NewMoonBefore(double jd)
    {
        var newMoon = RefineNewMoon(jd - Astronomy.Elongation(jd) / MoonGainPerDay);
        return newMoon > jd ? RefineNewMoon(newMoon - SynodicMonth) : newMoon;
    }

    private static double NewMoonAfter(double newMoon) => RefineNewMoon(newMoon + SynodicMonth);

    /// <summary>The new moon nearest an estimate within a week or so: Newton steps on the elongation.</summary>
    private static double RefineNewMoon(double jd)
    {
        for (var i = 0; i < 10; i++)
        {
            var step = (Astronomy.Normalize(Astronomy.Elongation(jd) + 180) - 180) / MoonGainPerDay;
            jd -= step;
            if (Math.Abs(step) < 1e-5)
                break;
        }
        return jd;
    }
}

/// <summary>The moment of the day a Hindu festival's tithi is reckoned at (<see cref="HinduCalendar"/>), and for sankrantis
/// the rule that gives their day (<see cref="Sunrise"/>, <see cref="Sunset"/> or <see cref="Midnight"/>). <see cref="AfterBhadra"/>:
/// the first night whose third watch ends in the second half of the tithi (Holika Dahan, lit once the Bhadra is over).</summary>
internal enum HinduMoment { Sunrise, Noon, Afternoon, Sunset, Evening, Midnight, AfterBhadra }
