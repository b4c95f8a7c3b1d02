using Cronista.Time.Calendar;

namespace Cronista.Tests.Time;

public sealed class EasterTests
{
    [Theory]
    [InlineData(1818, 3, 22)] // earliest possible date
    [InlineData(1943, 4, 25)] // latest possible date
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    public void Gregorian_Easter_falls_on_the_known_date(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Easter.Sunday(year));

    [Fact]
    public void Easter_is_always_a_Sunday_between_22_March_and_25_April()
    {
        for (var year = 1600; year <= 2400; year++)
        {
            var easter = Easter.Sunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Fact]
    public void Years_before_the_Gregorian_calendar_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Easter.Sunday(1500));
}
