namespace Cronista.Extraction.Html;

/// <summary>Drops the boilerplate a body's markup did not name: labels and calls to action around the article's start
/// and end ("Mehr zum Thema", "Subscribe now …", "Share this"), and image credits wherever they stand ("Foto: dpa").</summary>
/// <remarks>Labels and calls are looked for only near the edges: inside the article "Kommentare" or "Abonnieren Sie"
/// may open a section or a sentence of the story; at its edges they are the page around it.</remarks>
internal static class BodyEdges
{
    /// <summary>How many paragraphs at the start are looked at: a kicker, a paywall notice, a share bar.</summary>
    private const int Lead = 3;

    /// <summary>How many paragraphs at the end are looked at: the calls to action and notices after the last sentence.</summary>
    private const int Tail = 8;

    /// <summary>Removes the boilerplate paragraphs in place.</summary>
    public static void Trim(List<TextBlock> paragraphs)
    {
        var phrases = BoilerplatePhrases.Default;
        var count = paragraphs.Count;
        var kept = new List<TextBlock>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = phrases.Of(paragraphs[i].Text);
            var atEdge = i < Lead || i >= count - Tail;
            if (kind == BoilerplateKind.Credit || atEdge && kind is BoilerplateKind.Label or BoilerplateKind.Call)
                continue;
            kept.Add(paragraphs[i]);
        }
        if (kept.Count == count)
            return;
        paragraphs.Clear();
        paragraphs.AddRange(kept);
    }
}
