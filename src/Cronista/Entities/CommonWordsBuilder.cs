using System.Globalization;

namespace Cronista.Entities;

/// <summary>Builds, from Universal Dependencies treebanks, the list of a language's common words: the forms that are not
/// proper nouns, so that a capitalised word opening a sentence ("Although", "Ricercatori") is not taken for a name,
/// and in German, where every noun is capitalised, the common nouns.</summary>
public static class CommonWordsBuilder
{
    /// <summary>Writes the most frequent non-name forms of the treebank files to <paramref name="output"/>; returns how many.</summary>
    /// <param name="conlluFiles">CoNLL-U files of one language.</param>
    /// <param name="output">The word list to write, one lower-case form per line, most frequent first.</param>
    /// <param name="size">How many words to keep.</param>
    public static int Build(IEnumerable<string> conlluFiles, string output, int size)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in conlluFiles)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line[0] == '#')
                    continue;
                var fields = line.Split('\t');
                if (fields.Length < 4 || fields[0].Contains('-') || fields[0].Contains('.'))
                    continue;
                var form = EntityLexicon.Fold(fields[1]);
                if (!form.Any(char.IsLetter))
                    continue;
                if (fields[3] == "PROPN")
                {
                    names.Add(form);
                    continue;
                }
                counts[form] = counts.GetValueOrDefault(form) + 1;
            }
        }
        var words = counts.Where(p => !names.Contains(p.Key))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(size).Select(p => p.Key).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var header = string.Format(CultureInfo.InvariantCulture,
            "# The {0} most frequent words never tagged as proper nouns in the Universal Dependencies treebanks of this language\n" +
            "# (train and dev files; see models/MODELS.md for the treebanks and their licences). Written by 'cronista build-lexicon'.\n", words.Count);
        File.WriteAllText(output, header + string.Join('\n', words) + "\n");
        return words.Count;
    }
}
