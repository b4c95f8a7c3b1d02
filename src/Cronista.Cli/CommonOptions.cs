using System.CommandLine;
using System.CommandLine.Parsing;
using Cronista.Core;
using Cronista.Ingest;
using Cronista.Storage;

namespace Cronista.Cli;

/// <summary>The options several commands share, built the same way everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The store file, as written in messages when none is given.</summary>
    public const string DefaultDatabase = "./" + DocumentStore.DefaultPath;

    public static Option<string> Database() => new("--db")
    {
        Description = "The store: an SQLite file that keeps analysed documents.",
        HelpName = "FILE",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            HelpName = string.Join('|', formats),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>A choice between a trained model (the default) and the rules alone, as "--entities model|rules".</summary>
    public static Option<string> ModelOrRules(string name, string description)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => "model" };
        option.AcceptOnlyFromAmong("rules", "model");
        return option;
    }

    public static Option<string?> Language() => new("--language", "-l")
    {
        Description = $"The language of articles whose source declares none ({string.Join(", ", SupportedLanguages.All)}); without it the language is detected.",
        HelpName = "CODE",
        CustomParser = result =>
        {
            var value = result.Tokens[0].Value.Trim().ToLowerInvariant();
            if (!SupportedLanguages.IsSupported(value))
                result.AddError($"'{result.Tokens[0].Value}' is not a supported language; use one of {string.Join(", ", SupportedLanguages.All)}.");
            return value;
        },
    };

    public static Option<long> MaxSize() => new("--max-size")
    {
        Description = $"The largest article (a plain-text file, or one JSONL line) that is read, such as 16MB or 512k; larger ones are reported and skipped. [default: {ByteSizes.Format(IngestOptions.DefaultMaxArticleBytes).Replace(" ", "", StringComparison.Ordinal)}]",
        HelpName = "SIZE",
        // The default is set here rather than with DefaultValueFactory so that help shows "16MB", not a byte count.
        DefaultValueFactory = null,
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (!ByteSizes.TryParse(token, out var bytes))
            {
                result.AddError($"'{token}' is not a size; write it as 16MB, 512k or a number of bytes.");
                return 0;
            }
            // Larger than this, one article would not fit the arrays it is read into.
            const long ceiling = 1024L * 1024 * 1024;
            if (bytes > ceiling)
                result.AddError($"--max-size can be at most {ByteSizes.Format(ceiling)}; a larger text is not one article: split it, or use JSONL.");
            return bytes;
        },
    };

    public static Option<int> Limit(string description, int defaultValue)
    {
        var option = new Option<int>("--limit", "-n") { Description = description, HelpName = "N", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--limit must be at least 1.");
        });
        return option;
    }

    /// <summary>A date option: YYYY-MM-DD, or a month or year standing for its first (or last) day.</summary>
    public static Option<DateOnly?> Date(string name, string description, bool endOfPeriod) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result => ParseDate(result, endOfPeriod),
    };

    private static DateOnly? ParseDate(ArgumentResult result, bool endOfPeriod)
    {
        var token = result.Tokens[0].Value;
        if (Storage.PeriodDate.TryParse(token, endOfPeriod, out var date))
            return date;
        var option = result.Parent is OptionResult parent ? parent.Option.Name : "this option";
        result.AddError(Storage.PeriodDate.Problem(token, option));
        return null;
    }
}
