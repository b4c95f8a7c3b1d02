using System.Text;
using Cronista.Language;
using Cronista.Language.Training;

namespace Cronista.Tests.Language;

public sealed class LanguageModelFileTests
{
    private static LanguageModelData SmallModel()
    {
        var counter = new NgramCounter(["it", "en"], 3);
        counter.Add("it", "il gatto dorme sul divano della nonna e la casa è silenziosa");
        counter.Add("en", "the cat sleeps on the sofa of the grandmother and the house is quiet");
        return counter.Build(0.5, 1, new LanguageCalibration(3, 2.0, [-6.0, -6.0], [2.0, 2.0], 5.0, 0));
    }

    [Fact]
    public void A_written_model_reads_back_the_same()
    {
        var data = SmallModel();
        using var stream = new MemoryStream();
        LanguageModelFile.Write(data, stream);
        stream.Position = 0;

        var read = LanguageModelFile.Read(stream, "test");

        Assert.Equal(data.Languages, read.Languages);
        Assert.Equal(data.Calibration.MeanLogProb, read.Calibration.MeanLogProb);
        Assert.Equal(data.Counts.Count, read.Counts.Count);
        foreach (var (key, counts) in data.Counts)
            Assert.Equal(counts, read.Counts[key]);
        var detector = new LanguageDetector(new LanguageModel(read));
        Assert.Equal("it", detector.Detect("il gatto e la nonna").Language);
        Assert.Equal("en", detector.Detect("the cat and the house").Language);
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes()
    {
        static byte[] Bytes(LanguageModelData data)
        {
            using var stream = new MemoryStream();
            LanguageModelFile.Write(data, stream);
            return stream.ToArray();
        }

        Assert.Equal(Bytes(SmallModel()), Bytes(SmallModel()));
    }

    [Theory]
    [InlineData("@format\tsomething-else\t1\n", "format")]
    [InlineData("@format\tcronista-langid\t1\n@languages\tit\ten\nabc\t1\n", "2 counts")]
    [InlineData("@format\tcronista-langid\t1\n@languages\tit\ten\nabc\t1\tx\n", "'x' is not a count")]
    public void A_broken_file_is_refused_with_the_reason(string text, string reason)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var error = Assert.Throws<InvalidDataException>(() => LanguageModelFile.Read(stream, "broken"));

        Assert.Contains(reason, error.Message);
        Assert.Contains("cronista train langid", error.Message);
    }
}
