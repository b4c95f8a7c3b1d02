using Cronista.Events;

namespace Cronista.Tests.Events;

/// <summary>The CAMEO table's PLOVER types of the early drafts (0.5–0.6) and PLOVER's contexts.</summary>
public sealed class CameoTableEarlyPloverTests
{
    private static readonly CameoTable Table = new();

    [Theory]
    [InlineData("100", "DEMAND")]
    [InlineData("111", "DISAPPROVE")]
    [InlineData("190", "FIGHT")]
    [InlineData("0874", "RETREAT")]
    [InlineData("081", "CONCEDE")]
    [InlineData("090", "INVESTIGATE")]
    [InlineData("010", null)]
    public void Early_drafts_have_their_own_types(string cameo, string? plover) =>
        Assert.Equal(plover, Table.EarlyPloverOf(cameo));

    [Theory]
    [InlineData("100", "REQUEST")]
    [InlineData("111", "ACCUSE")]
    [InlineData("190", "ASSAULT")]
    public void Todays_types_differ_from_the_early_ones_where_PLOVER_renamed_them(string cameo, string plover)
    {
        Assert.Equal(plover, Table.PloverOf(cameo));
        Assert.NotEqual(plover, Table.EarlyPloverOf(cameo));
    }

    [Theory]
    [InlineData("0331", "economic")]
    [InlineData("0874", "military")]
    [InlineData("1054", "economic")]
    // Not a CAMEO code of the table: 062's context.
    [InlineData("0625", "military")]
    [InlineData("0351", "rights_freedoms")]
    [InlineData("041", null)]
    [InlineData("1823", null)]
    public void The_context_comes_from_the_code_or_its_nearest_parent_that_has_one(string cameo, string? context) =>
        Assert.Equal(context, Table.ContextOf(cameo));
}
