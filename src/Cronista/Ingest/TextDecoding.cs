using System.Text;

namespace Cronista.Ingest;

/// <summary>Turns an article's bytes into text: byte-order marks first, then strict UTF-8, then a legacy Western encoding.</summary>
internal static class TextDecoding
{
    // How much of the start of a file is sampled to tell text from binary content.
    private const int BinarySampleChars = 64 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 comes from the code-pages provider instance itself, so nothing process-wide is registered.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 encoding is not available; System.Text.Encoding.CodePages is missing.");

    /// <summary>Decodes a whole article; on failure <paramref name="error"/> says why ("binary file, not text", "empty file").</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encoding, out string error)
    {
        text = "";
        error = "";
        var bom = DetectBom(bytes);
        if (bom is { } found)
        {
            encoding = found.Encoding.WebName;
            text = found.Encoding.GetString(bytes[found.Length..]);
        }
        else if (bytes.Contains((byte)0))
        {
            // NUL bytes without a UTF-16 or UTF-32 mark: an image, an archive, a database, a compiled file.
            encoding = "binary";
            error = "binary file, not text";
            return false;
        }
        else
        {
            text = DecodeWithoutBom(bytes, out encoding);
        }
        if (LooksBinary(text))
        {
            error = "binary file, not text";
            return false;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty file";
            return false;
        }
        return true;
    }

    /// <summary>Decodes text known to carry no byte-order mark: strict UTF-8, else Windows-1252 or ISO-8859-1.</summary>
    public static string DecodeWithoutBom(ReadOnlySpan<byte> bytes, out string encoding)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            encoding = "utf-8";
            return text;
        }
        catch (DecoderFallbackException)
        {
            var legacy = ChooseLegacy(bytes);
            encoding = legacy.WebName;
            return legacy.GetString(bytes);
        }
    }

    /// <summary>The Unicode encoding a byte-order mark announces, and the mark's length; null when there is none.</summary>
    public static (Encoding Encoding, int Length)? DetectBom(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE starts with the UTF-16 LE mark, so it is tested first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true), 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), 2);
        return null;
    }

    /// <summary>Windows-1252 when bytes 0x80–0x9F are used as its printable characters (curly quotes, dashes, €), else ISO-8859-1.</summary>
    private static Encoding ChooseLegacy(ReadOnlySpan<byte> bytes)
    {
        var usesC1Range = false;
        foreach (var b in bytes)
        {
            if (b is < 0x80 or > 0x9F)
                continue;
            // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in Windows-1252: such a file is not Windows-1252.
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
                return Encoding.Latin1;
            usesC1Range = true;
        }
        return usesC1Range ? Windows1252 : Encoding.Latin1;
    }

    /// <summary>True when the text holds NUL characters or more control characters than any written text has.</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySampleChars));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
                return true;
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v') && c < 0x80)
                controls++;
        }
        // One stray control character (a DOS end-of-file mark) is tolerated; one in fifty characters is not text.
        return controls > 1 && controls * 50 > sample.Length;
    }
}
