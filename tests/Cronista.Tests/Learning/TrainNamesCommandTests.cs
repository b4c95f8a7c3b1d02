using System.IO.Compression;
using Cronista.Cli;
using Cronista.Learning.Gazetteers;
using Cronista.Tests.Cli;

namespace Cronista.Tests.Learning;

/// <summary>'cronista train names' on tiny files in a temporary folder.</summary>
public sealed class TrainNamesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cronista-names-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text.Replace("            ", "", StringComparison.Ordinal));
        return path;
    }

    private static List<string> Lines(string gz)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gz), CompressionMode.Decompress));
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))];
    }

    [Fact]
    public void Names_come_from_tagged_entities_and_lists_with_their_usual_types()
    {
        // "Jordan" alone is a person four times and a place once: below a quarter, the place reading is dropped.
        var tagged = Write("silver.conllu", """
            0	Michael	B-PER
            1	Jordan	I-PER
            2	visited	O
            3	Jordan	B-LOC

            0	Jordan	B-PER
            1	said	O
            2	the	O
            3	minister	B-PER

            0	Jordan	B-PER
            1	,	O
            2	Jordan	B-PER
            3	and	O
            4	Jordan	B-PER

            """);
        var list = Write("orgs.txt", "ORG Banca d'Italia\n");
        var output = Path.Combine(_folder, "it", "names.tsv.gz");

        var result = CliRun.Run("train", "names", "--lang", "it", "--tagged", tagged, "--list", list, "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = Lines(output);
        Assert.Contains("PER\tMichael Jordan", lines);
        Assert.Contains("PER\tJordan", lines);
        Assert.DoesNotContain("LOC\tJordan", lines);
        Assert.DoesNotContain(lines, l => l.EndsWith("\tminister", StringComparison.Ordinal));
        // The list's name is split by the Italian tokenizer, as the tagger's tokens will be.
        Assert.Contains("ORG\tBanca d' Italia", lines);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(output), CompressionMode.Decompress));
        Assert.Equal(lines.Count, NameList.Read(reader, output).Count);
    }

    [Fact]
    public void Without_any_input_the_command_says_what_it_needs()
    {
        var result = CliRun.Run("train", "names", "--lang", "en", "--out", Path.Combine(_folder, "names.tsv.gz"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--tagged or --list", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_and_nothing_is_written()
    {
        var output = Path.Combine(_folder, "names.tsv.gz");

        var result = CliRun.Run("train", "names", "--lang", "en", "--list", Path.Combine(_folder, "nowhere.txt"), "--out", output);

        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("nowhere.txt", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
