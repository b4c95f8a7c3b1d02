namespace Cronista.Extraction.Html;

/// <summary>Drops the boilerplate a body's markup did not name: labels ("Mehr zum Thema", "Share this"), calls to
/// action ("Subscribe now …") and image credits ("Foto: dpa").</summary>
/// <remarks>A bare label, a call or a credit is boilerplate wherever it stands: related links, paywall and newsletter
/// boxes sit mid-article too (measured: anywhere beat the edges alone on both halves). A longer line that only opens
/// with a label's words is looked for near the edges only: inside the article "Kommentare der Fraktionen" heads a
/// section of the story; at its edges it is the page around it.</remarks>
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
            if (kind is BoilerplateKind.Credit or BoilerplateKind.Call or BoilerplateKind.Label || atEdge && kind == BoilerplateKind.LabelOpening)
                continue;
            kept.Add(paragraphs[i]);
        }
        if (kept.Count == count)
            return;
        paragraphs.Clear();
        paragraphs.AddRange(kept);
    }
}
