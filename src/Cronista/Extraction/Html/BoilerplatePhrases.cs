using Cronista.Core;

namespace Cronista.Extraction.Html;

/// <summary>What a boilerplate phrase makes of the paragraph it opens.</summary>
internal enum BoilerplateKind
{
    /// <summary>Not boilerplate by its words.</summary>
    None,

    /// <summary>A label alone, or with a count or a colon: "Mehr zum Thema", "Read more: …", "Kommentare (3)".</summary>
    Label,

    /// <summary>A short line opening with a label's words: "Mehr zu Klima und Konsum", "Keine Kommentare (…)"; it may
    /// also head a section of the story ("Kommentare der Fraktionen").</summary>
    LabelOpening,

    /// <summary>A call to action or a notice: "Abonnieren Sie …", "Subscribe now …", "All rights reserved".</summary>
    Call,

    /// <summary>An image credit or a source line: "Foto: dpa", "Photo: Getty Images", "© AFP".</summary>
    Credit,
}

/// <summary>The boilerplate phrases of Languages/&lt;iso&gt;/boilerplate.tsv, all languages at once (a page's declared
/// language is often wrong, and a German page ends with an English "Share"), and what they make of a paragraph.</summary>
internal sealed class BoilerplatePhrases
{
    private static readonly string[] Languages = ["en", "de", "fr", "it", "es", "pt", "nl", "pl"];

    private static readonly Lazy<BoilerplatePhrases> Loaded = new(Load);

    /// <summary>Longer than this and a paragraph is text, whatever its words: a notice or a credit is short.</summary>
    public const int LongestNotice = 300;

    /// <summary>Longer than this and a paragraph opening with a credit label is a caption's text or a sentence.</summary>
    public const int LongestCredit = 160;

    /// <summary>Longer than this and a paragraph opening with a label's words is a sentence ("Kommentare der Fraktionen
    /// zeigen …"); a label may end in '!' or '?' ("Jetzt teilen!", "Schon gelesen?") or with a count.</summary>
    public const int LongestLabel = 80;

    private readonly string[] _labels;
    private readonly string[] _calls;
    private readonly string[] _credits;

    private BoilerplatePhrases(string[] labels, string[] calls, string[] credits) => (_labels, _calls, _credits) = (labels, calls, credits);

    /// <summary>The phrases of every language, read once from the assembly.</summary>
    public static BoilerplatePhrases Default => Loaded.Value;

    /// <summary>What the paragraph is by its words; <see cref="BoilerplateKind.None"/> for running text.</summary>
    public BoilerplateKind Of(string paragraph)
    {
        if (paragraph.Length > LongestNotice)
            return BoilerplateKind.None;
        var text = Normalize(paragraph.Trim().TrimStart('(', '['));
        if (text.Length <= LongestCredit && _credits.Any(credit => OpensWith(text, 0, credit)))
            return BoilerplateKind.Credit;
        if (text.Length < LongestLabel && _labels.FirstOrDefault(label => OpensWith(text, 0, label)) is { } found)
            return IsBare(text.AsSpan(found.Length)) ? BoilerplateKind.Label : BoilerplateKind.LabelOpening;
        return _calls.Any(call => OpensSentence(text, call)) ? BoilerplateKind.Call : BoilerplateKind.None;
    }

    /// <summary>Lower case, and "Photo :" written as "photo:" (French puts a space before a colon).</summary>
    private static string Normalize(string text) => text.ToLowerInvariant().Replace(" :", ":", StringComparison.Ordinal);

    /// <summary>True when a sentence of the text starts with the phrase: "Immer auf dem Laufenden! Abonnieren Sie …".</summary>
    private static bool OpensSentence(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var sentenceStart = at == 0 || text[at - 1] == '\n' ||
                at >= 2 && text[at - 1] == ' ' && text[at - 2] is '.' or '!' or '?' or ':' or '…' or '|' or '-' or '–';
            if (sentenceStart && OpensWith(text, at, phrase))
                return true;
        }
        return false;
    }

    /// <summary>True when what follows a label says nothing of its own: punctuation, a count, or a colon and whatever it
    /// introduces ("Mehr zum Thema:", "Kommentare (3)", "Read more: …").</summary>
    private static bool IsBare(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        return rest.IsEmpty || rest[0] == ':' || !rest.ContainsAnyExcept(BareMarks);
    }

    private static readonly System.Buffers.SearchValues<char> BareMarks = System.Buffers.SearchValues.Create("0123456789()[]!?.…-–| ");

    /// <summary>True when the phrase stands at the position as whole words ("teilen" opens "Teilen: …", not "Teilenehmer").</summary>
    private static bool OpensWith(string text, int at, string phrase)
    {
        if (!text.AsSpan(at).StartsWith(phrase, StringComparison.Ordinal))
            return false;
        var end = at + phrase.Length;
        return end == text.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(text[end]);
    }

    private static BoilerplatePhrases Load()
    {
        var phrases = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["label"] = new(StringComparer.Ordinal), ["call"] = new(StringComparer.Ordinal), ["credit"] = new(StringComparer.Ordinal),
        };
        foreach (var language in Languages)
        {
            foreach (var row in ResourceFiles.ReadLanguageRows("Extraction/Html", language, "boilerplate.tsv"))
            {
                if (!phrases.TryGetValue(row[0], out var kind))
                    throw new InvalidDataException($"Extraction/Html/Languages/{language}/boilerplate.tsv: unknown kind '{row[0]}'; use label, call or credit.");
                foreach (var phrase in row.Skip(1).Where(p => p.Length > 0))
                    kind.Add(Normalize(phrase));
            }
        }
        return new BoilerplatePhrases([.. phrases["label"]], [.. phrases["call"]], [.. phrases["credit"]]);
    }
}
