namespace Cronista.Extraction.Html;

/// <summary>Drops the boilerplate a body's markup did not name: labels around the article's start and end ("Mehr zum
/// Thema", "Share this"), and calls to action and image credits wherever they stand ("Subscribe now …", "Foto: dpa").</summary>
/// <remarks>Labels are looked for only near the edges: inside the article "Kommentare" or "Themen" may head a section
/// of the story; at its edges they are the page around it. A short paragraph opening a sentence with a call to action
/// is a paywall or newsletter box wherever it stands (measured: anywhere beat the edges alone on both halves).</remarks>
internal static class BodyEdges
{
    /// <summary>How many paragraphs at the start are looked at: a kicker, a paywall notice, a share bar.</summary>
    private const int Lead = 3;

    /// <summary>How many paragraphs at the end are looked at: the labels of the boxes after the last sentence.</summary>
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
            if (kind is BoilerplateKind.Credit or BoilerplateKind.Call || atEdge && kind == BoilerplateKind.Label)
                continue;
            kept.Add(paragraphs[i]);
        }
        if (kept.Count == count)
            return;
        paragraphs.Clear();
        paragraphs.AddRange(kept);
    }
}
