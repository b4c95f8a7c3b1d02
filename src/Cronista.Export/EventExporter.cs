using System.Text;
using Cronista.Knowledge;
using Cronista.Storage;

namespace Cronista.Export;

/// <summary>Writes the events of stored documents in one <see cref="EventExportFormat"/>, one document at a time, so that
/// a store of any size is exported without being held in memory (Parquet keeps one row group).</summary>
public static class EventExporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the events of <paramref name="documents"/> to a stream, text as UTF-8 without a byte order mark;
    /// the stream is left open. Returns how many documents and events were read.</summary>
    public static ExportTally Write(IEnumerable<StoredDocument> documents, EventExportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        var tally = new ExportTally();
        var events = ExportedEvents.From(documents, tally);
        if (format.IsBinary)
        {
            ParquetExport.Write(events, output);
            return tally;
        }
        using var writer = new StreamWriter(output, Utf8, leaveOpen: true);
        TextWriterFor(format)(events, writer);
        return tally;
    }

    /// <summary>Writes the events of <paramref name="documents"/> to a text writer (standard output); returns how many
    /// documents and events were read.</summary>
    /// <exception cref="ArgumentException">The format is binary (Parquet), which a text writer cannot carry.</exception>
    public static ExportTally Write(IEnumerable<StoredDocument> documents, EventExportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        if (format.IsBinary)
            throw new ArgumentException($"{format.Name} is binary: write it to a stream.", nameof(format));
        var tally = new ExportTally();
        TextWriterFor(format)(ExportedEvents.From(documents, tally), output);
        return tally;
    }

    private static Action<IEnumerable<ExportedEvent>, TextWriter> TextWriterFor(EventExportFormat format)
    {
        if (format == EventExportFormat.Csv)
            return CsvExport.Write;
        if (format == EventExportFormat.PloverJson)
            return new PloverExport(CountryTable.Load(), CameoContexts.Load()).Write;
        if (format == EventExportFormat.GdeltEvents)
        {
            var countries = CountryTable.Load();
            var geography = new GdeltGeography(Gazetteer.Load, countries, FipsCountryCodes.Load());
            return new GdeltExport(geography, CameoGoldstein.Load(), countries).Write;
        }
        return JsonlExport.Write;
    }
}
