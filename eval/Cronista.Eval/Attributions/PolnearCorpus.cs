namespace Cronista.Eval.Attributions;

/// <summary>One article of an attribution corpus: its text and the gold attributions of one annotator.</summary>
internal sealed record AttributionDocument(string Name, string Text, List<BratAttribution> Gold);

/// <summary>Reads a PolNeAR split: text/NAME.txt with attributions/NAME_ANNOTATOR.ann.</summary>
internal static class PolnearCorpus
{
    /// <summary>The folder of a split: the given folder when it holds text/ and attributions/, else its subfolder.</summary>
    public static string SplitFolder(string gold, string split) =>
        Directory.Exists(Path.Combine(gold, "attributions")) ? gold : Path.Combine(gold, split);

    /// <summary>Every article of the split. An article several annotators marked (for agreement) is scored against the
    /// first annotator in file-name order, so that it counts once.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder has no attributions/ or text/.</exception>
    public static List<AttributionDocument> Read(string folder)
    {
        var annotations = Path.Combine(folder, "attributions");
        var texts = Path.Combine(folder, "text");
        if (!Directory.Exists(annotations) || !Directory.Exists(texts))
            throw new DirectoryNotFoundException($"'{folder}' has no attributions/ and text/ folders; pass the PolNeAR data folder (or one split of it) with --gold.");
        var documents = new List<AttributionDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(annotations, "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var cut = stem.LastIndexOf('_');
            var name = cut > 0 ? stem[..cut] : stem;
            var text = Path.Combine(texts, name + ".txt");
            if (!File.Exists(text))
                text = Path.Combine(texts, stem + ".txt");
            if (!File.Exists(text) || !seen.Add(name))
                continue;
            documents.Add(new AttributionDocument(name, File.ReadAllText(text), BratFile.Read(File.ReadAllText(file))));
        }
        return documents;
    }
}
