using Cronista.Output;
using Cronista.Storage;

namespace Cronista.Export;

/// <summary>Reads the events of stored documents in export order: by document (publication date, then id), then by event id.</summary>
internal static class ExportedEvents
{
    /// <summary>The events of the documents, one at a time; <paramref name="tally"/> counts what has been read so far.</summary>
    public static IEnumerable<ExportedEvent> From(IEnumerable<StoredDocument> documents, ExportTally tally)
    {
        foreach (var stored in documents)
        {
            tally.Documents++;
            var record = stored.Record;
            var claims = record.Claims.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var leadEnd = LeadParagraphEnd(record.Text);
            // Ids are a letter and a number ("v2", "v10"): shorter first keeps them in numeric order.
            foreach (var e in record.Events.OrderBy(e => e.Id.Length).ThenBy(e => e.Id, StringComparer.Ordinal))
            {
                tally.Events++;
                var claim = e.Claim is { } id ? claims.GetValueOrDefault(id) : null;
                yield return new ExportedEvent(record, stored.AnalysedAt, e, claim, e.Start < leadEnd);
            }
        }
    }

    /// <summary>Where the first paragraph ends: at the first line break after some text, or at the end of the text.</summary>
    private static int LeadParagraphEnd(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
            start++;
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }
}

/// <summary>How many documents and events an export has read.</summary>
public sealed class ExportTally
{
    /// <summary>Documents read.</summary>
    public int Documents { get; internal set; }

    /// <summary>Events read.</summary>
    public int Events { get; internal set; }

    /// <summary>"3 events from 2 documents".</summary>
    public override string ToString() =>
        $"{Events} event{(Events == 1 ? "" : "s")} from {Documents} document{(Documents == 1 ? "" : "s")}";
}
