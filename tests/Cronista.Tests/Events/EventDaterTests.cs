using Cronista.Events;

namespace Cronista.Tests.Events;

public sealed class EventDaterTests
{
    private static readonly DateOnly Published = new(2025, 8, 13);

    [Theory]
    [InlineData("2025-08-12", "2025-08-12", "2025-08-12")]
    [InlineData("2024-06", "2024-06-01", "2024-06-30")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("1910/1945", "1910-01-01", "1945-12-31")]
    [InlineData("2025-W33", "2025-08-11", "2025-08-17")]
    [InlineData("2025-08-13T15:00", "2025-08-13", "2025-08-13")]
    public void A_timex_value_covers_a_period(string value, string first, string last)
    {
        var period = EventDater.Period(value);

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), period);
    }

    [Theory]
    [InlineData("P80Y")]
    [InlineData("XXXX-08-15")]
    [InlineData("2025-13")]
    public void Values_that_are_not_calendar_periods_have_none(string value) => Assert.Null(EventDater.Period(value));

    [Theory]
    [InlineData("2025-08-15", EventMode.Asserted, false)]
    [InlineData("2025-08-12", EventMode.Asserted, true)]
    [InlineData("2025-08-15", EventMode.Planned, true)]
    [InlineData("2025-08-12", EventMode.Planned, false)]
    [InlineData("2025-08", EventMode.Planned, true)]
    [InlineData("FUTURE_REF", EventMode.Planned, true)]
    [InlineData("FUTURE_REF", EventMode.Promised, false)]
    [InlineData("2030", EventMode.Ongoing, true)]
    public void A_past_event_is_not_dated_after_the_report_nor_a_planned_one_before(string value, EventMode mode, bool fits) =>
        Assert.Equal(fits, EventDater.Fits(value, mode, Published));
}
