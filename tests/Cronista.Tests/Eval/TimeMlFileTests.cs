using Cronista.Eval.Time;

namespace Cronista.Tests.Eval;

public sealed class TimeMlFileTests
{
    private const string Gold = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>X1</DOCID>
        <DCT><TIMEX3 tid="t9" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
        <TEXT>
        AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; "rose" <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3> later.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1" />
        </TimeML>
        """;

    [Fact]
    public void Reads_the_creation_date_the_plain_text_and_the_gold_tags()
    {
        var file = TimeMlFile.Parse("x.tml", Gold);

        Assert.Equal(new DateOnly(1998, 1, 8), file.CreationDate);
        Assert.Equal("\nAT&T fell yesterday & \"rose\" a week later.\n", file.PlainText);
        Assert.Equal(2, file.Gold.Length);
        Assert.Equal("yesterday", file.PlainText[file.Gold[0].Start..file.Gold[0].End]);
        Assert.Equal(("DURATION", "P1W", "t2"), (file.Gold[1].Type, file.Gold[1].Value, file.Gold[1].Tid));
    }

    [Fact]
    public void Writes_tags_on_the_same_characters_and_keeps_the_raw_text_byte_for_byte()
    {
        var file = TimeMlFile.Parse("x.tml", Gold);
        var start = file.PlainText.IndexOf("yesterday", StringComparison.Ordinal);

        var written = TimeMlWriter.Write(file, [new Timex(start, start + 9, "DATE", "1998-01-07")]);
        var again = TimeMlFile.Parse("x.tml", written);

        Assert.Contains("AT&amp;T fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> &amp; \"rose\" a week later.", written);
        Assert.Contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>", written);
        Assert.DoesNotContain("TLINK", written);
        Assert.Equal(file.PlainText, again.PlainText);
        Assert.Equal(file.RawText, again.RawText);
        Assert.Equal(new Timex(start, start + 9, "DATE", "1998-01-07", "t1"), Assert.Single(again.Gold));
    }

    [Fact]
    public void A_file_without_TEXT_is_refused_with_a_message_that_says_so()
    {
        var problem = Assert.Throws<InvalidDataException>(() => TimeMlFile.Parse("y.tml", "<TimeML><DCT></DCT></TimeML>"));

        Assert.Contains("<TEXT>", problem.Message);
    }
}
