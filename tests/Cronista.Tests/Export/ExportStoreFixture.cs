using Cronista.Core;
using Cronista.Output;
using Cronista.Storage;
using Cronista.Tests.Ingest;
using Cronista.Tests.Storage;
using Cronista.Tests.Support;

namespace Cronista.Tests.Export;

/// <summary>A store with an Italian and an English article analysed by the library, and one hand-made record whose actor
/// codes are known exactly (a country with a sector, an international organisation without a country).</summary>
public sealed class ExportStoreFixture : IDisposable
{
    public const string EnglishText =
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday, the Kremlin said.\n\n" +
        "NATO condemned the missile strikes on Kyiv, according to Reuters. The United States will send military aid to Ukraine, " +
        "a Pentagon spokesman said on Monday.";

    public const string ItalianText =
        "Il presidente del Consiglio Giorgia Meloni ha incontrato a Roma il presidente ucraino Volodymyr Zelensky, riferisce l'ANSA.\n\n" +
        "Secondo il Cremlino, la Russia ha attaccato Kiev con droni e missili nella notte.";

    /// <summary>The headline of the English article: a comma and quotes, which CSV must quote.</summary>
    public const string EnglishTitle = "Putin and Xi meet, \"old friends\" again";

    public const string HandMadeId = "feedfacefeedface";

    private readonly TempFolder _folder = new();

    public ExportStoreFixture()
    {
        Database = _folder.File("analysed.db");
        var italian = Analyse(ItalianText, "it", new DateOnly(2025, 3, 1), title: null, url: null, publisher: "ansa.it");
        var english = Analyse(EnglishText, "en", new DateOnly(2025, 3, 2), EnglishTitle, "https://example.org/world/putin-xi", "example.org");
        var summit = SampleRecords.Summit(id: HandMadeId);
        var handMade = summit with
        {
            Events =
            [
                .. summit.Events,
                summit.Events[0] with { Id = "v4", Actor = new ParticipantRecord("NATO", [], "IGO"), Cameo = "111", Type = "ACCUSE" },
                summit.Events[1] with { Id = "v10", Location = new ParticipantRecord("Pyongyang", ["e3"], "PRK") },
            ],
        };
        using var store = DocumentStore.Open(Database);
        store.Save(italian, new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));
        store.Save(english, new DateTimeOffset(2025, 3, 2, 11, 30, 5, TimeSpan.Zero));
        store.Save(handMade, new DateTimeOffset(2025, 8, 13, 9, 0, 0, TimeSpan.Zero));
        Records = [italian, english, handMade];
    }

    /// <summary>The store file.</summary>
    public string Database { get; }

    /// <summary>The stored records, in export order (by publication date).</summary>
    public IReadOnlyList<DocumentRecord> Records { get; }

    /// <summary>How many events the store holds.</summary>
    public int EventCount => Records.Sum(r => r.Events.Count);

    /// <summary>A path for an export in this fixture's folder.</summary>
    public string OutputFile(string name) => _folder.File(Path.Combine("out", Guid.NewGuid().ToString("N")[..8], name));

    public void Dispose() => _folder.Dispose();

    private static DocumentRecord Analyse(string text, string language, DateOnly published, string? title, string? url, string publisher) =>
        DocumentRecords.From(SharedAnalyzer.Analyzer.Analyze(Document.Create(text,
            new DocumentMetadata($"{language}.txt", Url: url, Title: title, Publisher: publisher, Published: published, Language: language))));
}
