using Cronista.Storage;

namespace Cronista.Tests.Storage;

public sealed class TimexRangeTests
{
    [Theory]
    [InlineData("2025-08-12", "2025-08-12", "2025-08-12")]
    [InlineData("2025-08-12T10:30", "2025-08-12", "2025-08-12")]
    [InlineData("2024-06", "2024-06-01", "2024-06-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2025-W33", "2025-08-11", "2025-08-17")]
    [InlineData("2025-Q3", "2025-07-01", "2025-09-30")]
    [InlineData("2025-SU", "2025-01-01", "2025-12-31")]
    [InlineData("1910/1945", "1910-01-01", "1945-12-31")]
    public void A_timex_value_covers_the_days_of_its_period(string value, string start, string end) =>
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), TimexRange.Of(value));

    [Theory]
    [InlineData("FUTURE_REF")]
    [InlineData("PRESENT_REF")]
    [InlineData("P80Y")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("")]
    [InlineData(null)]
    public void Values_that_are_not_calendar_periods_have_no_days(string? value) => Assert.Null(TimexRange.Of(value));
}
