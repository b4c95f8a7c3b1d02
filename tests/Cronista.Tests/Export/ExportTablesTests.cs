using Cronista.Export;
using Cronista.Core;

namespace Cronista.Tests.Export;

public sealed class ExportTablesTests
{
    [Theory]
    [InlineData("041", 1.0)]
    [InlineData("057", 8.0)]
    [InlineData("0874", 10.0)]
    [InlineData("190", -10.0)]
    [InlineData("016", -2.0)]
    [InlineData("1213", -4.0)] // not listed: its parent 121
    public void Goldstein_weights_are_those_of_the_published_table(string code, double weight) =>
        Assert.Equal(weight, CameoGoldstein.Load().WeightOf(code));

    [Fact]
    public void Every_cameo_code_the_event_coder_knows_has_a_goldstein_weight()
    {
        var goldstein = CameoGoldstein.Load();

        foreach (var row in ResourceFiles.ReadRows(CameoContexts.DataFile))
            Assert.NotNull(goldstein.WeightOf(row[0]));
        Assert.Null(goldstein.WeightOf("99"));
        Assert.Null(goldstein.WeightOf(null));
    }

    [Theory]
    [InlineData("0312", "military")]
    [InlineData("031", "diplomatic")]
    [InlineData("03121", "military")]
    public void Contexts_come_from_the_plover_table_or_the_nearest_parent(string code, string context) =>
        Assert.Equal(context, CameoContexts.Load().ContextOf(code));

    [Theory]
    [InlineData("DEU", "GM")]
    [InlineData("RUS", "RS")]
    [InlineData("USA", "US")]
    [InlineData("PRK", "KN")]
    [InlineData("ITA", "IT")]
    public void Fips_codes_are_those_of_geonames(string iso3, string fips) => Assert.Equal(fips, FipsCountryCodes.Load().Of(iso3));

    [Fact]
    public void A_code_without_fips_is_null() => Assert.Null(FipsCountryCodes.Load().Of("IGO"));

    [Theory]
    [InlineData("01", 1)]
    [InlineData("057", 1)]
    [InlineData("06", 2)]
    [InlineData("0874", 2)]
    [InlineData("09", 3)]
    [InlineData("138", 3)]
    [InlineData("14", 4)]
    [InlineData("204", 4)]
    public void Quad_classes_follow_the_cameo_root(string code, int quad) => Assert.Equal(quad, CameoCodes.QuadClass(code));

    [Fact]
    public void Codes_break_into_root_and_base() =>
        Assert.Equal(("02", "025", "02", "041"), (CameoCodes.Root("0251"), CameoCodes.Base("0251"), CameoCodes.Base("02"), CameoCodes.Base("041")));

    [Theory]
    [InlineData("RUS GOV", "RUS", "GOV", "RUSGOV")]
    [InlineData("UKR", "UKR", "", "UKR")]
    [InlineData("IGO", null, "IGO", "IGO")]
    [InlineData("IGO MIL", null, "IGO MIL", "IGOMIL")]
    public void Actor_codes_split_into_country_and_sectors(string code, string? country, string sectors, string joined)
    {
        var parsed = ActorCode.Parse(code, c => c is "RUS" or "UKR");

        Assert.NotNull(parsed);
        Assert.Equal(country, parsed.Country);
        Assert.Equal(sectors, string.Join(' ', parsed.Sectors));
        Assert.Equal(joined, parsed.Joined);
    }

    [Fact]
    public void No_code_is_no_actor_code() => Assert.Null(ActorCode.Parse(" ", _ => true));

    [Theory]
    [InlineData(2025, 1, 1, "2025.0027")]
    [InlineData(2025, 8, 12, "2025.6082")]
    [InlineData(2025, 12, 31, "2025.9890")]
    public void Fraction_dates_stay_inside_the_year(int year, int month, int day, string expected) =>
        Assert.Equal(expected, GdeltExport.FractionDate(new DateOnly(year, month, day)));
}
