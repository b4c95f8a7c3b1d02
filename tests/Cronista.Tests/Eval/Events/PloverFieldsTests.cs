using Cronista.Eval.Events;

namespace Cronista.Tests.Eval.Events;

public sealed class PloverFieldsTests
{
    [Theory]
    [InlineData("RUS GOV", "RUS", "GOV")]
    [InlineData("IGO", "IGO", null)]
    [InlineData("USA MIL REB", "USA", "MIL REB")]
    [InlineData(null, null, null)]
    [InlineData(" ", null, null)]
    public void A_code_splits_into_the_primary_code_and_the_sector(string? code, string? primary, string? sector) =>
        Assert.Equal((primary, sector), PloverFields.Split(code));

    [Fact]
    public void An_actor_without_a_sector_writes_no_sector_field()
    {
        var actor = PloverFields.Actor("NATO", "IGO");

        Assert.Equal("IGO", (string?)actor["code"]);
        Assert.False(actor.ContainsKey("sector"));
        Assert.Equal("GOV", (string?)PloverFields.Actor("Kremlin", "RUS GOV")["sector"]);
    }
}
