using System.Collections.Frozen;
using System.Globalization;
using Cronista.Amounts.Numbers;
using Cronista.Core;
using Cronista.Text;
using Cronista.Time.Lexicon;

namespace Cronista.Amounts;

/// <summary>What a word next to a number does to it.</summary>
internal enum AmountWordKind { Unit, Multiplier }

/// <summary>Where a unit stands relative to its number.</summary>
internal enum UnitPlace { Before, After, Both }

/// <summary>A unit or multiplier word: "milioni" multiplies by 10^6, "euro" and "€" name EUR.</summary>
internal sealed record AmountWord(AmountWordKind Kind, string? Unit, decimal Factor, UnitPlace Place)
{
    public bool IsMoney => Unit is { Length: 3 } u && u.All(char.IsAsciiLetterUpper);
}

/// <summary>One language's number vocabulary, read once from <c>Amounts/Languages/&lt;iso&gt;/</c> and <c>Amounts/Data/</c>.</summary>
internal sealed class AmountLanguage
{
    private AmountLanguage(string code) => Code = code;

    public string Code { get; }

    /// <summary>Units, currencies and multipliers, as phrases.</summary>
    public PhraseLexicon<AmountWord> Words { get; } = new();

    /// <summary>Letters glued to digits (bn, k, km), case-sensitive.</summary>
    public FrozenDictionary<string, AmountWord[]> Suffixes { get; private set; } = FrozenDictionary<string, AmountWord[]>.Empty;

    public NumberWords Numbers { get; private set; } = NumberWords.Empty;

    public NumberConvention Convention { get; private set; } = NumberConvention.Continental;

    public FrozenSet<string> StopWords { get; private set; } = FrozenSet<string>.Empty;

    public FrozenSet<string> Definite { get; private set; } = FrozenSet<string>.Empty;

    public FrozenSet<string> OfWords { get; private set; } = FrozenSet<string>.Empty;

    /// <summary>Verb endings that end a counted phrase after its first word (English -ed, -ing).</summary>
    public string[] VerbEndings { get; private set; } = [];

    /// <summary>True when nouns are capitalized (German): a counted phrase ends with its first capitalized word.</summary>
    public bool NounCapitals { get; private set; }

    public static AmountLanguage Load(string code, TokenizationRules tokenization, IReadOnlyList<string[]> symbols, FrozenDictionary<string, AmountWord[]> suffixes)
    {
        var language = new AmountLanguage(code) { Suffixes = suffixes };
        IReadOnlyList<string> Tokenize(string phrase) =>
            [.. Tokenizer.Tokenize(phrase, tokenization).Select(t => phrase.Substring(t.Span.Start, t.Span.Length))];
        foreach (var row in symbols)
            language.Words.Add(row[0], new AmountWord(AmountWordKind.Unit, row[1], 1, ParsePlace(row, "Amounts/Data/units.tsv")), PhraseFlags.Cased, Tokenize);
        foreach (var row in ResourceFiles.ReadLanguageRows("Amounts", code, "units.tsv"))
        {
            if (row.Length < 2)
                throw new FormatException($"Amounts/Languages/{code}/units.tsv: '{row[0]}' needs a unit in the second column.");
            language.Words.Add(row[0], new AmountWord(AmountWordKind.Unit, row[1], 1, UnitPlace.After), PhraseFlags.None, Tokenize);
        }
        foreach (var row in ResourceFiles.ReadLanguageRows("Amounts", code, "multipliers.tsv"))
        {
            if (row.Length < 2 || !decimal.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var factor))
                throw new FormatException($"Amounts/Languages/{code}/multipliers.tsv: '{row[0]}' needs a whole-number factor in the second column.");
            // Abbreviations keep their case (Mio., Md); words match in any case.
            var cased = row[0].Length <= 4 && row[0].Any(char.IsUpper);
            language.Words.Add(row[0], new AmountWord(AmountWordKind.Multiplier, null, factor, UnitPlace.After), cased ? PhraseFlags.Cased : PhraseFlags.None, Tokenize);
        }
        language.Numbers = NumberWords.Load(code);
        language.Convention = NumberConvention.Load(code);
        language.StopWords = Folded(code, "stopwords.txt");
        language.Definite = Folded(code, "definite.txt");
        language.OfWords = Folded(code, "of.txt");
        language.VerbEndings = [.. ResourceFiles.ReadLanguageLines("Amounts", code, "verb-endings.txt")];
        foreach (var row in ResourceFiles.ReadLanguageRows("Amounts", code, "number-format.tsv"))
        {
            switch (row[0])
            {
                case "decimal-mark":
                    break;
                case "noun-capitals":
                    language.NounCapitals = row.Length > 1 && row[1] == "true";
                    break;
                default:
                    throw new FormatException($"Amounts/Languages/{code}/number-format.tsv: setting '{row[0]}' is unknown; known: decimal-mark, noun-capitals.");
            }
        }
        return language;
    }

    private static FrozenSet<string> Folded(string code, string file) =>
        ResourceFiles.ReadLanguageLines("Amounts", code, file).Select(w => TextFold.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    private static UnitPlace ParsePlace(string[] row, string where) => row.Length < 3 ? UnitPlace.Both : row[2] switch
    {
        "before" => UnitPlace.Before,
        "after" => UnitPlace.After,
        "both" => UnitPlace.Both,
        _ => throw new FormatException($"{where}: '{row[0]}' has place '{row[2]}'; use before, after or both."),
    };

    /// <summary>Reads Amounts/Data/suffixes.tsv: letters glued to digits.</summary>
    public static FrozenDictionary<string, AmountWord[]> LoadSuffixes()
    {
        var suffixes = new Dictionary<string, List<AmountWord>>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadRows("Amounts/Data/suffixes.tsv"))
        {
            if (row.Length < 3)
                throw new FormatException($"Amounts/Data/suffixes.tsv: '{row[0]}' needs a kind and a value.");
            var word = row[1] switch
            {
                "multiplier" => new AmountWord(AmountWordKind.Multiplier, null, decimal.Parse(row[2], CultureInfo.InvariantCulture), UnitPlace.After),
                "money-multiplier" => new AmountWord(AmountWordKind.Multiplier, "money", decimal.Parse(row[2], CultureInfo.InvariantCulture), UnitPlace.After),
                "unit" => new AmountWord(AmountWordKind.Unit, row[2], 1, UnitPlace.After),
                _ => throw new FormatException($"Amounts/Data/suffixes.tsv: kind '{row[1]}' is unknown; use multiplier, money-multiplier or unit."),
            };
            if (!suffixes.TryGetValue(row[0], out var list))
                suffixes[row[0]] = list = [];
            list.Add(word);
        }
        return suffixes.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}

/// <summary>Number vocabulary for every supported language, loaded once and shared by all threads.</summary>
internal sealed class AmountRules
{
    private readonly FrozenDictionary<string, AmountLanguage> _languages;
    private readonly AmountLanguage _fallback;

    public AmountRules(TokenizationRuleSet tokenization)
    {
        var symbols = ResourceFiles.ReadRows("Amounts/Data/units.tsv").ToArray();
        var suffixes = AmountLanguage.LoadSuffixes();
        _languages = SupportedLanguages.All.ToFrozenDictionary(l => l, l => AmountLanguage.Load(l, tokenization.For(l), symbols, suffixes));
        _fallback = AmountLanguage.Load(SupportedLanguages.Undetermined, tokenization.For(null), symbols, suffixes);
    }

    /// <summary>The vocabulary of a language, or one that reads only digits and symbols.</summary>
    public AmountLanguage For(string? language) =>
        language is not null && _languages.TryGetValue(language, out var rules) ? rules : _fallback;
}
