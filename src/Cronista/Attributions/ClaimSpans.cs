using Cronista.Claims;
using Cronista.Core;
using Cronista.Entities;

namespace Cronista.Attributions;

/// <summary>Attribution spans of reported speech read off a claim with a cue (Il Cremlino afferma che …, …, aggiunge la KCNA):
/// the source is the mention of the claim's innermost cited source right beside the cue, the content the rest of the
/// sentence on the other side of the two.</summary>
internal static class ClaimSpans
{
    // How far a source may stand from its cue and still be the cue's own (characters: an article, a title, an adverb).
    private const int MaxGap = 30;

    public static Attribution? Of(Document document, Claim claim, Dictionary<string, Entity> entities, string stage)
    {
        if (claim.Cue is not { } cue || claim.SourceChain.LastOrDefault(s => s.Role is SourceRole.Origin or SourceRole.Reporter) is not { EntityId: { } id }
            || !entities.TryGetValue(id, out var entity))
            return null;
        var sentence = claim.Span;
        var source = entity.Mentions.Select(m => m.Span)
            .Where(m => sentence.Contains(m) && (Gap(m, cue) <= MaxGap || Gap(cue, m) <= MaxGap))
            .OrderBy(m => Math.Min(Gap(m, cue), Gap(cue, m)))
            .FirstOrDefault();
        if (source.IsEmpty)
            return null;
        var first = Math.Min(source.Start, cue.Start);
        var last = Math.Max(source.End, cue.End);
        var text = document.Text;
        var before = Trim(text, sentence.Start, first);
        var after = Trim(text, last, sentence.End);
        // "…, aggiunge la KCNA": a cue after a comma closes what came before; "Il Cremlino afferma che …" opens what follows.
        var content = after.IsEmpty || EndsWithComma(text, sentence.Start, first) ? before : after;
        if (content.IsEmpty)
            return null;
        return new Attribution(cue, [content], CueKind.Speech, new Provenance(stage, "claim-cue-source", claim.Provenance.Confidence)) { Source = source };
    }

    private static bool EndsWithComma(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end > start && text[end - 1] == ',';
    }

    private static int Gap(TextSpan left, TextSpan right) => left.End <= right.Start ? right.Start - left.End : int.MaxValue;

    /// <summary>The span without the spaces, commas and final stop at its edges.</summary>
    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or ';'))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':'))
            end--;
        return end > start ? new TextSpan(start, end) : default;
    }
}
