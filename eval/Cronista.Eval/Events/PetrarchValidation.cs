using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Cronista.Core;
using Cronista.Events;

namespace Cronista.Eval.Events;

/// <summary>One sentence of PETRARCH2's validation records: its text, date and the events PETRARCH2 must code (none when
/// the record says noevents).</summary>
internal sealed record PetrarchSentence(string Id, string Text, DateOnly? Date, IReadOnlyList<string> EventCodes);

/// <summary>How far Cronista's events agree with PETRARCH2's validation records, on the event codes only: the records'
/// actors are fictional countries (Arnor, Gondor) coded by a dictionary of their own, so actor codes cannot agree.</summary>
internal sealed class PetrarchValidation(Func<Document, CancellationToken, Document> analyze)
{
    private readonly CameoTable _cameo = new();

    public static PetrarchValidation For(Analyzer analyzer) => new(analyzer.Analyze);

    /// <summary>Reads the Sentence records of a PETRARCH2 validation file (PETR.UnitTest.records.xml); records whose coding
    /// is an expected error are left out.</summary>
    /// <exception cref="InvalidDataException">The file is not such XML.</exception>
    public static List<PetrarchSentence> Read(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (XmlException problem)
        {
            throw new InvalidDataException($"'{path}' is not valid XML: {problem.Message}");
        }
        var sentences = new List<PetrarchSentence>();
        foreach (var sentence in document.Descendants("Sentence"))
        {
            var codings = sentence.Elements("EventCoding").ToList();
            if (codings.Count == 0 || codings.Any(c => c.Attribute("error") is not null))
                continue;
            var text = string.Join(' ', ((string?)sentence.Element("Text") ?? "").Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0)
                continue;
            var date = DateOnly.TryParseExact(((string?)sentence.Attribute("date"))?.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
            var codes = codings.Select(c => ((string?)c.Attribute("eventcode"))?.Trim()).OfType<string>().Where(c => c.Length > 0).ToList();
            sentences.Add(new PetrarchSentence((string?)sentence.Attribute("id") ?? "", text, date, codes));
        }
        return sentences;
    }

    public JsonObject Evaluate(IReadOnlyList<PetrarchSentence> sentences, int threads, CancellationToken cancellationToken)
    {
        var coded = new List<string?>[sentences.Count];
        Parallel.For(0, sentences.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken }, i =>
        {
            var s = sentences[i];
            var document = analyze(Document.Create(s.Text, new DocumentMetadata($"petrarch:{s.Id}", Published: s.Date, Language: "en")), cancellationToken);
            coded[i] = [.. document.Get(Layers.Events).Select(e => e.Cameo)];
        });
        int gold = 0, exact = 0, root = 0, type = 0, quiet = 0, quietRight = 0, sentencesWithEvents = 0, sentencesAnyRoot = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var predicted = coded[i].OfType<string>().ToList();
            if (sentences[i].EventCodes.Count == 0)
            {
                quiet++;
                quietRight += predicted.Count == 0 ? 1 : 0;
                continue;
            }
            sentencesWithEvents++;
            sentencesAnyRoot += sentences[i].EventCodes.Any(g => predicted.Any(p => SameRoot(g, p))) ? 1 : 0;
            foreach (var code in sentences[i].EventCodes)
            {
                gold++;
                exact += predicted.Contains(code) ? 1 : 0;
                root += predicted.Any(p => SameRoot(code, p)) ? 1 : 0;
                type += _cameo.PloverOf(code) is { } goldType && predicted.Any(p => _cameo.PloverOf(p) == goldType) ? 1 : 0;
            }
        }
        static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
        return new JsonObject
        {
            ["sentences"] = sentences.Count,
            ["gold_events"] = gold,
            ["event_code_recall"] = Share(exact, gold),
            ["event_root_recall"] = Share(root, gold),
            ["plover_type_recall"] = Share(type, gold),
            ["sentences_with_a_root_right"] = Share(sentencesAnyRoot, sentencesWithEvents),
            ["no_event_sentences"] = quiet,
            ["no_event_agreement"] = Share(quietRight, quiet),
        };
    }

    private static bool SameRoot(string gold, string predicted) => gold.Length >= 2 && predicted.Length >= 2 && gold[..2] == predicted[..2];
}
