namespace Cronista.Time.Calendar;

/// <summary>Low-precision positions of the sun and the moon, and sunrise, after Meeus, "Astronomical Algorithms" (2nd ed.).</summary>
/// <remarks>Times are Julian days in Universal Time; the longitudes come out within about 0.01° (sun) and 0.02° (moon) in
/// 1800–2200, which puts a new moon or a tithi's end within a few minutes: enough to name the civil day a festival falls on,
/// except when a boundary falls within minutes of sunrise, where published almanacs also differ.</remarks>
internal static class Astronomy
{
    public const double J2000 = 2451545.0;

    /// <summary>The Julian day of a date's midnight at Greenwich.</summary>
    public static double JulianDay(DateOnly date) => date.DayNumber + 1721425.5;

    /// <summary>The civil date of a Julian day, at a time zone <paramref name="offsetHours"/> ahead of Greenwich.</summary>
    public static DateOnly DateOf(double jd, double offsetHours) =>
        DateOnly.FromDayNumber((int)Math.Floor(jd + offsetHours / 24 - 1721425.5));

    /// <summary>Terrestrial minus Universal Time, in days (Espenak and Meeus's polynomials, near enough outside 1900–2050).</summary>
    public static double DeltaT(double jd)
    {
        var year = 2000 + (jd - J2000) / 365.25;
        var t = year - 2000;
        var seconds = year switch
        {
            >= 2005 and < 2050 => 62.92 + 0.32217 * t + 0.005589 * t * t,
            >= 1986 and < 2005 => 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t,
            >= 1950 and < 1986 => 45.45 + 1.067 * (year - 1975) - Math.Pow(year - 1975, 2) / 260 - Math.Pow(year - 1975, 3) / 718,
            >= 1900 and < 1950 => 29.07 + 0.407 * (year - 1950) - Math.Pow(year - 1950, 2) / 233 + Math.Pow(year - 1950, 3) / 2547,
            _ => -20 + 32 * Math.Pow((year - 1820) / 100, 2),
        };
        return seconds / 86400;
    }

    private static double Centuries(double jdUniversal) => (jdUniversal + DeltaT(jdUniversal) - J2000) / 36525;

    /// <summary>The sun's longitude from the mean equinox of date, corrected for aberration (nutation left out: it moves
    /// the sun and the moon alike, and the sidereal zodiac is counted from the mean equinox too).</summary>
    public static double SunLongitude(double jd)
    {
        var t = Centuries(jd);
        var l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var m = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(m) + (0.019993 - 0.000101 * t) * Math.Sin(2 * m) + 0.000289 * Math.Sin(3 * m);
        return Normalize(l0 + center - 0.00569);
    }

    /// <summary>The moon's longitude from the mean equinox of date: the main periodic terms of Meeus's table 47.A.</summary>
    public static double MoonLongitude(double jd)
    {
        var t = Centuries(jd);
        var meanLongitude = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t + t * t * t / 538841;
        var d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t * t + t * t * t / 545868;
        var m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t * t;
        var mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t * t + t * t * t / 69699;
        var f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t * t;
        var e = 1 - 0.002516 * t - 0.0000074 * t * t;
        var sum = 0.0;
        foreach (var (cd, cm, cmp, cf, amplitude) in MoonTerms)
        {
            var factor = Math.Abs(cm) switch { 1 => e, 2 => e * e, _ => 1.0 };
            sum += amplitude * factor * Math.Sin(Radians(cd * d + cm * m + cmp * mp + cf * f));
        }
        sum += 3958 * Math.Sin(Radians(119.75 + 131.849 * t)) + 1962 * Math.Sin(Radians(meanLongitude - f)) + 318 * Math.Sin(Radians(53.09 + 479264.290 * t));
        return Normalize(meanLongitude + sum / 1e6);
    }

    /// <summary>The Lahiri (Chitrapaksha) ayanamsa, the Indian government's: the sidereal zodiac's start west of the equinox,
    /// 23°51'11" at J2000 and moving with the general precession.</summary>
    public static double LahiriAyanamsa(double jd)
    {
        var t = (jd - J2000) / 36525;
        return 23.85306 + (5028.796195 * t + 1.1054348 * t * t) / 3600;
    }

    public static double SiderealSunLongitude(double jd) => Normalize(SunLongitude(jd) - LahiriAyanamsa(jd));

    public static double SiderealMoonLongitude(double jd) => Normalize(MoonLongitude(jd) - LahiriAyanamsa(jd));

    /// <summary>The moon's angle ahead of the sun, 0–360°: 0 at the new moon, 180 at the full moon.</summary>
    public static double Elongation(double jd) => Normalize(MoonLongitude(jd) - SunLongitude(jd));

    /// <summary>The sun's rising (<paramref name="rising"/>) or setting on a date, as a Julian day (UT), at a place north of the
    /// equator at <paramref name="latitude"/> and east of Greenwich at <paramref name="longitude"/> whose clocks run
    /// <paramref name="offsetHours"/> ahead: the upper limb on the horizon, with refraction.</summary>
    public static double SunEvent(DateOnly date, double latitude, double longitude, double offsetHours, bool rising)
    {
        // Start from the local clock's noon and refine once with the sun's position at the event itself.
        var jd = JulianDay(date) + (12 - offsetHours) / 24;
        for (var pass = 0; pass < 2; pass++)
        {
            var (declination, equationOfTime) = SunEquatorial(jd);
            var transit = JulianDay(date) + (12 - longitude / 15 - equationOfTime / 15) / 24;
            var phi = Radians(latitude);
            var cosH = (Math.Sin(Radians(-0.833)) - Math.Sin(phi) * Math.Sin(declination)) / (Math.Cos(phi) * Math.Cos(declination));
            var hourAngle = Degrees(Math.Acos(Math.Clamp(cosH, -1, 1)));
            jd = transit + (rising ? -hourAngle : hourAngle) / 360;
        }
        return jd;
    }

    /// <summary>The sun's declination (radians) and the equation of time (degrees: true minus mean solar time).</summary>
    private static (double Declination, double EquationOfTime) SunEquatorial(double jd)
    {
        var t = Centuries(jd);
        var longitude = Radians(SunLongitude(jd));
        var obliquity = Radians(23.4392911 - 0.0130042 * t);
        var rightAscension = Degrees(Math.Atan2(Math.Cos(obliquity) * Math.Sin(longitude), Math.Cos(longitude)));
        var meanLongitude = 280.46646 + 36000.76983 * t;
        var equation = Normalize(meanLongitude - 0.0057183 - rightAscension + 180) - 180;
        return (Math.Asin(Math.Sin(obliquity) * Math.Sin(longitude)), equation);
    }

    public static double Normalize(double degrees)
    {
        var r = degrees % 360;
        return r < 0 ? r + 360 : r;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;

    // Multiples of D (elongation), M (sun's anomaly), M' (moon's anomaly), F (argument of latitude); amplitude in 1e-6°.
    private static readonly (int D, int M, int Mp, int F, double Amplitude)[] MoonTerms =
    [
        (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618),
        (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
        (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
        (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
        (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
        (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
        (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
        (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390), (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
        (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069), (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773),
        (2, 0, 0, 2, -1595), (4, -1, -1, 0, 1215), (0, 0, 2, 2, -1110), (3, 0, -1, 0, -892),
        (2, 1, 1, 0, -810), (4, -1, -2, 0, 759), (0, 2, -1, 0, -713), (2, 2, -1, 0, -700),
        (2, 1, -2, 0, 691), (2, -1, 0, -2, 596), (4, 0, 1, 0, 549), (0, 0, 4, 0, 537),
        (4, -1, 0, 0, 520), (1, 0, -2, 0, -487), (2, 1, 0, -2, -399), (0, 0, 2, -2, -381),
        (1, 1, 1, 0, 351), (3, 0, -2, 0, -340), (4, 0, -3, 0, 330), (2, -1, 2, 0, 327),
        (0, 2, 1, 0, -323), (1, 1, -1, 0, 299), (2, 0, 3, 0, 294),
    ];
}
