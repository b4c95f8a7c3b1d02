using Cronista.Time.Calendar;

namespace Cronista.Tests.Time;

public sealed class AnchoringTests
{
    [Theory]
    [InlineData(2025, 8, 13, 8, 15, 2025)]
    [InlineData(2025, 8, 13, 2, 10, 2025)] // half a year back is still this year
    [InlineData(2025, 12, 28, 1, 5, 2026)] // early January in a late-December article: next January
    [InlineData(2026, 1, 3, 12, 20, 2025)] // late December in an early-January article: last December
    [InlineData(2025, 6, 30, 12, 31, 2025)]
    public void A_month_day_without_year_takes_the_nearby_year(int y, int m, int d, int month, int day, int expected) =>
        Assert.Equal(expected, Anchoring.InferYear(new DateOnly(y, m, d), month, day));

    [Fact]
    public void A_bare_month_moves_to_next_year_when_the_sentence_speaks_of_the_future()
    {
        var anchor = new DateOnly(2025, 8, 13);
        Assert.Equal(2025, Anchoring.InferYear(anchor, 3, Direction.Nearest));
        Assert.Equal(2026, Anchoring.InferYear(anchor, 3, Direction.Future));
    }

    [Theory]
    [InlineData(1, "past", false, 2025, 8, 11)] // Monday before a Wednesday
    [InlineData(3, "past", false, 2025, 8, 13)] // the same weekday is the anchor itself
    [InlineData(3, "past", true, 2025, 8, 6)] // "last Wednesday" said on a Wednesday
    [InlineData(5, "future", false, 2025, 8, 15)]
    [InlineData(1, "future", true, 2025, 8, 18)]
    [InlineData(4, "nearest", false, 2025, 8, 14)]
    public void Weekdays_are_found_from_the_anchor(int weekday, string direction, bool strict, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Anchoring.Weekday(new DateOnly(2025, 8, 13), weekday, Enum.Parse<Direction>(direction, ignoreCase: true), strict));

    [Theory]
    [InlineData("W", -1, "2025-W32")]
    [InlineData("W", 1, "2025-W34")]
    [InlineData("M", -1, "2025-07")]
    [InlineData("Q", 1, "2025-Q4")]
    [InlineData("Y", -1, "2024")]
    [InlineData("WE", 0, "2025-W33-WE")]
    public void Calendar_periods_around_the_anchor(string unit, int offset, string expected) =>
        Assert.Equal(expected, Anchoring.Period(new DateOnly(2025, 8, 13), unit, offset)?.Format());

    [Fact]
    public void ISO_weeks_belong_to_their_week_year() =>
        Assert.Equal("2026-W01", Anchoring.Period(new DateOnly(2025, 12, 29), "W", 0)?.Format());

    [Theory]
    [InlineData(90, 2025, 199)]
    [InlineData(90, 1989, 199)]
    [InlineData(20, 2025, 202)]
    [InlineData(0, 2025, 200)]
    [InlineData(60, 2025, 196)]
    public void Two_digit_decades_are_past_unless_they_start_within_ten_years(int decade, int year, int expected) =>
        Assert.Equal(expected, Anchoring.Decade(decade, new DateOnly(year, 1, 1)));

    [Theory]
    [InlineData(74, 1974)]
    [InlineData(24, 2024)]
    [InlineData(35, 2035)]
    [InlineData(40, 1940)]
    public void Two_digit_years_stay_within_ten_years_ahead(int yy, int expected) =>
        Assert.Equal(expected, Anchoring.ExpandYear(yy, new DateOnly(2025, 8, 13)));

    [Theory]
    [InlineData("EU+01:00", 2025, 8, 13, "+02:00")]
    [InlineData("EU+01:00", 2025, 1, 13, "+01:00")]
    [InlineData("EU+01:00", 2025, 3, 30, "+02:00")] // summer time starts on the last Sunday of March
    [InlineData("US-05:00", 2025, 7, 4, "-04:00")]
    [InlineData("US-05:00", 2025, 12, 1, "-05:00")]
    [InlineData("Z", 2025, 8, 13, "Z")]
    public void Zone_rules_resolve_summer_time(string rule, int y, int m, int d, string expected) =>
        Assert.Equal(expected, Anchoring.ZoneOffset(rule, new DateOnly(y, m, d)));

    [Fact]
    public void Seasons_last_next_and_this()
    {
        var anchor = new DateOnly(2025, 8, 13); // summer
        Assert.Equal(2024, Anchoring.SeasonYear(anchor, "SU", -1));
        Assert.Equal(2025, Anchoring.SeasonYear(anchor, "SP", -1));
        Assert.Equal(2025, Anchoring.SeasonYear(anchor, "FA", 1));
        Assert.Equal(2026, Anchoring.SeasonYear(anchor, "SU", 1));
    }

    [Theory]
    [InlineData("Day", 2025, 8, 13, 0, "2025-08-13")]
    [InlineData("Day", null, 8, 15, 0, "XXXX-08-15")]
    [InlineData("Month", 2024, 6, 0, 0, "2024-06")]
    [InlineData("Decade", null, 0, 0, 199, "199")]
    [InlineData("Century", null, 0, 0, 19, "19")]
    [InlineData("Quarter", 2025, 0, 0, 2, "2025-Q2")]
    public void Timex_values_are_written_at_their_precision(string precision, int? year, int month, int day, int part, string expected) =>
        Assert.Equal(expected, new TimexDate(Enum.Parse<DatePrecision>(precision), year, month, day, part).Format());
}
