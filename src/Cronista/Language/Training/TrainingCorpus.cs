namespace Cronista.Language.Training;

/// <summary>One sentence of training or test text and the language it is written in.</summary>
internal sealed record LabelledText(string Language, string Text, string Source);

/// <summary>Reads sentences for language identification from the shared data folder.</summary>
/// <remarks>
/// Universal Dependencies treebanks give their sentences on "# text = " lines; the files are named
/// "&lt;iso&gt;_&lt;treebank&gt;-ud-&lt;split&gt;.conllu". WikiNEuRal gives one token per line ("index, token, tag"), sentences
/// separated by blank lines; its sentences are rebuilt by joining tokens with spaces, which changes no letter.
/// </remarks>
internal static class TrainingCorpus
{
    /// <summary>The sentences of every UD file of the split ("train", "dev" or "test") in the languages asked for.</summary>
    public static IEnumerable<LabelledText> UniversalDependencies(string dataFolder, string split, IReadOnlyCollection<string> languages)
    {
        var folder = Path.Combine(dataFolder, "ud");
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"No folder '{folder}': pass --data the shared data folder, the one holding ud/ and ner/.");
        foreach (var path in Directory.EnumerateFiles(folder, $"*-ud-{split}.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var language = name[..name.IndexOf('_', StringComparison.Ordinal)];
            if (!languages.Contains(language))
                continue;
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                    yield return new LabelledText(language, line["# text = ".Length..].Trim(), name);
            }
        }
    }

    /// <summary>The sentences of WikiNEuRal's validation files (ner/wikineural-&lt;iso&gt;/val.conllu), where present.</summary>
    public static IEnumerable<LabelledText> WikiNeural(string dataFolder, IReadOnlyCollection<string> languages)
    {
        foreach (var language in languages)
        {
            var path = Path.Combine(dataFolder, "ner", $"wikineural-{language}", "val.conllu");
            if (!File.Exists(path))
                continue;
            var source = $"wikineural-{language}/val.conllu";
            var tokens = new List<string>();
            foreach (var line in File.ReadLines(path).Append(""))
            {
                if (line.Length == 0)
                {
                    if (tokens.Count > 0)
                        yield return new LabelledText(language, string.Join(' ', tokens), source);
                    tokens.Clear();
                    continue;
                }
                var fields = line.Split('\t');
                if (fields.Length >= 2)
                    tokens.Add(fields[1]);
            }
        }
    }

    /// <summary>Examples in languages the model does not know, from a tab-separated file: language code, then text.</summary>
    public static IEnumerable<LabelledText> Unsupported(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No file '{path}' of examples in other languages; pass --unsupported, or put it beside the model.", path);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                throw new InvalidDataException($"'{path}': the line '{line}' needs a language code, a tab, and the text.");
            yield return new LabelledText(line[..tab], line[(tab + 1)..].Trim(), Path.GetFileName(path));
        }
    }
}
