using Cronista.Cli;
using Cronista.Tests.Cli;

namespace Cronista.Tests.Learning;

/// <summary>'cronista train lemma' on tiny files in a temporary folder.</summary>
public sealed class TrainLemmaCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cronista-lemma-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Conllu(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, """
            # text = I lavoratori della fabbrica.
            1	I	il	DET	_	_	2	det	_	_
            2	lavoratori	lavoratore	NOUN	_	_	0	root	_	_
            3-4	della	_	_	_	_	_	_	_	_
            3	di	di	ADP	_	_	5	case	_	_
            4	la	il	DET	_	_	5	det	_	_
            5	fabbrica	fabbrica	NOUN	_	_	2	nmod	_	SpaceAfter=No
            6	.	.	PUNCT	_	_	2	punct	_	_

            """.Replace("            ", "", StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void A_missing_training_file_is_named_and_fails()
    {
        var missing = Path.Combine(_folder, "nowhere.conllu");

        var result = CliRun.Run("train", "lemma", "--lang", "it", "--train", missing, "--out", Path.Combine(_folder, "lemma.tsv.gz"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("nowhere.conllu", result.Error, StringComparison.Ordinal);
        Assert.Contains("not found", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "lemma.tsv.gz")));
    }

    [Fact]
    public void A_dev_file_that_is_also_a_training_file_is_refused()
    {
        var train = Conllu("train.conllu");

        var result = CliRun.Run("train", "lemma", "--lang", "it", "--train", train, "--dev", train, "--out", Path.Combine(_folder, "lemma.tsv.gz"));

        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("both a training and a dev file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_writes_the_model_and_prints_dev_accuracy()
    {
        var output = Path.Combine(_folder, "it", "lemma.tsv.gz");

        var result = CliRun.Run("train", "lemma", "--lang", "it", "--train", Conllu("train.conllu"), "--dev", Conllu("dev.conllu"), "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.True(File.Exists(output));
        Assert.Contains("dev.conllu (gold UPOS): accuracy 1.0000 (5/5)", result.Output, StringComparison.Ordinal);
    }
}
