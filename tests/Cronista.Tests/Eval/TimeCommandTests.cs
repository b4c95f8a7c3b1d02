using System.Text.Json.Nodes;
using Cronista.Cli;
using Cronista.Eval.Time;

namespace Cronista.Tests.Eval;

/// <summary>'tag time' and 'eval time' end to end on a small TimeML file.</summary>
public sealed class TimeCommandTests : IDisposable
{
    private const string Gold = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>X1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-27" temporalFunction="false" functionInDocument="CREATION_TIME">19891027</TIMEX3></DCT>
        <TEXT>
        Net at AT&amp;T rose in the <TIMEX3 tid="t1" type="DATE" value="1989-Q3">third quarter</TIMEX3> from <EVENT eid="e1" class="OCCURRENCE">$3 million</EVENT> <TIMEX3 tid="t2" type="DATE" value="1988-Q3">a year earlier</TIMEX3>.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1" />
        </TimeML>
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("cronista-timeml-").FullName;

    public TimeCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "gold"));
        File.WriteAllText(Path.Combine(_root, "gold", "x.tml"), Gold);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Tag_time_writes_the_text_unchanged_with_TIMEX3_tags_and_eval_time_scores_them_as_the_official_scorer_does()
    {
        var system = Path.Combine(_root, "system");

        var (exit, _, error) = Cli("tag", "time", "--timeml", Path.Combine(_root, "gold"), "--out", system, "--threads", "1");
        var written = TimeMlFile.Read(Path.Combine(system, "x.tml"));
        var (evalExit, output, _) = Cli("eval", "time", "--gold", Path.Combine(_root, "gold"), "--system", system, "--json");

        Assert.True(exit == 0, error);
        Assert.Equal(TimeMlFile.Parse("x.tml", Gold).RawText, written.RawText);
        Assert.Equal(["the third quarter=1989-Q3", "a year earlier=1988-Q3"], written.Gold.Select(t => $"{written.PlainText[t.Start..t.End]}={t.Value}"));
        Assert.Equal(0, evalExit);
        var total = JsonNode.Parse(output)!["total"]!;
        Assert.Equal(2, (int?)total["relaxed_matches"]);
        Assert.Equal(1, (int?)total["strict_matches"]); // "the third quarter" against the gold "third quarter"
        Assert.Equal(1.0, (double?)total["value_f1"]);
    }

    [Fact]
    public void Eval_time_with_a_missing_gold_folder_says_so()
    {
        var (exit, _, error) = Cli("eval", "time", "--gold", Path.Combine(_root, "nowhere"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("not found", error);
    }
}
