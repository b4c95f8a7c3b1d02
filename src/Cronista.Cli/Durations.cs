using System.Globalization;

namespace Cronista.Cli;

/// <summary>Lengths of time written the way people write them on a command line: "30s", "15m", "2h", "500ms".</summary>
internal static class Durations
{
    /// <summary>Reads "500ms", "30s", "15m", "2h", "1d", or a number of seconds; false when it is not a length of time.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var value = text.Trim().ToLowerInvariant();
        var split = 0;
        while (split < value.Length && (char.IsAsciiDigit(value[split]) || value[split] == '.'))
            split++;
        if (split == 0 || !double.TryParse(value[..split], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;
        double? seconds = value[split..].Trim() switch
        {
            "ms" => number / 1000,
            "" or "s" or "sec" => number,
            "m" or "min" => number * 60,
            "h" => number * 3600,
            "d" => number * 86_400,
            _ => null,
        };
        if (seconds is not { } s || s > TimeSpan.MaxValue.TotalSeconds / 2)
            return false;
        duration = TimeSpan.FromSeconds(s);
        return true;
    }

    /// <summary>An option holding a length of time, with a default shown in help as written.</summary>
    public static System.CommandLine.Option<TimeSpan> Option(string name, string description, string defaultText)
    {
        return new System.CommandLine.Option<TimeSpan>(name)
        {
            Description = $"{description} [default: {defaultText}]",
            HelpName = "TIME",
            DefaultValueFactory = _ => TryParse(defaultText, out var d) ? d : TimeSpan.Zero,
            CustomParser = result =>
            {
                var token = result.Tokens[0].Value;
                if (TryParse(token, out var duration))
                    return duration;
                result.AddError($"'{token}' is not a length of time for {name}: write it as 500ms, 30s, 15m or 2h.");
                return TimeSpan.Zero;
            },
        };
    }
}
