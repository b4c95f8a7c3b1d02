using Cronista.Output;

namespace Cronista.Tests.Storage;

/// <summary>Document records with every layer filled, as the stages will make them, for store and report tests.</summary>
public static class SampleRecords
{
    public const string Text =
        "Il Cremlino afferma che Putin ha parlato al telefono con Kim. (Keystone-ATS) La città di Pyongyang ha confermato. " +
        "Kim ha espresso il suo “pieno sostegno” alla Russia. Il Nord invierà 5’000 operai.";

    public static DocumentRecord Summit(string id = "a1b2c3d4e5f60718", string? url = "https://www.swissinfo.ch/ita/summit", string text = Text) => new()
    {
        Id = id,
        Source = "summit.txt",
        Url = url,
        Publisher = "swissinfo.ch",
        Agency = "Keystone-ATS",
        Published = "2025-08-13",
        Language = "it",
        LanguageMethod = "declared",
        Title = "Putin e Kim al telefono",
        Text = text,
        Entities =
        [
            new EntityRecord("e1", "Vladimir Putin", "PER", "kb:putin", "head-of-state", "RUS", "GOV", "president",
                [new MentionRecord("Putin", 24, 29, "partial-name", "link-entities", 0.9), new MentionRecord("Putin", 30, 35, "partial-name", "link-entities", 0.9)]),
            new EntityRecord("e2", "Kim Jong-un", "PER", null, null, "PRK", "GOV", null,
                [new MentionRecord("Kim", 57, 60, "partial-name", "link-entities", 0.8)]),
            new EntityRecord("e3", "Pyongyang", "LOC", "geonames:1871859", "city", "PRK", null, null,
                [new MentionRecord("Pyongyang", 92, 101, "name", "link-entities", 1.0)]),
        ],
        Times = [new TimeRecord("ieri", 0, 4, "DATE", "2025-08-12", null, "normalize-times", 0.9)],
        Amounts = [new AmountRecord("5’000 operai", 180, 192, 5000m, null, "operai", "read-amounts", 0.9)],
        Quotes =
        [
            new QuoteRecord("pieno sostegno", 140, 154, "e2", ["e2"], null, "ha espresso", "c2",
                ["swissinfo.ch", "Keystone-ATS", "KCNA"], "find-quotes", 0.8),
        ],
        Claims =
        [
            new ClaimRecord("c1", 0, 61, "Il Cremlino afferma che Putin ha parlato al telefono con Kim.", "afferma",
                ["swissinfo.ch", "Keystone-ATS", "Kremlin"], [new SourceRecord("swissinfo.ch", "publisher", null), new SourceRecord("Keystone-ATS", "agency", null), new SourceRecord("Kremlin", "origin", null)],
                "attribute-claims", 0.7),
        ],
        Events =
        [
            new EventRecord("v1", "CONSULT", "041", "asserted", new ParticipantRecord("Vladimir Putin", ["e1"], "RUS GOV"),
                new ParticipantRecord("Kim Jong-un", ["e2"], "PRK GOV"), "2025-08-12", "expression", null, "c1", 0, 61, 0.8, ["ha parlato al telefono"], "code-events"),
            new EventRecord("v2", "SUPPORT", "051", "asserted", new ParticipantRecord("Kim Jong-un", ["e2"], "PRK GOV"),
                new ParticipantRecord("Russia", [], "RUS"), "2025-08", "narrative", null, "c2", 115, 170, 0.6, [], "code-events"),
            new EventRecord("v3", "AID", "07", "planned", new ParticipantRecord("North Korea", [], "PRK"),
                new ParticipantRecord("Russia", [], "RUS"), "FUTURE_REF", "expression", new ParticipantRecord("Kursk", [], null), null, 171, 200, 0.5, [], "code-events"),
        ],
    };

    /// <summary>A record with no layers, for tests about metadata and identity only.</summary>
    public static DocumentRecord Plain(string id, string text, string? url = null, string? title = null) => new()
    {
        Id = id,
        Source = id + ".txt",
        Url = url,
        Title = title,
        Text = text,
        Language = "it",
    };
}
