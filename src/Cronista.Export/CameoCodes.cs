namespace Cronista.Export;

/// <summary>The levels of a CAMEO event code and its quad class, as GDELT's event fields break them out.</summary>
internal static class CameoCodes
{
    /// <summary>The root (first two digits): "0251" → "02".</summary>
    public static string? Root(string? code) => code is { Length: >= 2 } ? code[..2] : null;

    /// <summary>The level-two code: "0251" → "025"; a code of two or three digits is its own base.</summary>
    public static string? Base(string? code) => code is { Length: > 3 } ? code[..3] : code;

    /// <summary>CAMEO's four classes by root: 01–05 verbal cooperation (1), 06–08 material cooperation (2),
    /// 09–13 verbal conflict (3), 14–20 material conflict (4); null for a code outside 01–20.</summary>
    public static int? QuadClass(string? code)
    {
        if (Root(code) is not { } root || !int.TryParse(root, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return null;
        return number switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 8 => 2,
            >= 9 and <= 13 => 3,
            >= 14 and <= 20 => 4,
            _ => null,
        };
    }
}
