using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cronista.Knowledge;
using Cronista.Output;

namespace Cronista.Export;

/// <summary>Writes events as GDELT 2.0 Event records: 61 tab-separated fields in GDELT's order, no header, one line per event.</summary>
/// <remarks>
/// Fields Cronista has no value for are left empty, as GDELT leaves them: known-group, ethnic and religion codes, actor
/// geography (type 0), ADM2 codes and tone (0). NumMentions counts the event's trigger words; NumSources and NumArticles are 1.
/// </remarks>
internal sealed class GdeltExport(GdeltGeography geography, CameoGoldstein goldstein, CountryTable countries)
{
    /// <summary>How many fields a GDELT 2.0 event record has.</summary>
    public const int FieldCount = 61;

    // GDELT 2.0 codebook: an actor without geography has type 0 and the other seven geographic fields blank.
    private static readonly string[] NoGeography = ["0", "", "", "", "", "", "", ""];

    public void Write(IEnumerable<ExportedEvent> events, TextWriter output)
    {
        foreach (var exported in events)
        {
            output.Write(string.Join('\t', Fields(exported).Select(Clean)));
            output.Write('\n');
        }
    }

    /// <summary>The 61 fields of one event, in GDELT's order.</summary>
    public IReadOnlyList<string> Fields(ExportedEvent exported)
    {
        var e = exported.Event;
        var day = exported.Day;
        var fields = new List<string>(FieldCount)
        {
            EventId(exported).ToString(CultureInfo.InvariantCulture),
            day.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            day.ToString("yyyyMM", CultureInfo.InvariantCulture),
            day.ToString("yyyy", CultureInfo.InvariantCulture),
            FractionDate(day),
        };
        fields.AddRange(Actor(e.Actor));
        fields.AddRange(Actor(e.Target));
        fields.Add(exported.InLeadParagraph ? "1" : "0");
        fields.Add(e.Cameo ?? "");
        fields.Add(CameoCodes.Base(e.Cameo) ?? "");
        fields.Add(CameoCodes.Root(e.Cameo) ?? "");
        fields.Add(Number(CameoCodes.QuadClass(e.Cameo)));
        fields.Add(Number(goldstein.WeightOf(e.Cameo)));
        fields.Add(Math.Max(1, e.Triggers.Count).ToString(CultureInfo.InvariantCulture));
        fields.Add("1");
        fields.Add("1");
        fields.Add("0");
        fields.AddRange(NoGeography);
        fields.AddRange(NoGeography);
        fields.AddRange(Geography(geography.Locate(exported)));
        fields.Add(exported.AnalysedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        fields.Add(exported.Document.Url ?? exported.Document.Source);
        return fields;
    }

    /// <summary>A stable positive id from the document and event ids: the first 53 bits of their SHA-256, so that
    /// exporting again gives the same ids and any JSON reader or spreadsheet holds them exactly.</summary>
    public static long EventId(ExportedEvent exported)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(exported.Document.Id + "\n" + exported.Event.Id));
        return (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11);
    }

    /// <summary>GDELT's YYYY.FFFF: the year plus ((month − 1) × 30 + day) / 365, the codebook's approximation of the part of the year gone.</summary>
    /// <remarks>The codebook writes "(MONTH * 30 + DAY) / 365" but says the fraction runs from 0 to 0.9999, which holds only with the month counted from 0.</remarks>
    public static string FractionDate(DateOnly day) =>
        (day.Year + ((day.Month - 1) * 30 + day.Day) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>Code, name, country code, known group, ethnic, two religion and three type codes of an actor.</summary>
    private IEnumerable<string> Actor(ParticipantRecord? participant)
    {
        if (participant is null)
            return Enumerable.Repeat("", 10);
        var code = ActorCode.Parse(participant.Code, c => countries.ByIso3(c) is not null);
        var sectors = code?.Sectors ?? [];
        return
        [
            code?.Joined ?? "",
            participant.Name.ToUpperInvariant(),
            code?.Country ?? "",
            "", "", "", "",
            sectors.Count > 0 ? sectors[0] : "",
            sectors.Count > 1 ? sectors[1] : "",
            sectors.Count > 2 ? sectors[2] : "",
        ];
    }

    private static IEnumerable<string> Geography(GdeltPlace? place) => place is null
        ? NoGeography
        : [Number(place.Type), place.FullName, place.CountryCode ?? "", place.Adm1Code ?? "", "", Number(place.Latitude), Number(place.Longitude), place.FeatureId ?? ""];

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A field with tabs and line breaks turned into spaces, which would otherwise split the record.</summary>
    private static string Clean(string field) =>
        field.AsSpan().IndexOfAny('\t', '\r', '\n') < 0 ? field : field.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
