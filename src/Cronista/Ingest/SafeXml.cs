using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Cronista.Ingest;

/// <summary>Reads untrusted XML (feeds, sitemaps) without processing DTDs or fetching anything.</summary>
/// <remarks>A doctype is skipped, never expanded: no entity expansion ("billion laughs") and no external entities or
/// schemas. Size is bounded by whoever supplies the text or stream.</remarks>
internal static partial class SafeXml
{
    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LineSuffix();

    /// <summary>Reader settings that ignore doctypes and resolve nothing.</summary>
    public static XmlReaderSettings Settings(bool closeInput = false) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = closeInput,
    };

    /// <summary>The document a string holds, with its XML declaration dropped (the text is already decoded, so the
    /// encoding it names no longer applies).</summary>
    /// <exception cref="XmlException">The text is not well-formed XML.</exception>
    public static XDocument Load(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings());
        var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        document.Declaration = null;
        return document;
    }

    /// <summary>"at line 3, position 7: …" in words, from an XML error.</summary>
    public static string Describe(XmlException e) =>
        e.LineNumber > 0
            ? $"at line {e.LineNumber}, position {e.LinePosition}: {LineSuffix().Replace(e.Message, "")}"
            : e.Message;
}
