using System.IO.Compression;
using Cronista.Events.Actors;
using Cronista.Tests.Cli;
using Cronista.Text;

namespace Cronista.Tests.Events;

/// <summary>The conversion of Phoenix (PETRARCH2) dictionaries, on small snippets written here in their format.</summary>
public sealed class PhoenixDictionaryReaderTests : IDisposable
{
    private const string Actors = """
        # A header comment
        ROMANIA_  [ROU]
        +ROMANIAN_ # an alias with a comment
        +RUMANIA
        ION_POPESCU_  # CountryInfo.txt
        +PRESIDENT_POPESCU
        	[ROUELI 650101-991231]
        	[ROUGOVLEG 991231-100101]
        	[ROUGOV >100102]
        	[ROUELI]
        ANA_IONESCU_
        PRIME_MINISTER_IONESCU_
        	[ROUMIL <051231]
        UNITED_NATIONS_ [IGOUNO]
        INDIAN_OCEAN [---]
        U.S._ENVOY_	[USAGOV 19990101-20000101] [---]
        BROKEN_DATES
        	[ISRGOV 20121207-20120802]
        	[ISRMIL]
        PRISTINA [KSVGOV >080217]
        TORTOLA [GBRVGB]
        GHOST_REPUBLIC_ [KNT]
        """;

    private const string Agents = """
        !PERSON! = MAN, MEN, WOMAN, WOMEN
        !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
        OFFICIAL [~GOV]
        ARMY [~MIL]
        BOSS [~BUS]
        POLICE {} [~COP]
        THIEF {THIEVES} [~CRM]
        POLICE!PERSON! [~COP]
        FOREIGN_!MINIST! [~GOVMED]
        AD!MINIST!RATION_OFFICIAL [~GOV]
        MINISTER_OF_DEFENSE [~GOV]
        PEACEKEEPING_TROOPS {} [IGO~]
        NO_CODE_HERE
        """;

    private static readonly TokenizationRules English = TokenizationRules.Load("en");
    private static readonly PhoenixCodeMap Map = PhoenixCodeMap.Load();

    private readonly string _folder = Directory.CreateTempSubdirectory("cronista-phoenix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<string> ActorRows(ConversionNotes notes)
    {
        var entries = PhoenixActorFile.Read(new StringReader(Actors), "test.actors.txt", notes);
        return [.. PhoenixDictionaryReader.RowsOf(entries, English, Map, notes).Select(Row)];
    }

    private static string Row(ActorRow row) => $"{row.Phrase}|{row.Code.Code}|{row.Code.Start:yyyy-MM-dd}|{row.Code.End:yyyy-MM-dd}";

    [Fact]
    public void Actor_entries_give_one_row_a_name_and_code_with_aliases_dates_and_open_ranges()
    {
        var notes = new ConversionNotes();
        Assert.Equal(
        [
            "romania|ROU||", "romanian|ROU||", "rumania|ROU||",
            "ion popescu|ROU ELI|1965-01-01|1999-12-31", "ion popescu|ROU GOV|1999-12-31|2010-01-01", "ion popescu|ROU GOV|2010-01-02|", "ion popescu|ROU ELI||",
            "president popescu|ROU ELI|1965-01-01|1999-12-31", "president popescu|ROU GOV|1999-12-31|2010-01-01", "president popescu|ROU GOV|2010-01-02|", "president popescu|ROU ELI||",
            "ana ionescu|ROU MIL||2005-12-31", "prime minister ionescu|ROU MIL||2005-12-31",
            "united nations|IGO||",
            "indian ocean|---||",
            "u.s. envoy|USA GOV|1999-01-01|2000-01-01", "u.s. envoy|---||",
            "broken dates|ISR MIL||",
            "pristina|XKX GOV|2008-02-17|",
            "tortola|VGB||",
        ], ActorRows(notes));
        Assert.Equal(1, notes.CountOf("unreadable date restrictions (code skipped)"));
        Assert.Equal(1, notes.CountOf("names left without a code"));
    }

    [Theory]
    [InlineData("USAGOVLEG", "USA GOV")]
    [InlineData("IGOUNOREFHCR", "IGO")]
    [InlineData("NGOHINDEN211DEV", "NGO")]
    [InlineData("GBRVGB", "VGB")]
    [InlineData("GBRIMYGOV", "IMN GOV")]
    [InlineData("USRARM", "ARM")]
    [InlineData("SUNGOV", "RUS GOV")]
    [InlineData("YUGSRB", "SRB")]
    [InlineData("KSVGOV", "XKX GOV")]
    [InlineData("MEAREB", "MEA REB")]
    [InlineData("KKLREB", "REB")]
    [InlineData("PSEGZA", "PSE")]
    [InlineData("ELI", "ELI")]
    [InlineData("---", "---")]
    [InlineData("DDRGOV", null)]
    [InlineData("KNT", null)]
    [InlineData("ZZZGOV", null)]
    public void Phoenix_codes_become_a_country_and_first_sector(string phoenix, string? expected)
    {
        var converted = Map.Convert(phoenix, out var reason);
        Assert.Equal(expected, converted);
        Assert.Equal(expected is null, reason is not null);
    }

    [Theory]
    [InlineData("640101", "1964-01-01")]
    [InlineData("300101", "2030-01-01")]
    [InlineData("310101", "1931-01-01")]
    [InlineData("19411207", "1941-12-07")]
    [InlineData("201005011", "2010-05-01")]
    [InlineData("9008223", "1990-08-22")]
    [InlineData("20100931", null)]
    [InlineData("0801", null)]
    [InlineData("08x217", null)]
    public void Phoenix_dates_are_read_as_PETRARCH_reads_them(string text, string? expected) =>
        Assert.Equal(expected, PhoenixDate.Parse(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Agent_lines_give_their_forms_with_substitution_sets_and_plurals_expanded()
    {
        var notes = new ConversionNotes();
        var entries = PhoenixAgentFile.Read(new StringReader(Agents), notes);
        var rows = PhoenixDictionaryReader.RowsOf(entries, English, notes)
            .Select(r => $"{r.Sector}:{string.Join('|', r.Singular)}:{string.Join('|', r.Plural)}");
        Assert.Equal(
        [
            "GOV:official:officials",
            "MIL:army:armies",
            "BUS:boss:bosses",
            "COP:police:",
            "CRM:thief:thieves",
            "COP:policeman|policewoman:policemen|policewomen",
            "GOV:foreign minister|foreign ministry:foreign ministers|foreign ministries",
            "GOV:administration official:administration officials",
            "GOV:minister of defense:ministers of defense",
            "IGO:peacekeeping troops:",
        ], rows);
        Assert.Equal(1, notes.CountOf("agents without a code"));
    }

    [Theory]
    [InlineData("soldier", "soldiers")]
    [InlineData("attorney", "attorneys")]
    [InlineData("deputy", "deputies")]
    [InlineData("church", "churches")]
    [InlineData("gunman", "gunmen")]
    [InlineData("spokesperson", "spokespeople")]
    [InlineData("forces", null)]
    [InlineData("jewish", null)]
    public void Regular_plurals_are_made_as_English_makes_them(string word, string? plural) => Assert.Equal(plural, EnglishPlural.OfWord(word));

    [Fact]
    public void The_command_writes_the_names_and_agents_files_from_a_Phoenix_folder()
    {
        var dictionaries = Path.Combine(_folder, "petrarch2", "data", "dictionaries");
        Directory.CreateDirectory(dictionaries);
        File.WriteAllText(Path.Combine(dictionaries, "Phoenix.Countries.actors.txt"), Actors);
        File.WriteAllText(Path.Combine(dictionaries, "Phoenix.International.actors.txt"), "EUROPEAN_UNION_ [IGOEUREEC]\n");
        File.WriteAllText(Path.Combine(dictionaries, "Phoenix.MilNonState.actors.txt"), "HAMAS [PSEREB]\n");
        File.WriteAllText(Path.Combine(dictionaries, "Phoenix.agents.txt"), Agents);
        File.WriteAllText(Path.Combine(_folder, "SOURCE.txt"), "Repository: https://example.org/petrarch2\nCommit: 0123abcd\n");
        var output = Path.Combine(_folder, "Events");

        var result = CliRun.Run("build-actors", "--petrarch", _folder, "--out", output);

        Assert.Equal(0, result.ExitCode);
        var actorsFile = Path.Combine(output, "Data", "actors.tsv");
        Assert.False(File.Exists(actorsFile + ".gz"));
        var text = File.ReadAllText(actorsFile);
        Assert.Contains("commit 0123abcd", text, StringComparison.Ordinal);
        Assert.Contains("MIT", text, StringComparison.Ordinal);
        var names = new ActorNames(ActorsFile.Read(new StringReader(text)));
        Assert.Equal(new ActorMatch(0, 2, "IGO"), names.At(["european", "union"], 0, null));
        Assert.Equal("PSE REB", names.At(["hamas"], 0, new DateOnly(2024, 1, 1))?.Code);
        var agents = File.ReadAllText(Path.Combine(output, "Languages", "en", "agents.tsv"));
        Assert.Contains("CRM\tthief\tthieves\n", agents, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_fails_with_one_line_when_the_folder_has_no_Phoenix_files()
    {
        var result = CliRun.Run("build-actors", "--petrarch", _folder, "--out", Path.Combine(_folder, "Events"));
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("cronista build-actors: No Phoenix.Countries.actors.txt under", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void A_dated_code_wins_over_the_default_and_a_name_without_a_code_that_day_gives_way_to_a_shorter_one()
    {
        var names = new ActorNames(
        [
            new ActorRow("john", new ActorCodeRange("USA", null, null)),
            new ActorRow("john doe", new ActorCodeRange("USA GOV", new DateOnly(1990, 1, 1), new DateOnly(2000, 1, 1))),
            new ActorRow("jane roe", new ActorCodeRange("USA ELI", new DateOnly(1980, 1, 1), new DateOnly(1990, 1, 1))),
            new ActorRow("jane roe", new ActorCodeRange("USA GOV", new DateOnly(1990, 1, 1), null)),
        ]);
        string[] johnDoe = ["john", "doe"];
        string[] janeRoe = ["jane", "roe"];
        Assert.Equal(new ActorMatch(0, 2, "USA GOV"), names.At(johnDoe, 0, new DateOnly(1995, 5, 5)));
        Assert.Equal(new ActorMatch(0, 1, "USA"), names.At(johnDoe, 0, new DateOnly(2010, 5, 5)));
        Assert.Equal("USA GOV", names.At(janeRoe, 0, new DateOnly(1990, 1, 1))?.Code);
        Assert.Equal("USA GOV", names.At(janeRoe, 0, null)?.Code);
        Assert.Null(names.At(janeRoe, 0, new DateOnly(1970, 1, 1)));
    }
}
