using System.Collections.Immutable;
using Cronista.Amounts;
using Cronista.Attributions;
using Cronista.Claims;
using Cronista.Entities;
using Cronista.Events;
using Cronista.Language;
using Cronista.Quotes;
using Cronista.Text;
using Cronista.Time;

namespace Cronista.Core;

/// <summary>The annotation layers stages read and write.</summary>
public static class Layers
{
    /// <summary>The language the document is written in.</summary>
    public static readonly Layer<LanguageIdentification> Language = new("language");

    /// <summary>Tokens, in text order.</summary>
    public static readonly Layer<ImmutableArray<Token>> Tokens = new("tokens");

    /// <summary>Sentences, in text order, each pointing at its tokens.</summary>
    public static readonly Layer<ImmutableArray<Sentence>> Sentences = new("sentences");

    /// <summary>Part of speech and lemma of every token, parallel to <see cref="Tokens"/>.</summary>
    public static readonly Layer<ImmutableArray<WordTag>> Words = new("words");

    /// <summary>The hashed pieces of every token (form, shape, affixes, clusters) the part-of-speech tagger computed:
    /// a working layer the entity tagger reuses rather than hashing every token again; never written out.</summary>
    internal static readonly Layer<ImmutableArray<Learning.Features.TokenAtoms>> WordAtoms = new("word-atoms");

    /// <summary>Entity mentions as found, before grouping, in text order.</summary>
    public static readonly Layer<ImmutableArray<Mention>> Mentions = new("mentions");

    /// <summary>Entities: mentions grouped into one identity each within the document.</summary>
    public static readonly Layer<ImmutableArray<Entity>> Entities = new("entities");

    /// <summary>Time expressions with TIMEX3 values.</summary>
    public static readonly Layer<ImmutableArray<TimeExpression>> Times = new("times");

    /// <summary>Numbers with their values and units.</summary>
    public static readonly Layer<ImmutableArray<Amount>> Amounts = new("amounts");

    /// <summary>Claims with their chains of sources.</summary>
    public static readonly Layer<ImmutableArray<Claim>> Claims = new("claims");

    /// <summary>Quotes with their speakers and chains of sources.</summary>
    public static readonly Layer<ImmutableArray<Quote>> Quotes = new("quotes");

    /// <summary>Attributions as span triples: source, cue and content.</summary>
    public static readonly Layer<ImmutableArray<Attribution>> Attributions = new("attributions");

    /// <summary>Events coded in PLOVER and CAMEO.</summary>
    public static readonly Layer<ImmutableArray<CodedEvent>> Events = new("events");
}
