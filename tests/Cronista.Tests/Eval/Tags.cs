using System.Collections.Immutable;
using Cronista.Eval.Ner;

namespace Cronista.Tests.Eval;

/// <summary>Writes tag sequences in tests as they are written in gold files.</summary>
internal static class Tags
{
    public static ImmutableArray<NerTag> Parse(string tags) =>
        [.. tags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Tag)];

    public static NerTag Tag(string written)
    {
        if (written == "O")
            return NerTag.Outside;
        return new NerTag(written[0], written[2..]);
    }

    public static TaggedSentence Sentence(string gold, string predicted) => new(Parse(gold), Parse(predicted));

    public static readonly ImmutableArray<string> Conll = ["PER", "ORG", "LOC", "MISC"];
}
