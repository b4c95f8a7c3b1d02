using Cronista.Core;

namespace Cronista.Quotes;

/// <summary>Finds the writer's words set inside a quotation between dashes: «Qui erano appesi salami - racconta Lotti - mentre …».</summary>
/// <remarks>Italian local papers name the speaker this way instead of closing and reopening the marks; the words between the
/// dashes are the writer's, so the quotation is two quotations around them.</remarks>
internal static class SpeakerInsert
{
    // An insert longer than this is a dash inside the speech, not the writer naming the speaker.
    private const int MaxInsertLength = 160;

    /// <summary>The insert with its dashes, or null when the quotation has none.</summary>
    public static TextSpan? Find(string text, TextSpan inner)
    {
        var open = NextDash(text, inner.Start, inner.End);
        if (open < 0)
            return null;
        var close = NextDash(text, open + 1, Math.Min(inner.End, open + MaxInsertLength));
        return close < 0 ? null : new TextSpan(open, close + 1);
    }

    /// <summary>A hyphen or dash standing alone between spaces.</summary>
    private static int NextDash(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] is '-' or '–' or '—' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
                return i;
        }
        return -1;
    }
}
