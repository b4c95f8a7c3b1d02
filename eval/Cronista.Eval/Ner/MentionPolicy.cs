using System.Collections.Immutable;
using Cronista.Entities;
using Cronista.Entities.Learned;

namespace Cronista.Eval.Ner;

/// <summary>What a predicted demonym ("German", "russo") counts as.</summary>
internal enum DemonymPolicy
{
    /// <summary>A MISC entity, as CoNLL-2003 tags nationalities ("German", "Russian").</summary>
    Misc,

    /// <summary>Nothing: the gold set leaves adjectives of nationality untagged (KIND).</summary>
    Ignore,
}

/// <summary>Which predicted mentions count as named entities, and as which type.</summary>
/// <param name="Types">The types the gold set annotates; mentions of other types are not scored.</param>
/// <param name="Demonyms">What demonyms count as.</param>
/// <remarks>Names and partial names always count; role descriptions ("il presidente russo") never do, since no gold set tags them.</remarks>
internal sealed record MentionPolicy(ImmutableArray<string> Types, DemonymPolicy Demonyms)
{
    /// <summary>The policy that fits a gold format, optionally with another demonym choice.</summary>
    public static MentionPolicy For(NerFormat format, DemonymPolicy? demonyms = null)
    {
        var scheme = LabelScheme.For(format);
        return new MentionPolicy(scheme.Types, demonyms ?? scheme.DefaultDemonyms);
    }

    /// <summary>The type a mention is scored as, or null when it is not scored.</summary>
    /// <param name="mention">The mention.</param>
    /// <param name="modelFoundNames">True when a trained model decided the document's names: then only the demonyms it
    /// tagged count, not every nationality word the rules keep for the stages after.</param>
    public string? TypeOf(Mention mention, bool modelFoundNames = false)
    {
        var type = mention.Kind switch
        {
            MentionKind.Name or MentionKind.PartialName => mention.Type.ToString(),
            MentionKind.Demonym when Demonyms == DemonymPolicy.Misc && (!modelFoundNames || mention.Provenance.Rule == NamedEntityTagger.Rule) => nameof(EntityType.MISC),
            _ => null,
        };
        return type is not null && Types.Contains(type) ? type : null;
    }
}

/// <summary>Names of the demonym choices as the command line and the baseline spell them.</summary>
internal static class DemonymPolicies
{
    /// <summary>The names, in the order of <see cref="DemonymPolicy"/>.</summary>
    public static readonly string[] Names = ["misc", "ignore"];

    /// <summary>The name of a choice.</summary>
    public static string NameOf(DemonymPolicy policy) => Names[(int)policy];

    /// <summary>Reads a name; false when it names no choice.</summary>
    public static bool TryParse(string? name, out DemonymPolicy policy)
    {
        var index = Array.IndexOf(Names, name?.Trim().ToLowerInvariant());
        policy = index < 0 ? default : (DemonymPolicy)index;
        return index >= 0;
    }
}
