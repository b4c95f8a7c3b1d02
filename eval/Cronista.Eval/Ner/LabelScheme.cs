using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Cronista.Eval.Ner;

/// <summary>How one gold format's tags map onto the evaluated entity types, and which types it annotates.</summary>
internal sealed class LabelScheme
{
    private readonly FrozenDictionary<string, string?> _types;

    private LabelScheme(ImmutableArray<string> types, IReadOnlyDictionary<string, string?> mapping, DemonymPolicy demonyms)
    {
        Types = types;
        _types = mapping.ToFrozenDictionary(StringComparer.Ordinal);
        DefaultDemonyms = demonyms;
    }

    /// <summary>The entity types the format annotates; predictions of other types are not scored.</summary>
    public ImmutableArray<string> Types { get; }

    /// <summary>What a demonym ("German", "russo") counts as unless the caller says otherwise.</summary>
    public DemonymPolicy DefaultDemonyms { get; }

    /// <summary>The scheme of a format.</summary>
    public static LabelScheme For(NerFormat format) => format switch
    {
        NerFormat.Kind => Kind,
        NerFormat.GermEval => GermEval,
        _ => Conll,
    };

    /// <summary>CoNLL-2003 (and WikiNEuRal, WikiGold): four types; nationalities such as "German" are tagged MISC.</summary>
    public static readonly LabelScheme Conll = new(
        ["PER", "ORG", "LOC", "MISC"],
        new Dictionary<string, string?> { ["PER"] = "PER", ["ORG"] = "ORG", ["LOC"] = "LOC", ["MISC"] = "MISC" },
        DemonymPolicy.Misc);

    /// <summary>KIND: persons, places and organisations only; adjectives of nationality ("britannici") are left untagged.</summary>
    public static readonly LabelScheme Kind = new(
        ["PER", "ORG", "LOC"],
        new Dictionary<string, string?> { ["PER"] = "PER", ["ORG"] = "ORG", ["LOC"] = "LOC" },
        DemonymPolicy.Ignore);

    /// <summary>
    /// GermEval 2014, outer level: OTH is MISC; *deriv (words derived from a name, "deutsche") is MISC, as CoNLL
    /// tags nationalities; *part (a name inside a longer word, "EU-Staaten") is outside, because a mention
    /// can only cover whole tokens and CoNLL leaves such compounds untagged.
    /// </summary>
    public static readonly LabelScheme GermEval = new(
        ["PER", "ORG", "LOC", "MISC"],
        new Dictionary<string, string?>
        {
            ["PER"] = "PER", ["ORG"] = "ORG", ["LOC"] = "LOC", ["OTH"] = "MISC",
            ["PERDERIV"] = "MISC", ["ORGDERIV"] = "MISC", ["LOCDERIV"] = "MISC", ["OTHDERIV"] = "MISC",
            ["PERPART"] = null, ["ORGPART"] = null, ["LOCPART"] = null, ["OTHPART"] = null,
        },
        DemonymPolicy.Misc);

    /// <summary>Reads a written tag ("B-PER", "i-loc", "B-ORG|wiki", "O"); false with a reason when it is not one of this format's tags.</summary>
    /// <remarks>Case and anything after '|' are dropped, as KIND's official scorer does; a bare type is read as I- (the IO scheme).</remarks>
    public bool TryParse(string written, out NerTag tag, out string? error)
    {
        var text = written.Trim().ToUpperInvariant();
        var pipe = text.IndexOf('|', StringComparison.Ordinal);
        if (pipe >= 0)
            text = text[..pipe];
        tag = NerTag.Outside;
        error = null;
        if (text is "O" or "")
            return true;
        var prefix = 'I';
        var type = text;
        if (text.Length > 2 && text[1] == '-' && text[0] is 'B' or 'I' or 'E' or 'S')
        {
            prefix = text[0];
            type = text[2..];
        }
        if (!_types.TryGetValue(type, out var mapped))
        {
            error = $"unknown tag '{written}'; this format's types are {string.Join(", ", _types.Keys.Order(StringComparer.Ordinal))}";
            return false;
        }
        if (mapped is not null)
            tag = new NerTag(prefix, mapped);
        return true;
    }
}
