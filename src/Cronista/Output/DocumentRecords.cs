using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cronista.Claims;
using Cronista.Core;
using Cronista.Entities;
using Cronista.Events;

namespace Cronista.Output;

/// <summary>Turns an analysed document into its output record, and records into JSON and back.</summary>
public static class DocumentRecords
{
    private static readonly OutputJsonContext Compact = new(new JsonSerializerOptions(OutputJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly OutputJsonContext Indented = new(new JsonSerializerOptions(OutputJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    /// <summary>The output record of a document; layers it lacks come out empty.</summary>
    public static DocumentRecord From(Document document)
    {
        var text = document.Text;
        string Slice(TextSpan span) => text.Substring(span.Start, span.Length);
        static string By(Provenance p) => string.IsNullOrEmpty(p.Rule) ? p.Stage : $"{p.Stage}/{p.Rule}";
        var entities = Read(document, Layers.Entities);
        var names = entities.ToDictionary(e => e.Id, e => e.Canonical);
        var claims = Read(document, Layers.Claims);
        return new DocumentRecord
        {
            Id = document.Id,
            Source = document.Metadata.Source,
            Url = document.Metadata.Url,
            Publisher = document.Metadata.Publisher,
            Agency = document.Metadata.Agency,
            Published = document.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Language = document.Language,
            LanguageMethod = document.TryGet(Layers.Language, out var language) ? language.Method : null,
            EntityMethod = document.ProducerOf(Layers.Mentions) switch
            {
                MentionStage.ModelProducer => "model",
                MentionStage.RulesProducer => "rules",
                _ => null,
            },
            Title = document.Metadata.Title,
            Text = text,
            Entities = [.. entities.Select(e => new EntityRecord(
                e.Id, e.Canonical, e.Type.ToString(), e.KbId, e.Subtype, e.Country, e.Sector, e.Role,
                [.. e.Mentions.Select(m => new MentionRecord(Slice(m.Span), m.Span.Start, m.Span.End, Kebab(m.Kind.ToString()), By(m.Provenance), m.Provenance.Confidence))]))],
            Times = [.. Read(document, Layers.Times).Select(t => new TimeRecord(
                Slice(t.Span), t.Span.Start, t.Span.End, t.Type.ToString(), t.Value, t.Mod, By(t.Provenance), t.Provenance.Confidence) { TimeZone = t.TimeZone, Interval = t.Interval })],
            Amounts = [.. Read(document, Layers.Amounts).Select(a => new AmountRecord(
                Slice(a.Span), a.Span.Start, a.Span.End, a.Value, a.Unit, a.Counted is { } c ? Slice(c) : null, By(a.Provenance), a.Provenance.Confidence))],
            Quotes = [.. Read(document, Layers.Quotes).Select(q => new QuoteRecord(
                Slice(q.Span), q.Span.Start, q.Span.End, q.Speakers.IsDefaultOrEmpty ? null : q.Speakers[0], q.Speakers.IsDefault ? [] : [.. q.Speakers],
                q.SpeakerSpan is { } s ? Slice(s) : q.Speakers.IsDefaultOrEmpty ? null : string.Join(" & ", q.Speakers.Select(id => names.GetValueOrDefault(id, id))),
                q.Cue is { } cue ? Slice(cue) : null, q.ClaimId, Chain(q.SourceChain), By(q.Provenance), q.Provenance.Confidence))],
            Claims = [.. claims.Select(c => new ClaimRecord(
                c.Id, c.Span.Start, c.Span.End, Slice(c.Span), c.Cue is { } cue ? Slice(cue) : null, Chain(c.SourceChain),
                [.. c.SourceChain.Select(s => new SourceRecord(s.Name, Kebab(s.Role.ToString()), s.EntityId))], By(c.Provenance), c.Provenance.Confidence))],
            Events = [.. Read(document, Layers.Events).Select(v => new EventRecord(
                v.Id, v.Type, v.Cameo, Kebab(v.Mode.ToString()), Participant(v.Actor), v.Target is { } t ? Participant(t) : null,
                v.Date?.Value, v.Date is { } d ? Kebab(d.Source.ToString()) : null, v.Location is { } l ? Participant(l) : null,
                v.ClaimId, v.Span.Start, v.Span.End, v.Provenance.Confidence, v.Triggers.IsDefault ? [] : [.. v.Triggers.Select(Slice)], By(v.Provenance))
            {
                Context = v.Context,
                PloverMode = v.PloverMode,
                Reciprocal = v.Reciprocal,
            })],
            Attributions = [.. Read(document, Layers.Attributions).Select(a => new AttributionRecord(
                Kebab(a.Kind.ToString()), a.Source is { } source ? Span(source) : null, Span(a.Cue),
                a.Content.IsDefault ? [] : [.. a.Content.Select(Span)], By(a.Provenance), a.Provenance.Confidence))],
        };
        SpanRecord Span(TextSpan span) => new(Slice(span), span.Start, span.End);
    }

    /// <summary>One line of JSON, for JSONL output and the store.</summary>
    public static string ToJsonLine(DocumentRecord record) => JsonSerializer.Serialize(record, Compact.DocumentRecord);

    /// <summary>Indented JSON, for people reading one document.</summary>
    public static string ToIndentedJson(DocumentRecord record) => JsonSerializer.Serialize(record, Indented.DocumentRecord);

    /// <summary>Reads a record written by <see cref="ToJsonLine"/>.</summary>
    public static DocumentRecord Parse(string json) =>
        JsonSerializer.Deserialize(json, Compact.DocumentRecord) ?? throw new JsonException("The JSON holds null, not a document.");

    private static ImmutableArray<T> Read<T>(Document document, Layer<ImmutableArray<T>> layer) =>
        document.TryGet(layer, out var value) && !value.IsDefault ? value : [];

    private static IReadOnlyList<string> Chain(ImmutableArray<SourceRef> chain) => chain.IsDefault ? [] : [.. chain.Select(s => s.Name)];

    private static ParticipantRecord Participant(EventParticipant p) => new(p.Name, p.EntityIds.IsDefault ? [] : [.. p.EntityIds], p.Code)
    {
        Members = p.Members.IsDefaultOrEmpty ? [] : [.. p.Members.Select(m => new ActorRecord(m.Text, m.EntityId, m.Code))],
    };

    /// <summary>PascalCase enum names as kebab-case output values ("PartialName" → "partial-name").</summary>
    private static string Kebab(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                builder.Append('-');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
