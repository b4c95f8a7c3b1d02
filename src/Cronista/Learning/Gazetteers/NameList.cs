using Cronista.Core;
using Cronista.Learning.Perceptron;

namespace Cronista.Learning.Gazetteers;

/// <summary>Names known with their types (a gazetteer), matched on a sentence's tokens as the entity tagger's evidence.</summary>
/// <remarks>
/// A name is a sequence of token forms, matched exactly (case kept) through the hash of the sequence, so a lookup
/// allocates nothing. Each token gets a bit mask: for every type, whether some listed name of that type begins at the
/// token or continues through it. Every match counts, not only the longest: "Washington" may be both a person and a place,
/// and the model weighs the evidence.
/// </remarks>
public sealed class NameList
{
    /// <summary>The types a list may hold, in bit order.</summary>
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>The longest name, in tokens, that is kept and matched.</summary>
    public const int MaxTokens = 8;

    private static readonly PerLanguage<NameList> Shipped = new(Load);

    private readonly Dictionary<ulong, byte> _names = [];
    private readonly HashSet<ulong> _prefixes = [];

    /// <summary>How many (name, types) entries the list holds.</summary>
    public int Count => _names.Count;

    /// <summary>The path of a language's list under models/ (see <see cref="ModelFiles"/>).</summary>
    public static string ModelPath(string language) => $"{language}/names.tsv.gz";

    /// <summary>The list shipped for a language, read on first use, once; null when there is none.</summary>
    public static NameList? ForLanguage(string language) => Shipped.For(language);

    /// <summary>Adds a name given as its token forms; names longer than <see cref="MaxTokens"/> are ignored.</summary>
    /// <exception cref="ArgumentException">The type is not one of <see cref="Types"/>.</exception>
    public void Add(IReadOnlyList<string> forms, string type)
    {
        var bit = TypeIndex(type);
        if (bit < 0)
            throw new ArgumentException($"unknown name type '{type}' (expected {string.Join(", ", Types)})", nameof(type));
        if (forms.Count == 0 || forms.Count > MaxTokens)
            return;
        var hash = 0UL;
        for (var i = 0; i < forms.Count; i++)
        {
            hash = Extend(hash, FeatureHash.Of(forms[i]));
            if (i < forms.Count - 1)
                _prefixes.Add(hash);
        }
        _names[hash] = (byte)(_names.GetValueOrDefault(hash) | (1 << bit));
    }

    /// <summary>Writes into <paramref name="masks"/> the match mask of each token, given the tokens' hashed forms
    /// (<see cref="FeatureHash.Of(ReadOnlySpan{char})"/>): bit 2·t is set where a name of type t begins, bit 2·t+1 where one continues.</summary>
    public void Match(ReadOnlySpan<ulong> forms, Span<byte> masks)
    {
        masks.Clear();
        for (var start = 0; start < forms.Length; start++)
        {
            var hash = 0UL;
            for (var end = start; end < forms.Length && end - start < MaxTokens; end++)
            {
                hash = Extend(hash, forms[end]);
                if (_names.TryGetValue(hash, out var types))
                    Mark(masks, start, end, types);
                if (!_prefixes.Contains(hash))
                    break;
            }
        }
    }

    /// <summary>Reads a list written as "TYPE, tab, forms separated by spaces" lines; '#' starts a comment line.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names it.</exception>
    public static NameList Read(TextReader reader, string source)
    {
        var list = new NameList();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t');
            var type = tab < 0 ? "" : line[..tab];
            if (tab < 0 || TypeIndex(type) < 0)
                throw new InvalidDataException($"{source}:{number}: expected a type ({string.Join(", ", Types)}), a tab and a name");
            list.Add(line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), type);
        }
        return list;
    }

    private static NameList? Load(string language)
    {
        var path = ModelPath(language);
        if (!ModelFiles.Exists(path))
            return null;
        using var reader = new StreamReader(ModelFiles.Open(path));
        return Read(reader, "models/" + path);
    }

    private static void Mark(Span<byte> masks, int start, int end, byte types)
    {
        for (var t = 0; t < Types.Count; t++)
        {
            if ((types & (1 << t)) == 0)
                continue;
            masks[start] |= (byte)(1 << (2 * t));
            for (var k = start + 1; k <= end; k++)
                masks[k] |= (byte)(1 << (2 * t + 1));
        }
    }

    /// <summary>The bit index of a type in <see cref="Types"/>, or -1.</summary>
    public static int TypeIndex(string type)
    {
        for (var i = 0; i < Types.Count; i++)
        {
            if (Types[i] == type)
                return i;
        }
        return -1;
    }

    private static ulong Extend(ulong hash, ulong form) => FeatureHash.Key(1, hash, form);
}
