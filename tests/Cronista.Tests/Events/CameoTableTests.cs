using Cronista.Events;

namespace Cronista.Tests.Events;

public sealed class CameoTableTests
{
    private static readonly CameoTable Table = new();

    [Theory]
    [InlineData("041", "CONSULT")]
    [InlineData("030", "AGREE")]
    [InlineData("057", "SUPPORT")]
    [InlineData("0874", "RETREAT")]
    [InlineData("19", "ASSAULT")]
    [InlineData("01", null)]
    public void PLOVER_types_come_from_the_conversion_table_or_the_nearest_parent(string cameo, string? plover) =>
        Assert.Equal(plover, Table.PloverOf(cameo));

    [Theory]
    [InlineData("040", EventMode.Planned, "036")]
    [InlineData("060", EventMode.Promised, "030")]
    [InlineData("070", EventMode.Planned, "070")]
    [InlineData("070", EventMode.Promised, "033")]
    [InlineData("190", EventMode.Promised, "190")]
    [InlineData("041", EventMode.Asserted, "041")]
    public void Promised_and_planned_events_take_the_code_of_the_intention(string cameo, EventMode mode, string expected) =>
        Assert.Equal(expected, Table.IntentOf(cameo, mode));

    [Theory]
    [InlineData("040", "041", "041")]
    [InlineData("041", "040", "041")]
    [InlineData("07", "072", "072")]
    public void The_more_specific_code_wins(string a, string b, string expected) => Assert.Equal(expected, CameoTable.MoreSpecific(a, b));
}
