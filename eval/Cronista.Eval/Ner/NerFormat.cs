namespace Cronista.Eval.Ner;

/// <summary>The gold file layouts the NER evaluation reads.</summary>
internal enum NerFormat
{
    /// <summary>CoNLL-style columns: <c>index TAB token TAB tag</c> (CoNLL-2003, WikiNEuRal, WikiGold as stored in shared/), or classic space-separated columns with the tag last; <c>-DOCSTART-</c> separates documents.</summary>
    Conll,

    /// <summary>KIND / NERMuD TSV: <c>token TAB tag</c>, a blank line between sentences, no document markers.</summary>
    Kind,

    /// <summary>GermEval 2014: a <c>#</c> line with the source before each sentence, then <c>index TAB token TAB outer-tag TAB inner-tag</c>.</summary>
    GermEval,
}

/// <summary>Names of the formats as the command line spells them.</summary>
internal static class NerFormats
{
    /// <summary>The command-line names, in the order of <see cref="NerFormat"/>.</summary>
    public static readonly string[] Names = ["conll", "kind", "germeval"];

    /// <summary>The command-line name of a format.</summary>
    public static string NameOf(NerFormat format) => Names[(int)format];

    /// <summary>Reads a command-line name; false when it names no format.</summary>
    public static bool TryParse(string? name, out NerFormat format)
    {
        var index = Array.IndexOf(Names, name?.Trim().ToLowerInvariant());
        format = index < 0 ? default : (NerFormat)index;
        return index >= 0;
    }
}
