using System.Text.Json;
using System.Text.Json.Nodes;
using Cronista.Output;
using Cronista.Storage;

namespace Cronista.Export;

/// <summary>One stored event with the document that reports it, the claim it was read in and the sentence it was read from.</summary>
/// <param name="Document">The document's stored record.</param>
/// <param name="AnalysedAt">When the document was analysed (UTC).</param>
/// <param name="Event">The event as the record keeps it.</param>
/// <param name="Claim">The claim that reports the event, when the event names one the record holds.</param>
/// <param name="InLeadParagraph">True when the event's sentence starts in the document's first paragraph.</param>
internal sealed record ExportedEvent(DocumentRecord Document, DateTimeOffset AnalysedAt, EventRecord Event, ClaimRecord? Claim, bool InLeadParagraph)
{
    /// <summary>The event as the output contract writes it, with every field the record type has, including ones added later.</summary>
    public JsonObject EventJson { get; } = JsonSerializer.SerializeToNode(Event, OutputJsonContext.Default.EventRecord)!.AsObject();

    /// <summary>The sentence the event was read from: the text between the event's offsets, kept inside the text.</summary>
    public string Sentence
    {
        get
        {
            var text = Document.Text;
            var start = Math.Clamp(Event.Start, 0, text.Length);
            var end = Math.Clamp(Event.End, start, text.Length);
            return text[start..end];
        }
    }

    /// <summary>The day the event took place: the first day of its date, else the publication date, else the day it was analysed.</summary>
    /// <remarks>A date known to the month or year stands for its first day, as GDELT's and PLOVER's day-precision fields need one day.</remarks>
    public DateOnly Day =>
        TimexRange.Of(Event.Date)?.Start ?? TimexRange.Of(Document.Published)?.Start ?? DateOnly.FromDateTime(AnalysedAt.UtcDateTime);
}
