using Cronista.Amounts.Numbers;

namespace Cronista.Tests.Amounts;

public sealed class LocaleNumberTests
{
    private static readonly NumberConvention Italian = new(',', '.');
    private static readonly NumberConvention English = new('.', ',');
    private static readonly NumberConvention French = new(',', ' ');

    public static TheoryData<string, string, decimal> Readings() => new()
    {
        { "it", "5’000", 5000m },
        { "it", "5'000", 5000m },
        { "it", "5.000", 5000m },
        { "it", "5 000", 5000m },
        { "it", "5\u00A0000", 5000m },
        { "it", "5\u202F000", 5000m },
        { "it", "2,5", 2.5m },
        { "it", "2,500", 2.5m },       // the decimal mark stays a decimal mark
        { "it", "12.5", 12.5m },       // a dot without three digits after it is a foreign decimal mark
        { "it", "1.234,56", 1234.56m },
        { "it", "1.000.000", 1000000m },
        { "it", "1’234.50", 1234.50m }, // Swiss: apostrophe groups, dot is decimal
        { "en", "5,000", 5000m },
        { "en", "5.000", 5m },
        { "en", "2.5", 2.5m },
        { "en", "2,5", 2.5m },
        { "en", "1,234.56", 1234.56m },
        { "en", "1,000,000", 1000000m },
        { "fr", "1 500,50", 1500.50m },
        { "fr", "5.000", 5000m },
        { "fr", "2,5", 2.5m },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void Numbers_are_read_in_the_language_s_convention(string language, string raw, decimal expected)
    {
        var convention = language switch { "en" => English, "fr" => French, _ => Italian };
        Assert.True(LocaleNumber.TryParse(raw, convention, out var value), $"'{raw}' should read as a number");
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("13.08.2025")] // a date
    [InlineData("1.2.3")]
    [InlineData("12.34.567")]
    [InlineData("1,23,456")]
    [InlineData("5’000,00’0")]
    [InlineData("")]
    [InlineData(".5")]
    public void Shapes_that_are_not_one_number_are_refused(string raw) =>
        Assert.False(LocaleNumber.TryParse(raw, Italian, out _));
}
