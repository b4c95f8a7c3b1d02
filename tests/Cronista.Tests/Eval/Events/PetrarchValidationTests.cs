using Cronista.Eval.Events;
using Cronista.Tests.Ingest;

namespace Cronista.Tests.Eval.Events;

public sealed class PetrarchValidationTests
{
    // Records laid out as in PETRARCH2's PETR.UnitTest.records.xml: codings, the text over several lines, a parse tree.
    private const string Records = """
        <Validation>
        <Sentences>
        <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
        <!-- Two events -->
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
        <EventCoding sourcecode="GON" targetcode="ARN" eventcode="0874"></EventCoding>
        <Text>
        Arnor is about to restore full   diplomatic ties
            with Gondor.
        </Text>
        <Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
        </Sentence>
        <Sentence date="19950112" id="DEMO-24" category="DEMO" sentence="true">
        <EventCoding noevents = "True"></EventCoding>
        <Text>
        Eriador's death and injury total has risen.
        </Text>
        </Sentence>
        <Sentence date="19950113" id="ERR-01" category="ERROR" sentence="true">
        <EventCoding error="dateline"></EventCoding>
        <Text>
        ARNOR CITY, Jan 13 (Reuters) -
        </Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    private static List<PetrarchSentence> Read(string xml)
    {
        using var folder = new TempFolder();
        return PetrarchValidation.Read(folder.Write("records.xml", xml));
    }

    [Fact]
    public void Sentences_keep_every_event_code_and_records_of_expected_errors_are_left_out()
    {
        var sentences = Read(Records);

        Assert.Equal(["DEMO-01", "DEMO-24"], sentences.Select(s => s.Id));
        Assert.Equal(["064", "0874"], sentences[0].EventCodes);
        Assert.Empty(sentences[1].EventCodes);
    }

    [Fact]
    public void The_text_has_its_whitespace_collapsed_and_the_date_is_read()
    {
        var sentence = Read(Records)[0];

        Assert.Equal("Arnor is about to restore full diplomatic ties with Gondor.", sentence.Text);
        Assert.Equal(new DateOnly(1995, 1, 1), sentence.Date);
    }

    [Fact]
    public void A_file_that_is_not_XML_is_bad_data()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("<Validation><Sentence>"));

        Assert.Contains("not valid XML", error.Message);
    }
}
