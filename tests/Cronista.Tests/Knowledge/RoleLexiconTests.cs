using Cronista.Knowledge;

namespace Cronista.Tests.Knowledge;

public sealed class RoleLexiconTests
{
    private static RoleLexicon Roles => SharedKnowledge.Base.Roles;

    [Theory]
    [InlineData("it", "presidente", "president", true)]
    [InlineData("it", "presidentessa", "president", true)]
    [InlineData("it", "presidente del Consiglio", "prime-minister", true)]
    [InlineData("it", "primo ministro", "prime-minister", true)]
    [InlineData("it", "dittatore", "dictator", true)]
    [InlineData("it", "maresciallo", "marshal", false)]
    [InlineData("it", "ministro degli Esteri", "foreign-minister", false)]
    [InlineData("it", "papa", "pope", true)]
    [InlineData("en", "Prime Minister", "prime-minister", true)]
    [InlineData("en", "spokesman", "spokesperson", false)]
    [InlineData("de", "Bundeskanzlerin", "chancellor", true)]
    [InlineData("de", "Außenminister", "foreign-minister", false)]
    [InlineData("fr", "porte-parole", "spokesperson", false)]
    [InlineData("fr", "chef de l'État", "president", true)]
    public void Role_forms_name_their_role(string language, string form, string role, bool leader)
    {
        var found = Roles.Find(language, form);
        Assert.NotEmpty(found);
        Assert.Equal(role, found[0].Role.Name);
        Assert.Equal(leader, found[0].Role.IsLeader);
    }

    [Fact]
    public void Roles_carry_sector_referent_and_the_office_to_look_up()
    {
        var dictator = Roles.Find("it", "dittatore")[0].Role;
        Assert.Equal(("GOV", true, "leader"), (dictator.Sector, dictator.NeedsPerson, dictator.Office));
        var army = Roles.Find("it", "esercito")[0].Role;
        Assert.Equal(("MIL", false), (army.Sector, army.NeedsPerson));
        Assert.Null(Roles.Find("it", "leader")[0].Role.Sector);
        Assert.True(Roles.Find("it", "ribelli")[0].IsPlural);
        Assert.Equal("REB", Roles.Find("it", "ribelli")[0].Role.Sector);
    }

    [Fact]
    public void The_longest_role_at_a_token_wins()
    {
        string[] tokens = ["il", "ministro", "degli", "Esteri", "russo"];
        var match = Roles.MatchAt("it", tokens, 1);
        Assert.NotNull(match);
        Assert.Equal(("foreign-minister", 3), (match.Role.Name, match.Length));
        Assert.Null(Roles.MatchAt("it", tokens, 0));
        string[] elided = ["ministro", "dell'", "Interno"];
        Assert.Equal("interior-minister", Roles.MatchAt("it", elided, 0)?.Role.Name);
    }

    [Fact]
    public void A_role_described_differently_in_two_languages_is_rejected()
    {
        var rows = new Dictionary<string, IEnumerable<string[]>>
        {
            ["it"] = [["president", "GOV", "yes", "person", "president", "presidente"]],
            ["en"] = [["president", "MIL", "yes", "person", "president", "president"]],
        };
        Assert.Throws<InvalidDataException>(() => RoleLexicon.FromRows(rows));
    }
}
