using Cronista.Time.Calendar;

namespace Cronista.Tests.Time;

public sealed class HolidayCalendarTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.Load();

    [Theory]
    [InlineData("thanksgiving-us", 2025, 11, 27)] // 4th Thursday of November
    [InlineData("thanksgiving-us", 2024, 11, 28)]
    [InlineData("memorial-day", 2025, 5, 26)] // last Monday of May
    [InlineData("memorial-day", 2021, 5, 31)]
    [InlineData("labor-day-us", 2025, 9, 1)] // 1st Monday of September
    [InlineData("mothers-day", 2025, 5, 11)] // 2nd Sunday of May
    [InlineData("easter-monday", 2025, 4, 21)]
    [InlineData("good-friday", 2025, 4, 18)]
    [InlineData("ascension", 2025, 5, 29)]
    [InlineData("pentecost", 2025, 6, 8)]
    [InlineData("ferragosto", 2025, 8, 15)]
    [InlineData("swiss-national-day", 2025, 8, 1)]
    [InlineData("german-unity", 2025, 10, 3)]
    [InlineData("orthodox-easter", 2018, 4, 8)]
    [InlineData("orthodox-easter", 2025, 4, 20)] // the two Easters coincide
    [InlineData("eid-al-fitr", 2018, 6, 15)]
    [InlineData("eid-al-adha", 1980, 10, 19)]
    [InlineData("chinese-new-year", 2014, 1, 31)]
    [InlineData("chinese-new-year", 2018, 2, 16)]
    [InlineData("yom-kippur", 2018, 9, 19)] // the day itself; it begins at sundown on the 18th
    [InlineData("purim", 2016, 3, 24)] // a leap year: Adar II
    [InlineData("passover", 2018, 3, 31)]
    public void Holidays_fall_on_their_rule_s_date(string id, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Calendar.On(id, year));

    [Theory]
    [InlineData(2025, 1, 3, "christmas", 2024, 12, 25)] // last Christmas is nearer than the next
    [InlineData(2025, 8, 13, "christmas", 2025, 12, 25)]
    [InlineData(2025, 12, 30, "new-year", 2026, 1, 1)]
    [InlineData(2025, 8, 13, "easter", 2025, 4, 20)]
    public void Without_a_year_the_occurrence_nearest_the_anchor_is_taken(int y, int m, int d, string id, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), Calendar.Nearest(id, new DateOnly(y, m, d)));

    [Fact]
    public void Every_rule_gives_a_date_in_every_year_of_two_centuries()
    {
        foreach (var id in Calendar.Ids)
        {
            // .NET's Umm al-Qura and Chinese calendars end in 2077 and 2100. A Hindu lunar month near the turn of the year can
            // fall twice in one Gregorian year and not at all in the next, but never misses two years running.
            for (var year = 1950; year <= (Calendar.IsLunar(id) ? 2076 : 2150); year++)
            {
                if (Calendar.IsHinduLunar(id))
                    Assert.True(Calendar.On(id, year) is not null || Calendar.On(id, year + 1) is not null, $"{id} {year}");
                else
                    Assert.True(Calendar.On(id, year) is not null, $"{id} {year}");
            }
        }
    }

    [Fact]
    public void Ramadan_Lent_and_Hanukkah_last_several_days()
    {
        Assert.Equal(new DateOnly(2018, 5, 16), Calendar.On("ramadan", 2018));
        Assert.Equal(new DateOnly(2018, 6, 14), Calendar.LastDay("ramadan", new DateOnly(2018, 5, 16)));
        Assert.Equal(new DateOnly(2018, 3, 31), Calendar.LastDay("lent", Calendar.On("lent", 2018)!.Value));
        Assert.Null(Calendar.LastDay("easter", new DateOnly(2018, 4, 1)));
        Assert.Equal(new DateOnly(2018, 12, 10), Calendar.LastDay("hanukkah", new DateOnly(2018, 12, 3)));
    }

    [Theory]
    [InlineData(2025, 3, 7, -1, 2025, 3, 30)] // last Sunday of March: start of EU summer time
    [InlineData(2025, 11, 4, 4, 2025, 11, 27)]
    [InlineData(2024, 2, 4, -1, 2024, 2, 29)] // last Thursday of a leap February
    public void Nth_weekday_of_a_month(int year, int month, int weekday, int nth, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), HolidayRule.NthWeekday(year, month, weekday, nth));

    [Fact]
    public void A_bad_rule_says_how_to_write_it()
    {
        var error = Assert.Throws<FormatException>(() => HolidayRule.Parse(["x", "IT", "fixed", "13-45"]));
        Assert.Contains("MM-DD", error.Message);
    }
}
