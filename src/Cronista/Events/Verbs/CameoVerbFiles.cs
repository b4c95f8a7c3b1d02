namespace Cronista.Events.Verbs;

/// <summary>Writes the converted CAMEO verb dictionary as the English event data files, with their source and licence.</summary>
internal static class CameoVerbFiles
{
    public const string SetsFile = "cameo-verb-sets.tsv";
    public const string TriggersFile = "cameo-verbs.tsv";

    private const string Source =
        "# From PETRARCH2's CAMEO verb pattern dictionary (data/dictionaries/CAMEO.2.0.txt, github.com/openeventdata/petrarch2 at\n" +
        "# 676801cd), MIT License, Copyright (c) 2015 Open Event Data Alliance. Converted by 'cronista build-verbs'; do not edit by hand:\n" +
        "# change triggers.tsv, which is read too and wins over these rows on equal specificity.\n";

    /// <summary>Converts the dictionary file and writes both files into <paramref name="folder"/>; returns the conversion.</summary>
    public static CameoVerbDictionary.Conversion Build(string dictionaryPath, string folder)
    {
        var conversion = CameoVerbDictionary.Convert(File.ReadLines(dictionaryPath));
        Directory.CreateDirectory(folder);
        using (var sets = new StreamWriter(Path.Combine(folder, SetsFile)))
        {
            sets.Write(Source);
            sets.WriteLine("# Word sets: '&name' a synonym set, '@name' the verbs of a verb block with their forms.");
            sets.WriteLine("#name\talternatives");
            foreach (var (name, alternatives) in conversion.Sets)
                sets.WriteLine($"{name}\t{alternatives}");
        }
        using var triggers = new StreamWriter(Path.Combine(folder, TriggersFile));
        triggers.Write(Source);
        triggers.WriteLine("# Columns as in triggers.tsv; '&name' and '@name' slots stand for the sets of " + SetsFile + "; cameo '---': not an event.");
        triggers.WriteLine("#pattern\tcameo\tkind\tmode");
        foreach (var (pattern, cameo) in conversion.Triggers)
            triggers.WriteLine($"{pattern}\t{cameo}\tverb\t-");
        return conversion;
    }
}
