namespace Cronista.Eval.Attributions;

/// <summary>One article of an attribution corpus: its text and the gold attributions of one annotator.</summary>
internal sealed record AttributionDocument(string Name, string Text, List<BratAttribution> Gold);

/// <summary>Reads a PolNeAR split: text/NAME.txt with attributions/NAME_ANNOTATOR.ann.</summary>
internal static class PolnearCorpus
{
    /// <summary>The folder of a split: the given folder when it holds text/ and attributions/, else its subfolder.</summary>
    public static string SplitFolder(string gold, string split) =>
        Directory.Exists(Path.Combine(gold, "attributions")) ? gold : Path.Combine(gold, split);

    /// <summary>Every article several annotators marked, once per annotator after the first: that annotator's
    /// attributions, to be scored against the first annotator's as a measure of human agreement.</summary>
    public static List<(AttributionDocument First, List<BratAttribution> Other)> Agreement(string folder)
    {
        var pairs = new List<(AttributionDocument, List<BratAttribution>)>();
        var firsts = Read(folder).ToDictionary(d => d.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            var name = ArticleName(Path.GetFileNameWithoutExtension(file));
            if (!seen.Add(name) && firsts.TryGetValue(name, out var first))
                pairs.Add((first, BratFile.Read(File.ReadAllText(file))));
        }
        return pairs;
    }

    private static string ArticleName(string stem) => stem.LastIndexOf('_') is var cut and > 0 ? stem[..cut] : stem;

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
            var name = ArticleName(stem);
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
