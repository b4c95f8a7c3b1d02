using System.Globalization;

namespace Cronista.Ingest;

/// <summary>Sizes in bytes written and read the way people write them ("16 MB", "512k").</summary>
public static class ByteSizes
{
    /// <summary>A size for messages: "512 bytes", "1.5 KB", "16 MB" (binary multiples).</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => Scaled(bytes / 1024.0, "KB"),
        < 1024L * 1024 * 1024 => Scaled(bytes / (1024.0 * 1024), "MB"),
        _ => Scaled(bytes / (1024.0 * 1024 * 1024), "GB"),
    };

    /// <summary>Reads "1048576", "512k", "16MB", "1 GiB" (K, M, G are binary multiples); false when it is not a size.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var value = text.Trim();
        var split = 0;
        while (split < value.Length && (char.IsAsciiDigit(value[split]) || value[split] == '.'))
            split++;
        if (split == 0 || !double.TryParse(value[..split], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;
        long multiplier = value[split..].Trim().ToLowerInvariant() switch
        {
            "" or "b" or "bytes" => 1,
            "k" or "kb" or "kib" => 1024,
            "m" or "mb" or "mib" => 1024 * 1024,
            "g" or "gb" or "gib" => 1024L * 1024 * 1024,
            _ => 0,
        };
        if (multiplier == 0 || number * multiplier > long.MaxValue / 2)
            return false;
        bytes = (long)Math.Round(number * multiplier);
        return bytes > 0;
    }

    private static string Scaled(double value, string unit) =>
        (value < 10 && value != Math.Floor(value) ? value.ToString("0.#", CultureInfo.InvariantCulture) : value.ToString("0", CultureInfo.InvariantCulture)) + " " + unit;
}
